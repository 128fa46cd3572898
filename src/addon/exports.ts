/**
 * Provisioning, plan 5277 and findings files: always a new, unshared file in the runner's
 * own Drive, never a sheet of the shared workbook (they hold initial passwords or personal data).
 * A batch's files carry its number and day in their names ('Đợt 02 – 2025-09-12 – …').
 */
import type { CheckResult } from '../domain/check';
import {
  toEntraCsv,
  toEofficeCsv,
  toFindingsCsv,
  toGoogleWorkspaceCsv,
  toSignatureCsv,
  toZimbraScript,
} from '../domain/exports';
import { isStrictAddress } from '../domain/addresses';
import { toEntraResetList, toZimbraResetScript } from '../domain/exports/reset';
import { formatInSheetZone } from '../domain/dates';
import { BATCH_TEXT } from '../i18n/batches';
import type { PasswordBook } from './batch-passwords';
import { createPrivateFile } from './drive-files';

export type ExportKind =
  | 'google-workspace'
  | 'entra'
  | 'zimbra'
  | 'findings'
  | 'eoffice'
  | 'signature'
  | 'google-reset'
  | 'entra-reset'
  | 'zimbra-reset';

export interface ExportSummary {
  ok: true;
  kind: ExportKind;
  fileId: string;
  fileName: string;
  url: string;
  rows: number;
  /** The batch the file belongs to (none for the findings list). */
  batch?: number;
}

const FILES: Record<ExportKind, { suffix: string; mime: string }> = {
  'google-workspace': { suffix: 'google-workspace.csv', mime: 'text/csv' },
  entra: { suffix: 'microsoft-entra.csv', mime: 'text/csv' },
  zimbra: { suffix: 'zimbra-zmprov.txt', mime: 'text/plain' },
  findings: { suffix: 'danh-sach-loi.csv', mime: 'text/csv' },
  eoffice: { suffix: 'hpnet-eoffice.csv', mime: 'text/csv' },
  signature: { suffix: 'ban-co-yeu-chu-ky-so.csv', mime: 'text/csv' },
  'google-reset': { suffix: BATCH_TEXT.resetFiles.google, mime: 'text/csv' },
  'entra-reset': { suffix: BATCH_TEXT.resetFiles.entra, mime: 'text/csv' },
  'zimbra-reset': { suffix: BATCH_TEXT.resetFiles.zimbra, mime: 'text/plain' },
};

/** The kinds whose rows carry initial passwords: only a batch's passwords may fill them. */
export const PASSWORD_KINDS: ReadonlySet<ExportKind> = new Set<ExportKind>([
  'google-workspace',
  'entra',
  'zimbra',
  'google-reset',
  'entra-reset',
  'zimbra-reset',
]);

/** yyyymmdd-hhmm in the sheet's time zone, so two exports of a day keep distinct names. */
export function stamp(now: Date): string {
  return formatInSheetZone(now, 'yyyyMMdd-HHmm');
}

/** 'Đợt 02 – 2025-09-12 – <rest>'. */
export function batchFileName(batch: number, now: Date, rest: string): string {
  return BATCH_TEXT.fileName(batch, formatInSheetZone(now, 'yyyy-MM-dd'), rest);
}

/**
 * The records a file or list may carry: the check gives only addresses of the add-on's one
 * form, and the boundary checks again, so no typed text can reach a directory.
 */
export function exportable<T extends { address: string }>(records: readonly T[], domain: string): T[] {
  return records.filter((r) => isStrictAddress(r.address, domain));
}

export function exportContent(
  kind: ExportKind,
  result: CheckResult,
  passwords: PasswordBook | null,
): { text: string; rows: number } {
  if (kind === 'findings') return { text: toFindingsCsv(result.findings), rows: result.findings.length };
  // Plan 5277's lists hold personal data but no password.
  if (kind === 'eoffice' || kind === 'signature') {
    const requests = exportable(result.services[kind], result.domain);
    return { text: kind === 'eoffice' ? toEofficeCsv(requests) : toSignatureCsv(requests), rows: requests.length };
  }
  if (!passwords) throw new Error('a provisioning file needs its batch’s passwords');
  const records = exportable(result.provisioning, result.domain);
  const writers: Record<string, (r: typeof records, p: PasswordBook) => string> = {
    'google-workspace': toGoogleWorkspaceCsv,
    'google-reset': toGoogleWorkspaceCsv,
    entra: toEntraCsv,
    'entra-reset': toEntraResetList,
    zimbra: toZimbraScript,
    'zimbra-reset': toZimbraResetScript,
  };
  return { text: writers[kind](records, passwords), rows: records.length };
}

export function writeExportFile(
  kind: ExportKind,
  result: CheckResult,
  now: Date,
  passwords: PasswordBook | null,
): ExportSummary {
  const { text, rows } = exportContent(kind, result, passwords);
  const batch = kind === 'findings' ? null : (result.batch?.number ?? null);
  const fileName =
    batch === null
      ? `email-cong-vu-${stamp(now)}-${FILES[kind].suffix}`
      : batchFileName(batch, now, FILES[kind].suffix);
  const file = createPrivateFile(fileName, text, FILES[kind].mime);
  return { ok: true, kind, fileId: file.id, fileName, url: file.url, rows, ...(batch === null ? {} : { batch }) };
}
