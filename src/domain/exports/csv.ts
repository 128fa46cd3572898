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
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function quotedField(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return /[",]|^\s|\s$/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

const SPECIAL = /[",\r\n]/;

/**
 * Most cells hold no quote, comma or line break and do not start or end with a space:
 * they are written as they are after one plain character-class scan (the anchored
 * alternatives of the full expression cost a try at every position), and only the
 * others take the full expressions.
 */
export function csvField(value: string): string {
  const n = value.length;
  if (n === 0) return value;
  if (SPECIAL.test(value) || isJsSpace(value.charCodeAt(0)) || isJsSpace(value.charCodeAt(n - 1)))
    return quotedField(value);
  return value;
}

/** Joined, not concatenated: a flat line costs the file's final join a copy, a rope of 27 pieces a walk. */
export function csvLine(values: readonly string[]): string {
  for (let i = 0; i < values.length; i++) {
    const field = csvField(values[i]);
    if (field !== values[i]) {
      const fields = values.slice(0, i);
      fields.push(field);
      for (let j = i + 1; j < values.length; j++) fields.push(csvField(values[j]));
      return fields.join(',');
    }
  }
  return values.join(',');
}

export const BOM = '\uFEFF';
export const EOL = '\r\n';
