/**
 * Printable slips: one per person, so a focal person cuts or hands out each teacher's own
 * credentials and nobody sees a colleague's. One A4 page a slip: a page break after each, and
 * `break-inside: avoid` so a long name or unit never splits a slip over two pages. Pure: the
 * page is the same in Google (turned into a PDF) and offline (handover/*.html).
 */
import { SLIP_TEXT } from '../i18n/slips';

export interface Slip {
  name: string;
  unit: string;
  commune: string;
  address: string;
  password: string;
  signIn: string;
}

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const CSS = `
@page { size: A4; margin: 18mm; }
* { box-sizing: border-box; }
body { font-family: Arial, "Liberation Sans", sans-serif; margin: 0; color: #111; }
.slip { break-inside: avoid; page-break-inside: avoid; break-after: page; page-break-after: always;
  border: 1px dashed #555; padding: 10mm; margin: 0 0 6mm; max-height: 240mm; overflow: hidden; }
.slip:last-child { break-after: auto; page-break-after: auto; }
.slip h1 { font-size: 16pt; margin: 0 0 4mm; }
.slip dl { display: grid; grid-template-columns: 42mm 1fr; gap: 2mm 4mm; font-size: 12pt; margin: 0; }
.slip dt { font-weight: bold; }
.slip dd { margin: 0; overflow-wrap: anywhere; }
.slip .secret { font-family: "DejaVu Sans Mono", "Courier New", monospace; font-size: 15pt; letter-spacing: 1px; }
.slip .rule { margin: 5mm 0 0; font-size: 11pt; border-top: 1px solid #999; padding-top: 3mm; }
`;

function slipHtml(s: Slip): string {
  const T = SLIP_TEXT;
  const row = (label: string, value: string, cls = ''): string =>
    `<dt>${escape(label)}</dt><dd${cls ? ` class="${cls}"` : ''}>${escape(value)}</dd>`;
  return (
    `<section class="slip"><h1>${escape(T.title)}</h1><dl>` +
    row(T.name, s.name) +
    row(T.unit, `${s.unit} — ${s.commune}`) +
    row(T.address, s.address) +
    row(T.password, s.password, 'secret') +
    row(T.signIn, s.signIn) +
    `</dl><p class="rule">${escape(T.changeAtFirstSignIn)}</p></section>`
  );
}

/** The whole page: a slip per person, in the list's order. */
export function slipsPage(title: string, slips: readonly Slip[]): string {
  return (
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${escape(title)}</title>` +
    `<style>${CSS}</style></head><body>${slips.map(slipHtml).join('')}</body></html>`
  );
}
