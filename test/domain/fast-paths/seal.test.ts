/**
 * The register's seal: SHA-256 and HMAC-SHA-256 equal OpenSSL's (node:crypto) on any input,
 * a sealed value is stable, hides its input and differs between keys and kinds.
 */
import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { hmacSha256, keyCheck, makeSeal, sha256, utf8 } from '../../../src/domain/seal';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('the register seal', () => {
  it('SHA-256 and HMAC-SHA-256 equal OpenSSL’s for any message and key, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 130 }), (message, key) => {
        expect(hex(sha256(message))).toBe(createHash('sha256').update(message).digest('hex'));
        expect(hex(hmacSha256(key, message))).toBe(createHmac('sha256', key).update(message).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('encodes any text as UTF-8 exactly as Node does (Apps Script has no TextEncoder)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((t) => !LONE_SURROGATE.test(t)),
        (text) => expect(Buffer.from(utf8(text))).toEqual(Buffer.from(text, 'utf8')),
      ),
    );
  });

  it('seals a CCCD into 64 bits that hold none of its digits, the same each time, different under another key', () => {
    const seal = makeSeal('a'.repeat(64));
    const cccd = '031085001234';
    const sealed = seal('cccd', cccd);
    expect(sealed).toMatch(/^#[0-9a-f]{16}$/);
    expect(seal('cccd', cccd)).toBe(sealed);
    expect(seal('cccd', sealed)).toBe(sealed);
    expect(seal('staffId', cccd)).not.toBe(sealed);
    expect(makeSeal('b'.repeat(64))('cccd', cccd)).not.toBe(sealed);
    expect(keyCheck('a'.repeat(64))).not.toBe(keyCheck('b'.repeat(64)));
  });
});
