/**
 * A cryptographic byte source for passwords: ChaCha20 keyed from Utilities.getUuid()
 * (122 random bits each, from the platform's secure generator). Three UUIDs seed a
 * whole export, so service calls do not grow with rows.
 */

function quarter(s: Uint32Array, a: number, b: number, c: number, d: number): void {
  s[a] = (s[a] + s[b]) >>> 0; s[d] ^= s[a]; s[d] = (s[d] << 16) | (s[d] >>> 16);
  s[c] = (s[c] + s[d]) >>> 0; s[b] ^= s[c]; s[b] = (s[b] << 12) | (s[b] >>> 20);
  s[a] = (s[a] + s[b]) >>> 0; s[d] ^= s[a]; s[d] = (s[d] << 8) | (s[d] >>> 24);
  s[c] = (s[c] + s[d]) >>> 0; s[b] ^= s[c]; s[b] = (s[b] << 7) | (s[b] >>> 25);
}

/** One 64-byte ChaCha20 block into `out`, through `init` and `s`, reused so a whole export allocates nothing per block. */
function chachaBlock(key: Uint32Array, counter: number, init: Uint32Array, s: Uint32Array, out: Uint8Array): void {
  init[0] = 0x61707865; init[1] = 0x3320646e; init[2] = 0x79622d32; init[3] = 0x6b206574;
  for (let i = 0; i < 8; i++) init[4 + i] = key[i];
  init[12] = counter >>> 0; init[13] = 0; init[14] = 0; init[15] = 0;
  s.set(init);
  for (let i = 0; i < 10; i++) {
    quarter(s, 0, 4, 8, 12); quarter(s, 1, 5, 9, 13); quarter(s, 2, 6, 10, 14); quarter(s, 3, 7, 11, 15);
    quarter(s, 0, 5, 10, 15); quarter(s, 1, 6, 11, 12); quarter(s, 2, 7, 8, 13); quarter(s, 3, 4, 9, 14);
  }
  for (let i = 0; i < 16; i++) {
    const v = (s[i] + init[i]) >>> 0;
    out[4 * i] = v & 255; out[4 * i + 1] = (v >>> 8) & 255; out[4 * i + 2] = (v >>> 16) & 255; out[4 * i + 3] = v >>> 24;
  }
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
  const init = new Uint32Array(16);
  const state = new Uint32Array(16);
  const block = new Uint8Array(64);
  let at = block.length;
  return (n: number) => {
    const out = new Uint8Array(n);
    let i = 0;
    while (i < n) {
      if (at >= block.length) {
        chachaBlock(key, counter++, init, state, block);
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
