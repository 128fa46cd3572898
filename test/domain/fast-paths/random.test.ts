/** The allocation-free ChaCha20 stream must give the same bytes as before, in any request sizes. */
import fc from 'fast-check';
import { randomSourceFromUuids } from '../../../src/addon/random';

/** randomSourceFromUuids as it was: a fresh block array per 64 bytes, one byte at a time. */
function reference(uuids: string[]): (n: number) => Uint8Array {
  const quarter = (s: Uint32Array, a: number, b: number, c: number, d: number): void => {
    s[a] = (s[a] + s[b]) >>> 0;
    s[d] ^= s[a];
    s[d] = (s[d] << 16) | (s[d] >>> 16);
    s[c] = (s[c] + s[d]) >>> 0;
    s[b] ^= s[c];
    s[b] = (s[b] << 12) | (s[b] >>> 20);
    s[a] = (s[a] + s[b]) >>> 0;
    s[d] ^= s[a];
    s[d] = (s[d] << 8) | (s[d] >>> 24);
    s[c] = (s[c] + s[d]) >>> 0;
    s[b] ^= s[c];
    s[b] = (s[b] << 7) | (s[b] >>> 25);
  };
  const block = (key: Uint32Array, counter: number): Uint8Array => {
    const init = new Uint32Array([0x61707865, 0x3320646e, 0x79622d32, 0x6b206574, ...key, counter >>> 0, 0, 0, 0]);
    const s = new Uint32Array(init);
    for (let i = 0; i < 10; i++) {
      quarter(s, 0, 4, 8, 12);
      quarter(s, 1, 5, 9, 13);
      quarter(s, 2, 6, 10, 14);
      quarter(s, 3, 7, 11, 15);
      quarter(s, 0, 5, 10, 15);
      quarter(s, 1, 6, 11, 12);
      quarter(s, 2, 7, 8, 13);
      quarter(s, 3, 4, 9, 14);
    }
    const out = new Uint8Array(64);
    for (let i = 0; i < 16; i++) {
      const v = (s[i] + init[i]) >>> 0;
      out[4 * i] = v & 255;
      out[4 * i + 1] = (v >>> 8) & 255;
      out[4 * i + 2] = (v >>> 16) & 255;
      out[4 * i + 3] = v >>> 24;
    }
    return out;
  };
  const hex = uuids
    .map((u) => {
      const h = u.replace(/-/g, '').toLowerCase();
      return h.slice(0, 12) + h.slice(13, 16) + h.slice(17);
    })
    .join('')
    .slice(0, 64);
  const key = new Uint32Array(8);
  for (let i = 0; i < 8; i++) key[i] = parseInt(hex.slice(8 * i, 8 * i + 8), 16) >>> 0;
  let counter = 0;
  let buffer: Uint8Array = new Uint8Array(0);
  let at = 0;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (at >= buffer.length) {
        buffer = block(key, counter++);
        at = 0;
      }
      out[i] = buffer[at++];
    }
    return out;
  };
}

describe('randomSourceFromUuids', () => {
  it('is the ChaCha20 keystream (RFC 7539 A.1, all-zero key and nonce, block 0)', () => {
    const zero = '00000000-0000-4000-8000-000000000000';
    const expected =
      '76b8e0ada0f13d90405d6ae55386bd28bdd219b8a08ded1aa836efcc8b770dc7da41597c5157488d7724e03fb8d84a376a43b8f41518a11cc387b669b2ee6586';
    expect(Buffer.from(randomSourceFromUuids([zero, zero, zero])(64)).toString('hex')).toBe(expected);
  });
  it('gives the same bytes as the one-byte-at-a-time version for any request sizes', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.uuid(), fc.uuid(), fc.uuid()),
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 20 }),
        (seed, sizes) => {
          const mine = randomSourceFromUuids(seed);
          const theirs = reference(seed);
          for (const n of sizes) expect(Buffer.from(mine(n)).equals(Buffer.from(theirs(n)))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
