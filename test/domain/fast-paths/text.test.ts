/** The character loops that let clean cells skip work must agree with the regular expressions they stand for. */
import fc from 'fast-check';
import { needsCleaning } from '../../../src/domain/text';

const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u00A0\u00AD\u0300-\u036F\u1680\u2000-\u206F\u3000\uFEFF]|^ | $|  /;

describe('needsCleaning', () => {
  it('agrees with the regular expression for every UTF-16 code unit in every position', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}`, `${ch}b`, `a${ch}b`, ` ${ch}`, `${ch} `, `a ${ch}b`, `${ch}${ch}`]) {
        if (needsCleaning(s) !== NEEDS_CLEANING.test(s)) throw new Error(`differs on U+${c.toString(16)} in ${JSON.stringify(s)}`);
      }
    }
  });
  it('agrees on random text', () => {
    const spacey = fc.string({ unit: fc.constantFrom(' ', 'a', 'ễ', '\u00a0', '\u0301', '\t', '\u2009', 'Z') });
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), spacey), (s) => needsCleaning(s) === NEEDS_CLEANING.test(s)), { numRuns: 20000 });
    expect(needsCleaning('')).toBe(false);
  });
});
