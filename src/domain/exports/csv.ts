/** CSV cells that neither break the format nor run as formulas when opened in a spreadsheet. */

const FORMULA_START = /^[=+\-@\t\r]/;

/** A value typed by a user: a leading = + - @ gets a quote so no spreadsheet evaluates it. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return /[",]|^\s|\s$/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

export function csvLine(values: string[]): string {
  return values.map(csvField).join(',');
}

export const BOM = '\uFEFF';
export const EOL = '\r\n';
