/**
 * A cryptographic byte source for passwords: ChaCha20 keyed from Utilities.getUuid()
 * (122 random bits each, from the platform's secure generator). Three UUIDs seed a
 * whole export, so service calls do not grow with rows.
 */

/**
 * One 64-byte ChaCha20 block (RFC 7539: 20 rounds, nonce 0) into `out`. The sixteen state
 * words live in local variables: typed-array state and a block array per call made this
 * the larger half of a password's cost.
 */
function chachaBlock(key: Uint32Array, counter: number, out: Uint8Array): void {
  const j0 = 0x61707865;
  const j1 = 0x3320646e;
  const j2 = 0x79622d32;
  const j3 = 0x6b206574;
  const j4 = key[0] | 0;
  const j5 = key[1] | 0;
  const j6 = key[2] | 0;
  const j7 = key[3] | 0;
  const j8 = key[4] | 0;
  const j9 = key[5] | 0;
  const j10 = key[6] | 0;
  const j11 = key[7] | 0;
  const j12 = counter | 0;
  const j13 = 0;
  const j14 = 0;
  const j15 = 0;
  let x0 = j0,
    x1 = j1,
    x2 = j2,
    x3 = j3,
    x4 = j4,
    x5 = j5,
    x6 = j6,
    x7 = j7,
    x8 = j8,
    x9 = j9,
    x10 = j10,
    x11 = j11,
    x12 = j12,
    x13 = j13,
    x14 = j14,
    x15 = j15;
  for (let i = 0; i < 10; i++) {
    x0 = (x0 + x4) | 0;
    x12 ^= x0;
    x12 = (x12 << 16) | (x12 >>> 16);
    x8 = (x8 + x12) | 0;
    x4 ^= x8;
    x4 = (x4 << 12) | (x4 >>> 20);
    x0 = (x0 + x4) | 0;
    x12 ^= x0;
    x12 = (x12 << 8) | (x12 >>> 24);
    x8 = (x8 + x12) | 0;
    x4 ^= x8;
    x4 = (x4 << 7) | (x4 >>> 25);
    x1 = (x1 + x5) | 0;
    x13 ^= x1;
    x13 = (x13 << 16) | (x13 >>> 16);
    x9 = (x9 + x13) | 0;
    x5 ^= x9;
    x5 = (x5 << 12) | (x5 >>> 20);
    x1 = (x1 + x5) | 0;
    x13 ^= x1;
    x13 = (x13 << 8) | (x13 >>> 24);
    x9 = (x9 + x13) | 0;
    x5 ^= x9;
    x5 = (x5 << 7) | (x5 >>> 25);
    x2 = (x2 + x6) | 0;
    x14 ^= x2;
    x14 = (x14 << 16) | (x14 >>> 16);
    x10 = (x10 + x14) | 0;
    x6 ^= x10;
    x6 = (x6 << 12) | (x6 >>> 20);
    x2 = (x2 + x6) | 0;
    x14 ^= x2;
    x14 = (x14 << 8) | (x14 >>> 24);
    x10 = (x10 + x14) | 0;
    x6 ^= x10;
    x6 = (x6 << 7) | (x6 >>> 25);
    x3 = (x3 + x7) | 0;
    x15 ^= x3;
    x15 = (x15 << 16) | (x15 >>> 16);
    x11 = (x11 + x15) | 0;
    x7 ^= x11;
    x7 = (x7 << 12) | (x7 >>> 20);
    x3 = (x3 + x7) | 0;
    x15 ^= x3;
    x15 = (x15 << 8) | (x15 >>> 24);
    x11 = (x11 + x15) | 0;
    x7 ^= x11;
    x7 = (x7 << 7) | (x7 >>> 25);
    x0 = (x0 + x5) | 0;
    x15 ^= x0;
    x15 = (x15 << 16) | (x15 >>> 16);
    x10 = (x10 + x15) | 0;
    x5 ^= x10;
    x5 = (x5 << 12) | (x5 >>> 20);
    x0 = (x0 + x5) | 0;
    x15 ^= x0;
    x15 = (x15 << 8) | (x15 >>> 24);
    x10 = (x10 + x15) | 0;
    x5 ^= x10;
    x5 = (x5 << 7) | (x5 >>> 25);
    x1 = (x1 + x6) | 0;
    x12 ^= x1;
    x12 = (x12 << 16) | (x12 >>> 16);
    x11 = (x11 + x12) | 0;
    x6 ^= x11;
    x6 = (x6 << 12) | (x6 >>> 20);
    x1 = (x1 + x6) | 0;
    x12 ^= x1;
    x12 = (x12 << 8) | (x12 >>> 24);
    x11 = (x11 + x12) | 0;
    x6 ^= x11;
    x6 = (x6 << 7) | (x6 >>> 25);
    x2 = (x2 + x7) | 0;
    x13 ^= x2;
    x13 = (x13 << 16) | (x13 >>> 16);
    x8 = (x8 + x13) | 0;
    x7 ^= x8;
    x7 = (x7 << 12) | (x7 >>> 20);
    x2 = (x2 + x7) | 0;
    x13 ^= x2;
    x13 = (x13 << 8) | (x13 >>> 24);
    x8 = (x8 + x13) | 0;
    x7 ^= x8;
    x7 = (x7 << 7) | (x7 >>> 25);
    x3 = (x3 + x4) | 0;
    x14 ^= x3;
    x14 = (x14 << 16) | (x14 >>> 16);
    x9 = (x9 + x14) | 0;
    x4 ^= x9;
    x4 = (x4 << 12) | (x4 >>> 20);
    x3 = (x3 + x4) | 0;
    x14 ^= x3;
    x14 = (x14 << 8) | (x14 >>> 24);
    x9 = (x9 + x14) | 0;
    x4 ^= x9;
    x4 = (x4 << 7) | (x4 >>> 25);
  }
  put(out, 0, x0 + j0);
  put(out, 4, x1 + j1);
  put(out, 8, x2 + j2);
  put(out, 12, x3 + j3);
  put(out, 16, x4 + j4);
  put(out, 20, x5 + j5);
  put(out, 24, x6 + j6);
  put(out, 28, x7 + j7);
  put(out, 32, x8 + j8);
  put(out, 36, x9 + j9);
  put(out, 40, x10 + j10);
  put(out, 44, x11 + j11);
  put(out, 48, x12 + j12);
  put(out, 52, x13 + j13);
  put(out, 56, x14 + j14);
  put(out, 60, x15 + j15);
}

/** A 32-bit word, little-endian. */
function put(out: Uint8Array, at: number, word: number): void {
  out[at] = word & 255;
  out[at + 1] = (word >>> 8) & 255;
  out[at + 2] = (word >>> 16) & 255;
  out[at + 3] = (word >>> 24) & 255;
}

/** The fully random hex digits of a v4 UUID (version and variant digits dropped). */
function uuidEntropy(uuid: string): string {
  const hex = uuid.replace(/-/g, '').toLowerCase();
  return hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17);
}

/** Returns randomBytes(n) over a ChaCha20 stream keyed by `uuids` (at least 3). */
export function randomSourceFromUuids(uuids: string[]): (n: number) => Uint8Array {
  const hex = uuids.map(uuidEntropy).join('').slice(0, 64);
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('random seed too short');
  const key = new Uint32Array(8);
  for (let i = 0; i < 8; i++) key[i] = parseInt(hex.slice(8 * i, 8 * i + 8), 16) >>> 0;
  let counter = 0;
  const block = new Uint8Array(64);
  let at = block.length;
  return (n: number) => {
    const out = new Uint8Array(n);
    let i = 0;
    while (i < n) {
      if (at >= block.length) {
        chachaBlock(key, counter++, block);
        at = 0;
      }
      const take = Math.min(n - i, block.length - at);
      out.set(block.subarray(at, at + take), i);
      i += take;
      at += take;
    }
    return out;
  };
}

export function appsScriptRandomSource(): (n: number) => Uint8Array {
  return randomSourceFromUuids([Utilities.getUuid(), Utilities.getUuid(), Utilities.getUuid()]);
}
