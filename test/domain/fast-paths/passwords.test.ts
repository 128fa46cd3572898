/** makePassword with lookup tables must turn the same random bytes into the same passwords as the plain version. */
import fc from 'fast-check';
import { makePassword } from '../../../src/domain/passwords';
import { randomSourceFromUuids } from '../../../src/addon/random';

function reference(randomBytes: (n: number) => ArrayLike<number>): string {
  const LOWER = 'abcdefghijkmnpqrstuvwxyz';
  const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const DIGITS = '23456789';
  const SYMBOLS = '!#%*?_';
  const ALPHABET = LOWER + UPPER + DIGITS + SYMBOLS;
  const limit = 256 - (256 % ALPHABET.length);
  for (;;) {
    let password = '';
    while (password.length < 16) {
      const bytes = randomBytes(32);
      for (let i = 0; i < bytes.length && password.length < 16; i++) {
        if (bytes[i] < limit) password += ALPHABET[bytes[i] % ALPHABET.length];
      }
    }
    const classes = [LOWER, UPPER, DIGITS, SYMBOLS].every((set) => [...password].some((ch) => set.includes(ch)));
    if (classes && /^[A-Za-z0-9]/.test(password)) return password;
  }
}

/** Replays a fixed byte list (cycling), recording how much was asked for; gives up after 2,000 requests. */
function replay(bytes: number[]): { source: (n: number) => Uint8Array; asked: number[] } {
  let at = 0;
  const asked: number[] = [];
  return {
    asked,
    source: (n) => {
      if (asked.length >= 2000) throw new Error('exhausted');
      asked.push(n);
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = bytes[at++ % bytes.length];
      return out;
    },
  };
}

const uuid = fc.uuid({ version: 4 });

describe('makePassword', () => {
  it("gives the plain version's passwords from the same ChaCha stream", () => {
    fc.assert(
      fc.property(fc.tuple(uuid, uuid, uuid), (seed) => {
        const a = randomSourceFromUuids(seed);
        const b = randomSourceFromUuids(seed);
        for (let i = 0; i < 50; i++) expect(makePassword(a)).toBe(reference(b));
      }),
      { numRuns: 200 },
    );
  });
  it('reads the source the same way on any bytes, rejected and short runs included', () => {
    const attempt = (make: () => string): string => {
      try {
        return make();
      } catch (error) {
        return (error as Error).message;
      }
    };
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 248, max: 255 })), {
          minLength: 1,
          maxLength: 200,
        }),
        (bytes) => {
          const mine = replay(bytes);
          const theirs = replay(bytes);
          for (let i = 0; i < 5; i++)
            expect(attempt(() => makePassword(mine.source))).toBe(attempt(() => reference(theirs.source)));
          expect(mine.asked).toEqual(theirs.asked);
        },
      ),
      { numRuns: 300 },
    );
  });
});
