/** The CSV helpers' character scans must write exactly what their regular expressions wrote. */
import fc from 'fast-check';
import { csvField, csvLine, isJsSpace, neutralise } from '../../../src/domain/exports/csv';
import { zmprovQuote } from '../../../src/domain/exports/zimbra';

function referenceField(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return /[",]|^\s|\s$/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}
function referenceZmprovQuote(value: string): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  return `'${escaped}'`;
}
const referenceNeutralise = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(
      'a',
      'Ễ',
      ' ',
      '"',
      ',',
      '\r',
      '\n',
      '\t',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '=',
      '+',
      '-',
      '@',
      "'",
      '\\',
    ),
  }),
);

describe('CSV fast paths', () => {
  it('isJsSpace is /\\s/ for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) throw new Error(`differs at U+${c.toString(16)}`);
    }
  });
  it('csvField and neutralise agree with the regular expressions', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `${ch}x`, `x${ch}`, `x${ch}y`]) {
        if (csvField(s) !== referenceField(s) || neutralise(s) !== referenceNeutralise(s))
          throw new Error(`differs at U+${c.toString(16)}`);
      }
    }
    fc.assert(
      fc.property(text, (s) => csvField(s) === referenceField(s) && neutralise(s) === referenceNeutralise(s)),
      { numRuns: 20000 },
    );
    expect([csvField(''), neutralise('')]).toEqual(['', '']);
  });
  it('csvLine joins the fields with commas', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 8 }),
        (values) => csvLine(values) === values.map(referenceField).join(','),
      ),
      { numRuns: 5000 },
    );
  });
  it('zmprovQuote agrees with one replacement per escaped character', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}${String.fromCharCode(c)}b`;
      if (zmprovQuote(s) !== referenceZmprovQuote(s)) throw new Error(`differs at U+${c.toString(16)}`);
    }
    fc.assert(
      fc.property(text, (s) => zmprovQuote(s) === referenceZmprovQuote(s)),
      { numRuns: 20000 },
    );
  });
});
