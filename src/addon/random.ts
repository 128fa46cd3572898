/**
 * A cryptographic byte source for passwords: the ChaCha20 keystream (RFC 7539, nonce 0,
 * from @noble/ciphers, audited) keyed from Utilities.getUuid() (122 random bits each, from
 * the platform's secure generator; Apps Script has no crypto.getRandomValues). Three UUIDs
 * seed a whole export, so service calls do not grow with rows.
 */
import { chacha20 } from '@noble/ciphers/chacha';

/** Keystream made at a time: 64 ChaCha20 blocks, so the library is called once per 4 KB, not per block. */
const CHUNK_BLOCKS = 64;
const CHUNK = 64 * CHUNK_BLOCKS;
const NONCE = new Uint8Array(12);
const ZEROS = new Uint8Array(CHUNK);

/** The fully random hex digits of a v4 UUID (version and variant digits dropped). */
function uuidEntropy(uuid: string): string {
  const hex = uuid.replace(/-/g, '').toLowerCase();
  return hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17);
}

/**
 * The 32-byte key: the seed's 64 hex digits as eight 32-bit words, each laid out
 * little-endian as RFC 7539 reads key words (the byte order earlier exports used).
 */
function keyFromHex(hex: string): Uint8Array {
  const key = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const word = parseInt(hex.slice(8 * i, 8 * i + 8), 16) >>> 0;
    for (let b = 0; b < 4; b++) key[4 * i + b] = (word >>> (8 * b)) & 255;
  }
  return key;
}

/** Returns randomBytes(n) over a ChaCha20 stream keyed by `uuids` (at least 3). */
export function randomSourceFromUuids(uuids: string[]): (n: number) => Uint8Array {
  const hex = uuids.map(uuidEntropy).join('').slice(0, 64);
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('random seed too short');
  const key = keyFromHex(hex);
  const chunk = new Uint8Array(CHUNK);
  let counter = 0;
  let at = CHUNK;
  return (n: number) => {
    const out = new Uint8Array(n);
    let i = 0;
    while (i < n) {
      if (at >= CHUNK) {
        chacha20(key, NONCE, ZEROS, chunk, counter);
        counter += CHUNK_BLOCKS;
        at = 0;
      }
      const take = Math.min(n - i, CHUNK - at);
      out.set(chunk.subarray(at, at + take), i);
      i += take;
      at += take;
    }
    return out;
  };
}

export function appsScriptRandomSource(): (n: number) => Uint8Array {
  return randomSourceFromUuids([Utilities.getUuid(), Utilities.getUuid(), Utilities.getUuid()]);
}
