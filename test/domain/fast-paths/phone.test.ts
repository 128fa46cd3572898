/**
 * parsePhone judges accepted numbers from libphonenumber's number type without running its
 * parser. It must answer exactly as the plain parser path does, on every input.
 */
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { parsePhone, type PhoneResult } from '../../../src/domain/phone';
import { cleanText } from '../../../src/domain/text';

/** The plain libphonenumber path, as parsePhone was before the short cut. */
function reference(raw: unknown): PhoneResult {
  const text = cleanText(raw);
  if (!text) return { kind: 'empty' };
  let digits = text.replace(/[\s.\-()/]/g, '');
  if (/^00/.test(digits)) digits = `+${digits.slice(2)}`;
  if (!/^\+?\d{8,15}$/.test(digits)) return { kind: 'invalid', raw: text };
  if (/^84\d{9,10}$/.test(digits)) digits = `+${digits}`;
  const parsed = parsePhoneNumberFromString(digits, 'VN');
  if (!parsed || parsed.country !== 'VN' || !parsed.isValid()) return { kind: 'invalid', raw: text };
  const type = parsed.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE' && type !== 'FIXED_LINE_OR_MOBILE')
    return { kind: 'invalid', raw: text };
  return {
    kind: 'ok',
    e164: parsed.number,
    national: `0${parsed.nationalNumber}`,
    type: type === 'MOBILE' ? 'mobile' : 'landline',
  };
}

const same = (raw: unknown): void => expect(parsePhone(raw)).toEqual(reference(raw));

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** Every way a number reaches the sheet: prefixes, the country code, separators, a number cell. */
const shaped = fc
  .tuple(
    fc.constantFrom('', '0', '00', '+', '84', '+84', '0084', '+840', '840', '8484', '+8484', '01', '1', '2', '9'),
    digits(0, 13),
    fc.constantFrom('', ' ', '.', '-', '(', ')', '/', '\u00a0', 'x'),
    fc.nat(12),
    fc.boolean(),
  )
  .map(([prefix, body, sep, at, asNumber]) => {
    const s = prefix + body;
    const text = sep ? s.slice(0, at) + sep + s.slice(at) : s;
    return asNumber && /^\d{1,15}$/.test(text) ? Number(text) : text;
  });

describe('parsePhone short cut answers as the libphonenumber parser does', () => {
  it('on real-shaped numbers: every mobile and landline prefix in use, typed every way', () => {
    const prefixes = [
      '090',
      '091',
      '093',
      '094',
      '096',
      '097',
      '098',
      '086',
      '088',
      '089',
      '032',
      '033',
      '034',
      '035',
      '036',
      '037',
      '038',
      '039',
      '070',
      '076',
      '077',
      '078',
      '079',
      '081',
      '082',
      '083',
      '084',
      '085',
      '087',
      '052',
      '055',
      '056',
      '058',
      '059',
      '099',
      '0225',
      '0220',
      '0221',
      '024',
      '028',
      '0236',
      '01',
      '016',
      '0120',
      '0123',
      '0188',
      '0199',
      '1800',
      '1900',
      '0672',
      '0121',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        digits(5, 9),
        fc.constantFrom('national', 'plus', 'bare84', 'idd', 'spaced', 'number'),
        (prefix, tail, style) => {
          const national = prefix + tail;
          const rest = national.slice(1);
          const raw =
            style === 'national'
              ? national
              : style === 'plus'
                ? `+84${rest}`
                : style === 'bare84'
                  ? `84${rest}`
                  : style === 'idd'
                    ? `0084 ${rest}`
                    : style === 'spaced'
                      ? `${national.slice(0, 4)} ${national.slice(4, 7)}.${national.slice(7)}`
                      : Number(national);
          same(raw);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('on every leading digit group (four digits) at every length the check lets through', () => {
    for (let lead = 0; lead < 10000; lead++) {
      const head = String(lead).padStart(4, '0');
      for (let length = 8; length <= 12; length++) same(head + '7305194826'.slice(0, length - 4));
      same(`+84${head}56789`);
      same(head.slice(1) + '5678901');
    }
  });

  it('on random digit strings with any prefix, separators and number cells', () => {
    fc.assert(fc.property(shaped, same), { numRuns: 30000 });
  });

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.integer(), fc.double()), same), {
      numRuns: 5000,
    });
  });

  it("keeps the obsolete 11-digit mobiles invalid and today's numbers valid", () => {
    expect(parsePhone('01234567890').kind).toBe('invalid');
    expect(parsePhone('0912345678')).toEqual({
      kind: 'ok',
      e164: '+84912345678',
      national: '0912345678',
      type: 'mobile',
    });
    expect(parsePhone('02253 123 456')).toEqual({
      kind: 'ok',
      e164: '+842253123456',
      national: '02253123456',
      type: 'landline',
    });
  });
});
