/**
 * Vietnamese phone numbers judged by Google's libphonenumber data ('max' metadata: the
 * 'min' set wrongly accepts the obsolete 11-digit 01xx mobiles).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { cleanText } from './text';

export type PhoneResult =
  | { kind: 'empty' }
  | { kind: 'ok'; e164: string; national: string; type: 'mobile' | 'landline' }
  | { kind: 'invalid'; raw: string };

export function parsePhone(raw: unknown): PhoneResult {
  const text = cleanText(raw);
  if (!text) return { kind: 'empty' };
  // Separators people type; letters or anything else make it invalid below.
  let digits = text.replace(/[\s.\-()/]/g, '');
  if (/^00/.test(digits)) digits = `+${digits.slice(2)}`;
  if (!/^\+?\d{8,15}$/.test(digits)) return { kind: 'invalid', raw: text };
  // '84912345678' typed without '+': a national number never starts with 84 and has 11 digits.
  if (/^84\d{9,10}$/.test(digits)) digits = `+${digits}`;
  const parsed = parsePhoneNumberFromString(digits, 'VN');
  if (!parsed || parsed.country !== 'VN' || !parsed.isValid()) return { kind: 'invalid', raw: text };
  const type = parsed.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE' && type !== 'FIXED_LINE_OR_MOBILE') return { kind: 'invalid', raw: text };
  return {
    kind: 'ok',
    e164: parsed.number,
    national: `0${parsed.nationalNumber}`,
    type: type === 'MOBILE' ? 'mobile' : 'landline',
  };
}
