/**
 * The 12-digit citizen ID (CCCD): 3-digit province of birth registration, a century/sex
 * digit (1900s: 0 male, 1 female; 2000s: 2 male, 3 female), two birth-year digits, then
 * six digits. No check digit. Excel drops leading zeros, so 11 digits (and 10 from a number cell) are recovered.
 */
import { GENDER, type Gender } from './columns';
import { CCCD_PROVINCE_ROWS } from './data/cccd-provinces';
import { cleanText } from './text';

const PROVINCES = new Map(CCCD_PROVINCE_ROWS.map(([code, name]) => [code, name]));

export type CccdOk = {
  kind: 'ok';
  value: string;
  provinceCode: string;
  province: string;
  century: 1900 | 2000;
  sex: Gender;
  yearTwoDigits: number;
  recoveredLeadingZero: boolean;
};
export type CccdResult =
  | { kind: 'empty' }
  | CccdOk
  | { kind: 'invalid'; reason: 'length' | 'non_digit' | 'province' | 'century'; digits: number };

export function parseCccd(raw: unknown): CccdResult {
  const text = cleanText(raw).replace(/[\s.-]/g, '');
  if (!text) return { kind: 'empty' };
  if (!/^\d+$/.test(text)) return { kind: 'invalid', reason: 'non_digit', digits: text.replace(/\D/g, '').length };
  // Only a number cell (or its text) loses a zero: every province code starts with 0. Hà
  // Nội and the provinces 002-008 start with two zeros, so a number cell loses both; a
  // 10-digit text was typed that way and is not guessed at.
  const zeros = text.length === 11 && text[0] !== '0' ? 1 : text.length === 10 && typeof raw === 'number' ? 2 : 0;
  const padded = zeros > 0 ? text.padStart(12, '0') : text;
  const recovered = zeros === 1 || (zeros === 2 && PROVINCES.has(padded.slice(0, 3)));
  const value = recovered ? padded : text;
  if (value.length !== 12) return { kind: 'invalid', reason: 'length', digits: text.length };
  const provinceCode = value.slice(0, 3);
  const province = PROVINCES.get(provinceCode);
  if (!province) return { kind: 'invalid', reason: 'province', digits: 12 };
  const centuryDigit = Number(value[3]);
  if (centuryDigit > 3) return { kind: 'invalid', reason: 'century', digits: 12 };
  return {
    kind: 'ok',
    value,
    provinceCode,
    province,
    century: centuryDigit < 2 ? 1900 : 2000,
    sex: centuryDigit % 2 === 0 ? GENDER.male : GENDER.female,
    yearTwoDigits: Number(value.slice(4, 6)),
    recoveredLeadingZero: recovered,
  };
}

export function cccdMatchesPerson(
  c: CccdOk,
  dob: Date | null,
  gender: Gender | null,
): { ok: true } | { ok: false; problem: 'year' | 'century' | 'sex'; cccdYear: string; dobYear?: number } {
  const cccdYear = c.value.slice(4, 6);
  if (dob) {
    const year = dob.getFullYear();
    if (year % 100 !== c.yearTwoDigits) return { ok: false, problem: 'year', cccdYear, dobYear: year };
    if (year - (year % 100) !== c.century) return { ok: false, problem: 'century', cccdYear, dobYear: year };
  }
  if (gender && gender !== c.sex) return { ok: false, problem: 'sex', cccdYear };
  return { ok: true };
}
