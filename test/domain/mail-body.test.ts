/** A digest's lines kept within MailApp's body limit (src/domain/mail-body.ts). */
import fc from 'fast-check';
import { fitLines, utf8Bytes } from '../../src/domain/mail-body';
import { UI } from '../../src/i18n/ui';

describe('fitLines', () => {
  it('keeps a prefix of the lines within the budget and counts the rest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 400 }),
        fc.integer({ min: 200, max: 20_000 }),
        (lines, budget) => {
          const out = fitLines(lines, budget, UI.mail.more);
          const bytes = out.reduce((n, l) => n + utf8Bytes(l) + 1, 0);
          if (out.length === lines.length && out.every((l, i) => l === lines[i])) return;
          expect(bytes).toBeLessThanOrEqual(budget);
          const kept = out.length - 1;
          expect(out.slice(0, kept)).toEqual(lines.slice(0, kept));
          expect(out[kept]).toBe(UI.mail.more(lines.length - kept));
        },
      ),
    );
  });

  it('counts UTF-8 bytes as Google measures the body: Vietnamese letters take two or three', () => {
    expect(utf8Bytes('Dòng 12: Thiếu số CCCD')).toBe(Buffer.byteLength('Dòng 12: Thiếu số CCCD'));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => expect(utf8Bytes(s)).toBe(Buffer.byteLength(s))));
  });
});
