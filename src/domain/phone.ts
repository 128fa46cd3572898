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

/** Why a number was refused, so the message can say what to do. */
export type PhoneProblem =
  { kind: 'malformed' } | { kind: 'foreign' } | { kind: 'block'; block: string } | { kind: 'old'; converted: string };

/**
 * The 2018 conversion of 11-digit mobile numbers (Bộ TT&TT, 15/9/2018 – 30/6/2019): the
 * old prefix after the 0 → the new one; the last seven digits stay.
 */
const OLD_PREFIXES: Readonly<Record<string, string>> = {
  '120': '70',
  '121': '79',
  '122': '77',
  '126': '76',
  '128': '78',
  '123': '83',
  '124': '84',
  '125': '85',
  '127': '81',
  '129': '82',
  '162': '32',
  '163': '33',
  '164': '34',
  '165': '35',
  '166': '36',
  '167': '37',
  '168': '38',
  '169': '39',
  '186': '56',
  '188': '58',
  '199': '59',
};

/**
 * For a number parsePhone refused: malformed, not Vietnamese, the right shape in a block
 * the numbering plan has not put in service (libphonenumber's full metadata knows, e.g.,
 * that 089 is in service only for 0896–0899), or an old 11-digit mobile with the number
 * it became.
 */
export function explainInvalidPhone(raw: unknown): PhoneProblem {
  let digits = cleanText(raw).replace(/[\s.\-()/]/g, '');
  if (/^00/.test(digits)) digits = `+${digits.slice(2)}`;
  if (!/^\+?\d{8,15}$/.test(digits)) return { kind: 'malformed' };
  let national: string;
  if (digits.startsWith('+84')) national = digits.slice(3);
  else if (digits.startsWith('+')) return { kind: 'foreign' };
  else if (/^84\d{9,10}$/.test(digits)) national = digits.slice(2);
  else national = digits.startsWith('0') ? digits.slice(1) : digits;
  const old = OLD_PREFIXES[national.slice(0, 3)];
  if (old && national.length === 10) return { kind: 'old', converted: `0${old}${national.slice(3)}` };
  const mobileShape = national.length === 9 && /^[35789]/.test(national);
  const landlineShape = national.length === 10 && national.startsWith('2');
  if (mobileShape || landlineShape) return { kind: 'block', block: `0${national.slice(0, 3)}` };
  return { kind: 'malformed' };
}
