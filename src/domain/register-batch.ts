/**
 * The batch marks of a register entry, written inside its person cell ('…; Đợt 2 (12/09/2025
 * 10:30); eOffice đợt 2'): the register stays at two cells an address, and the offline
 * command carries the marks in result.xlsx like the rest of the register, so numbering goes
 * on from one file to the next.
 */
import { REGISTER_TEXT } from '../i18n/register';
import type { RegisterEntry } from './register';

const pad = (n: number): string => String(n).padStart(2, '0');

/** dd/mm/yyyy hh:mm in the run's local time (the sheet's zone in Apps Script and under TZ). */
export const stamp = (d: Date): string =>
  `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

const STAMP = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/;

/** What `stamp` wrote; null for anything else. */
export function parseStamp(text: string): Date | null {
  const m = STAMP.exec(text.trim());
  return m ? new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0)) : null;
}

type BatchMarks = Pick<RegisterEntry, 'batch' | 'exportedAt' | 'eofficeBatch' | 'signatureBatch'>;

export function batchSegments(e: BatchMarks): string[] {
  const T = REGISTER_TEXT;
  return [
    e.batch !== null ? T.batchSegment(e.batch, e.exportedAt ? stamp(e.exportedAt) : '') : '',
    e.eofficeBatch !== null ? T.eofficeSegment(e.eofficeBatch) : '',
    e.signatureBatch !== null ? T.signatureSegment(e.signatureBatch) : '',
  ].filter(Boolean);
}

/** Reads one segment of a person cell into `entry` when it is a batch mark; false otherwise. */
export function readBatchSegment(part: string, entry: BatchMarks): boolean {
  const T = REGISTER_TEXT;
  const batch = T.batchPattern.exec(part);
  if (batch) {
    entry.batch = Number(batch[1]);
    entry.exportedAt = parseStamp(batch[2]);
    return true;
  }
  const eoffice = T.eofficePattern.exec(part);
  if (eoffice) entry.eofficeBatch = Number(eoffice[1]);
  const signature = T.signaturePattern.exec(part);
  if (signature) entry.signatureBatch = Number(signature[1]);
  return Boolean(eoffice || signature);
}
