/**
 * Sealed identity keys for the register. 'Sổ địa chỉ' is hidden, not private: any editor can
 * show it. It keeps a CCCD, a Mã định danh and a date of birth only as a keyed fingerprint
 * (HMAC-SHA-256 under a per-workbook key units cannot read, cut to 64 bits), which matching
 * compares for equality and nobody can turn back: a plain hash of a 12-digit CCCD falls to a
 * search of about 10^10 guesses, a keyed one does not without the key.
 *
 * SHA-256 (FIPS 180-4) and HMAC (RFC 2104) in plain JavaScript: Apps Script's Utilities
 * would be a service call per value, and calls must not grow with rows.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** One SHA-256 compression of the 16 big-endian words in `w[0..15]` into `h` (w is scratch). */
function compress(h: Int32Array, w: Int32Array): void {
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15];
    const y = w[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7]; // prettier-ignore
  for (let i = 0; i < 64; i++) {
    const t1 =
      (k +
        (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) +
        ((e & f) ^ (~e & g)) +
        K[i] +
        w[i]) |
      0;
    const t2 =
      ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) +
        ((a & b) ^ (a & c) ^ (b & c))) |
      0;
    k = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += k;
}

/** Runs the padded `data` through `h`, counting `prefix` bytes already compressed into it (HMAC's key block). */
function digestInto(h: Int32Array, data: Uint8Array, prefix: number): Uint8Array {
  const length = data.length;
  const blocks = Math.ceil((length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(data);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = (length + prefix) * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(padded.length - 4, bits >>> 0);
  const w = new Int32Array(64);
  for (let b = 0; b < blocks; b++) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(b * 64 + i * 4);
    compress(h, w);
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setInt32(i * 4, h[i]);
  return out;
}

/** SHA-256 of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  return digestInto(Int32Array.from(H0), data, 0);
}

/** The state after HMAC's 64-byte key block (key XOR pad): computed once per key, not per message. */
function keyState(block: Uint8Array, pad: number): Int32Array {
  const h = Int32Array.from(H0);
  const w = new Int32Array(64);
  for (let i = 0; i < 16; i++)
    w[i] = (((block[4 * i] ^ pad) << 24) | ((block[4 * i + 1] ^ pad) << 16) | ((block[4 * i + 2] ^ pad) << 8) | (block[4 * i + 3] ^ pad)) | 0; // prettier-ignore
  compress(h, w);
  return h;
}

/** HMAC-SHA-256 under one key, its two key blocks compressed once. */
function hmacWith(key: Uint8Array): (message: Uint8Array) => Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const inner = keyState(block, 0x36);
  const outer = keyState(block, 0x5c);
  return (message) => digestInto(Int32Array.from(outer), digestInto(Int32Array.from(inner), message, 64), 64);
}

/** UTF-8 bytes of `text` (Apps Script has no TextEncoder). */
function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(bytes);
}
const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** HMAC-SHA-256 of `message` under `key`. */
export { utf8 };

export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return hmacWith(key)(message);
}

/** What a sealed value starts with; no clear CCCD, Mã định danh or ISO date does. */
export const SEALED = '#';

export type SealKind = 'staffId' | 'cccd' | 'dob' | 'nameDob';

/** Seals a clear value (a sealed one passes through): '#' and 16 hex digits. */
export type Seal = (kind: SealKind, value: string) => string;

export function makeSeal(keyHex: string): Seal {
  const mac = hmacWith(utf8(keyHex));
  const cache = new Map<string, string>();
  return (kind, value) => {
    if (value.startsWith(SEALED)) return value;
    const id = `${kind}:${value}`;
    let sealed = cache.get(id);
    if (sealed === undefined) {
      sealed = SEALED + hex(mac(utf8(id))).slice(0, 16);
      cache.set(id, sealed);
    }
    return sealed;
  };
}

/** Eight hex digits that tell whether a register was sealed under this key, and nothing of the key. */
export function keyCheck(keyHex: string): string {
  return hex(hmacSha256(utf8(keyHex), utf8('register key check'))).slice(0, 8);
}
