/**
 * Number formats and date serials as SpreadsheetML stores them. Built-in format ids are
 * exceljs's table, so a large file read here reports the same format codes as a small
 * file read through exceljs's full model.
 */
import builtinFormats from 'exceljs/lib/xlsx/defaultnumformats';
import { fromExcelDate, toExcelDate } from './cells';

const BUILTIN = builtinFormats;

export function builtinFormatCode(id: number): string | undefined {
  return BUILTIN[id]?.f;
}

/** The id of a built-in format with this code, if there is one. */
export function builtinFormatId(code: string): number | undefined {
  for (const [id, format] of Object.entries(BUILTIN)) if (format.f === code) return Number(id);
  return undefined;
}

const dateFormatCache = new Map<string, boolean>();

/**
 * A format shows a date or time when it has d, m, y, h or s outside quoted text, escaped
 * or padded characters (\\x, _x, *x) and brackets other than elapsed [h], [m], [s].
 */
export function isDateFormat(code: string): boolean {
  let known = dateFormatCache.get(code);
  if (known === undefined) {
    const bare = code.replace(/"[^"]*"|[\\_*]./g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
    known = /[dmyhs]/i.test(bare);
    dateFormatCache.set(code, known);
  }
  return known;
}

const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (the 1900 system's day zero, after Excel's leap-year bug) to 1970-01-01. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = EPOCH_1900 - 1_462;

/** A serial is a wall-clock time; the runtime shows it in its own zone, as Sheets does. */
export function dateFromSerial(serial: number, date1904: boolean): Date {
  const utc = new Date(Math.round((serial - (date1904 ? EPOCH_1904 : EPOCH_1900)) * DAY_MS));
  return fromExcelDate(utc);
}

export function serialFromDate(date: Date): number {
  return toExcelDate(date).getTime() / DAY_MS + EPOCH_1900;
}
