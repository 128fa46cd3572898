/**
 * Vietnamese phone numbers judged by Google's libphonenumber data ('max' metadata: the
 * 'min' set wrongly accepts the obsolete 11-digit 01xx mobiles).
 */
import { PhoneNumber } from 'libphonenumber-js/core';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/max/metadata';
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
  return acceptedNational(digits) ?? parseWithLibrary(digits, text);
}

/**
 * The national (significant) number of '+84N', '0N' or a bare 'N', when N is an accepted
 * mobile or fixed-line number: judged straight from libphonenumber's own number type,
 * skipping the parser (most of the cost of a 100k-row check). Only an acceptance is
 * short-cut, and only where the parser provably reads the same N: N starts with 1-9, so
 * no national prefix or IDD is stripped from it, a valid N matches the national pattern
 * and possible lengths, and a bare N never starts with 84 (the parser may read that as
 * the country code). Everything else, including every rejection, goes to the parser.
 * test/domain/fast-paths/phone.test.ts compares both paths.
 */
function acceptedNational(digits: string): PhoneResult | null {
  const start = digits.startsWith('+84') ? 3 : digits.charCodeAt(0) === 48 /* 0 */ ? 1 : 0;
  if (start === 0 && (digits.charCodeAt(0) === 43 /* + */ || digits.startsWith('84'))) return null;
  const first = digits.charCodeAt(start);
  if (first < 49 || first > 57) return null;
  const national = digits.slice(start);
  const type = new PhoneNumber(`+84${national}`, metadata).getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE' && type !== 'FIXED_LINE_OR_MOBILE') return null;
  return {
    kind: 'ok',
    e164: `+84${national}`,
    national: `0${national}`,
    type: type === 'MOBILE' ? 'mobile' : 'landline',
  };
}

function parseWithLibrary(digits: string, text: string): PhoneResult {
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
