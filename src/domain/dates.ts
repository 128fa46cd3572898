/**
 * Dates of birth in every form units type them. Results are local dates at 00:00 in
 * the script's time zone (Asia/Ho_Chi_Minh, the manifest's).
 */
import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns';
import { cleanText } from './text';

/**
 * The workbook's time zone (appsscript.json's Asia/Ho_Chi_Minh): the one place wall-clock
 * times that do not come from the sheet (the settings' deadline, export file names) are
 * read and written in, whatever zone the machine running the code is in. Given as its
 * offset, UTC+7 all year (no daylight saving since 1975): @date-fns/tz resolves an offset
 * even where Intl lacks the zone data or the 'longOffset' format an IANA name needs.
 */
export const SHEET_TIME_ZONE = '+07:00';

/** `date` as wall-clock text in the sheet's time zone (date-fns lightFormat pattern: numbers only, no locale). */
export function formatInSheetZone(date: Date, pattern: string): string {
  return lightFormat(new TZDate(date.getTime(), SHEET_TIME_ZONE), pattern);
}

/** A wall-clock time in the sheet's time zone → the instant, or null when there is no such time (30/2, 24:00). */
export function wallClockInSheetZone(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): Date | null {
  const date = new TZDate(year, month - 1, day, hour, minute, SHEET_TIME_ZONE);
  const back = [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()];
  if (back.join() !== [year, month, day, hour, minute].join()) return null;
  return new Date(date.getTime());
}

export type DateResult =
  { kind: 'empty' } | { kind: 'ok'; date: Date; iso: string } | { kind: 'invalid'; reason: 'format' | 'impossible' };

// Sheets' serial day 0 is 30/12/1899. Serials below 1 or above 2958465 (31/12/9999) are not dates.
const SHEETS_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function localDate(year: number, month: number, day: number): DateResult {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999)
    return { kind: 'invalid', reason: 'impossible' };
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return { kind: 'invalid', reason: 'impossible' };
  }
  return { kind: 'ok', date, iso: `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` };
}

function fromSerial(serial: number): DateResult {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return { kind: 'invalid', reason: 'format' };
  const utc = new Date(SHEETS_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return localDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const YMD = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:[T ].*)?$/;
const WORDS = /^ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})$/i;

export function parseSheetDate(raw: unknown): DateResult {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { kind: 'invalid', reason: 'format' };
    return localDate(raw.getFullYear(), raw.getMonth() + 1, raw.getDate());
  }
  if (typeof raw === 'number') return fromSerial(raw);
  const text = cleanText(raw);
  if (!text) return { kind: 'empty' };
  let m = DMY.exec(text) ?? WORDS.exec(text);
  if (m) return localDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YMD.exec(text);
  if (m) return localDate(Number(m[1]), Number(m[2]), Number(m[3]));
  // A serial pasted as text ('31121'), never a long digit string such as a phone.
  if (/^\d{1,5}$/.test(text)) return fromSerial(Number(text));
  // Two-digit years (15/3/85) are ambiguous: refused, so the unit types the full year.
  return { kind: 'invalid', reason: 'format' };
}

/** Whole years between two dates, counting a birthday only once it has come. */
export function ageOn(dob: Date, on: Date): number {
  const years = on.getFullYear() - dob.getFullYear();
  const beforeBirthday =
    on.getMonth() < dob.getMonth() || (on.getMonth() === dob.getMonth() && on.getDate() < dob.getDate());
  return beforeBirthday ? years - 1 : years;
}
