/**
 * Text in SpreadsheetML. XML 1.0 cannot carry most control characters or a lone
 * surrogate, which pasted cells do hold; Excel writes those as _xHHHH_ (and a literal
 * "_xHHHH_" as _x005F_xHHHH_), so a cell survives the trip through a file unchanged.
 */
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
const SPECIAL =
  /[&<>"]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/g;

const hex4 = (code: number): string => `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;

function replacement(match: string, attribute: boolean): string {
  switch (match) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return attribute ? '&quot;' : '"';
  }
  if (match.length === 2) return match; // a well-formed surrogate pair
  if (match.length === 7) return `_x005F${match}`;
  return hex4(match.charCodeAt(0));
}

export function escapeXml(text: string, attribute = false): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(SPECIAL, (m) => replacement(m, attribute));
}

/** The reverse of the _xHHHH_ step (entities are already decoded by the XML parser). */
export function unescapeCellText(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(
    /_x005F(_x[0-9A-Fa-f]{4}_)|_x([0-9A-Fa-f]{4})_/g,
    (_m, literal: string | undefined, code: string | undefined) => literal ?? String.fromCharCode(parseInt(code!, 16)),
  );
}
