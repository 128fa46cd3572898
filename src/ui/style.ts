/** The sidebars' look, close to Google's add-on style (no external stylesheet: the page must work offline). */
export const SIDEBAR_CSS = `
body{font-family:Arial,'Roboto',sans-serif;font-size:13px;color:#202124;margin:0;padding:12px}
h1{font-size:15px;margin:0 0 6px}
p.intro{color:#5f6368;margin:0 0 10px}
label{display:block;font-weight:bold;margin:10px 0 3px}
input,select,textarea{box-sizing:border-box;width:100%;padding:6px;border:1px solid #dadce0;border-radius:4px;font:inherit}
textarea{min-height:70px}
.hint{color:#5f6368;font-size:12px;margin-top:2px}
.field-error{color:#b3261e;font-size:12px;margin-top:3px}
.invalid{border-color:#b3261e;background:#fce8e6}
.row{display:flex;gap:8px}.row>div{flex:1}
.actions{display:flex;gap:8px;margin-top:14px}
button{padding:8px 14px;border-radius:4px;border:1px solid #dadce0;background:#fff;font:inherit;cursor:pointer}
button.primary{background:#1a73e8;color:#fff;border-color:#1a73e8}
button:disabled{opacity:.6;cursor:default}
#messages{margin-top:12px}
.box{border-radius:4px;padding:8px 10px;margin-top:6px}
.box.error{background:#fce8e6;color:#8c1d18}
.box.warn{background:#fef7e0;color:#7a4f01}
.box.ok{background:#e6f4ea;color:#0d652d}
.box ul{margin:4px 0 0 18px;padding:0}
.check{display:flex;gap:6px;align-items:center;font-weight:normal}.check input{width:auto}
fieldset.services{border:1px solid #dadce0;border-radius:4px;margin:12px 0 0;padding:4px 10px 8px}
fieldset.services legend{font-weight:bold;padding:0 4px}
`;
