/** parseEmail tests zod's own e-mail pattern directly; it must judge exactly as z.email().safeParse. */
import fc from 'fast-check';
import { z } from 'zod';
import { parseEmail } from '../../../src/domain/email';
import { cleanText } from '../../../src/domain/text';

const schema = z.email();

function reference(raw: unknown) {
  const text = cleanText(raw);
  if (!text) return { kind: 'empty' };
  const address = text
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
  if (!schema.safeParse(address).success) return { kind: 'invalid', raw: text };
  return { kind: 'ok', address, domain: address.slice(address.lastIndexOf('@') + 1) };
}

const piece = fc.constantFrom(
  'a',
  'Z',
  '0',
  '.',
  '..',
  '_',
  "'",
  '+',
  '-',
  '@',
  '@@',
  'gmail',
  'com',
  'vn',
  'edu',
  'ễ',
  ' ',
  '<',
  '>',
  'mailto:',
  'MAILTO:',
  '"',
  '\u00a0',
  '\n',
  'x'.repeat(70),
  'İ',
);
const shaped = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));

describe('parseEmail', () => {
  it('judges as z.email().safeParse on shaped and random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(shaped, fc.string(), fc.string({ unit: 'binary' }), fc.emailAddress(), fc.integer()),
        (raw) => {
          expect(parseEmail(raw)).toEqual(reference(raw));
        },
      ),
      { numRuns: 30000 },
    );
  });
});
