/**
 * The password byte source is the ChaCha20 keystream: checked against RFC 7539's test vector
 * and, for any seed and request sizes, against Node's own (OpenSSL) ChaCha20.
 */
import { createCipheriv } from 'node:crypto';
import fc from 'fast-check';
import { randomSourceFromUuids } from '../../../src/addon/random';

/** The same key as the add-on derives: 64 seed hex digits, eight words laid out little-endian. */
function keyOf(uuids: string[]): Buffer {
  const hex = uuids
    .map((u) => {
      const h = u.replace(/-/g, '').toLowerCase();
      return h.slice(0, 12) + h.slice(13, 16) + h.slice(17);
    })
    .join('')
    .slice(0, 64);
  const key = Buffer.alloc(32);
  for (let i = 0; i < 8; i++) key.writeUInt32LE(parseInt(hex.slice(8 * i, 8 * i + 8), 16) >>> 0, 4 * i);
  return key;
}

/** OpenSSL's ChaCha20 (IV = 32-bit block counter 0, then the 96-bit nonce 0): the keystream XOR zeros. */
function openSslStream(uuids: string[], total: number): Buffer {
  const cipher = createCipheriv('chacha20', keyOf(uuids), Buffer.alloc(16));
  return Buffer.concat([cipher.update(Buffer.alloc(total)), cipher.final()]);
}

describe('randomSourceFromUuids', () => {
  it('is the ChaCha20 keystream (RFC 7539 A.1, all-zero key and nonce, block 0)', () => {
    const zero = '00000000-0000-4000-8000-000000000000';
    const expected =
      '76b8e0ada0f13d90405d6ae55386bd28bdd219b8a08ded1aa836efcc8b770dc7da41597c5157488d7724e03fb8d84a376a43b8f41518a11cc387b669b2ee6586';
    expect(Buffer.from(randomSourceFromUuids([zero, zero, zero])(64)).toString('hex')).toBe(expected);
  });

  it("gives OpenSSL's ChaCha20 keystream for any seed, in any request sizes (across 4 KB refills)", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.uuid(), fc.uuid(), fc.uuid()),
        fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 12 }),
        (seed, sizes) => {
          const source = randomSourceFromUuids(seed);
          const mine = Buffer.concat(sizes.map((n) => Buffer.from(source(n))));
          expect(mine.equals(openSslStream(seed, mine.length))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a seed with fewer than 64 random hex digits', () => {
    expect(() => randomSourceFromUuids(['00000000-0000-4000-8000-000000000000'])).toThrow();
  });
});
