/**
 * Display values as Sheets shows them for the number formats the add-on and typical
 * registration workbooks use. Dates are shown in the spreadsheet's time zone.
 */
import type { CellScalar } from '../workbook-data';
import { wallClock } from './wall-clock';

/** The wall-clock fields as numbers; the weekday, a name, is never read. */
function parts(date: Date, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [field, value] of Object.entries(wallClock(date, timeZone))) out[field] = Number(value);
  return out;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Sheets date tokens: d dd m mm mmm yyyy yy h hh ss; 'mm' right after an hour means minutes. */
export function formatDateSheets(date: Date, pattern: string, timeZone: string): string {
  const p = parts(date, timeZone);
  const tokens = pattern.match(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|am\/pm|./gi) ?? [];
  let afterHour = false;
  return tokens
    .map((token) => {
      const t = token.toLowerCase();
      if (t === 'yyyy') return String(p.year);
      if (t === 'yy') return pad(p.year % 100);
      if (t === 'dd') return pad(p.day);
      if (t === 'd') return String(p.day);
      if (t === 'hh' || t === 'h') {
        afterHour = true;
        return t === 'hh' ? pad(p.hour) : String(p.hour);
      }
      if (t === 'mm' || t === 'm') {
        const minute = afterHour;
        afterHour = false;
        const n = minute ? p.minute : p.month;
        return t === 'mm' ? pad(n) : String(n);
      }
      if (t === 'ss' || t === 's') return t === 'ss' ? pad(p.second) : String(p.second);
      return token;
    })
    .join('');
}

export function displayValue(value: CellScalar, numberFormat: string | undefined, timeZone: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date)
    return formatDateSheets(value, numberFormat && /[dmy]/i.test(numberFormat) ? numberFormat : 'dd/mm/yyyy', timeZone);
  if (typeof value === 'number') {
    if (!numberFormat || numberFormat === 'General' || numberFormat === '@')
      return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
    if (numberFormat === '0') return Math.round(value).toString();
    if (/^#,##0$/.test(numberFormat)) return Math.round(value).toLocaleString('en-US');
    if (/^0\.(0+)$/.test(numberFormat)) return value.toFixed(numberFormat.length - 2);
    if (/^0+$/.test(numberFormat)) return Math.round(value).toString().padStart(numberFormat.length, '0');
    return String(value);
  }
  return String(value);
}
