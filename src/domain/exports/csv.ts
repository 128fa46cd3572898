/** CSV cells that neither break the format nor run as formulas when opened in a spreadsheet. */

/** A value typed by a user: a leading = + - @ gets a quote so no spreadsheet evaluates it. */
export function neutralise(text: string): string {
  const c = text.charCodeAt(0);
  // /^[=+\-@\t\r]/ without a regular expression per cell.
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? `'${text}` : text;
}

/** What /\s/ matches, code unit by code unit (test/domain/fast-paths/csv.test.ts checks every one). */
export function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function quotedField(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return /[",]|^\s|\s$/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/**
 * Most cells hold no quote, comma or line break and do not start or end with a space:
 * they are written as they are after one scan, and only the others take the regular
 * expressions.
 */
export function csvField(value: string): string {
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 34 || c === 44 || c === 10 || c === 13) return quotedField(value);
  }
  if (n > 0 && (isJsSpace(value.charCodeAt(0)) || isJsSpace(value.charCodeAt(n - 1)))) return quotedField(value);
  return value;
}

export function csvLine(values: readonly string[]): string {
  let line = values.length > 0 ? csvField(values[0]) : '';
  for (let i = 1; i < values.length; i++) line += `,${csvField(values[i])}`;
  return line;
}

export const BOM = '\uFEFF';
export const EOL = '\r\n';
