/**
 * Provisioning, plan 5277 and findings files: always a new, unshared file in the runner's
 * own Drive, never a sheet of the shared workbook (they hold initial passwords or personal data).
 */
import type { CheckResult } from '../domain/check';
import {
  toEntraCsv,
  toEofficeCsv,
  toFindingsCsv,
  toGoogleWorkspaceCsv,
  toSignatureCsv,
  toZimbraScript,
  type ProvisionRecord,
} from '../domain/exports';
import { isStrictAddress } from '../domain/addresses';
import { makePassword } from '../domain/passwords';
import { formatInSheetZone } from '../domain/dates';
import { createPrivateFile } from './drive-files';
import { randomSourceFromUuids } from './random';

export type ExportKind = 'google-workspace' | 'entra' | 'zimbra' | 'findings' | 'eoffice' | 'signature';

export interface ExportSummary {
  ok: true;
  kind: ExportKind;
  fileId: string;
  fileName: string;
  url: string;
  rows: number;
}

const FILES: Record<ExportKind, { suffix: string; mime: string }> = {
  'google-workspace': { suffix: 'google-workspace.csv', mime: 'text/csv' },
  entra: { suffix: 'microsoft-entra.csv', mime: 'text/csv' },
  zimbra: { suffix: 'zimbra-zmprov.txt', mime: 'text/plain' },
  findings: { suffix: 'danh-sach-loi.csv', mime: 'text/csv' },
  eoffice: { suffix: 'hpnet-eoffice.csv', mime: 'text/csv' },
  signature: { suffix: 'ban-co-yeu-chu-ky-so.csv', mime: 'text/csv' },
};

/** yyyymmdd-hhmm in the sheet's time zone, so two exports of a day keep distinct names. */
export function stamp(now: Date): string {
  return formatInSheetZone(now, 'yyyyMMdd-HHmm');
}

/** One initial password per person for a whole run: every file of the run, and the hand-over lists, agree. */
export type PasswordBook = (record: ProvisionRecord) => string;

/** Three UUIDs: the key of one run's password stream. */
export function newPasswordSeed(): string[] {
  return [Utilities.getUuid(), Utilities.getUuid(), Utilities.getUuid()];
}

/**
 * Passwords drawn from `seed` in address order, so the same seed and the same addresses
 * give the same passwords again: a hand-over finished in a later part of a long job
 * (a new execution, the check redone) still hands over the provisioning file's passwords.
 */
export function passwordBook(records: readonly ProvisionRecord[], seed: string[] = newPasswordSeed()): PasswordBook {
  const random = randomSourceFromUuids(seed);
  const addresses = records.map((r) => r.address).sort();
  const book = new Map<string, string>();
  for (const address of addresses) if (!book.has(address)) book.set(address, makePassword(random));
  return (r) => {
    const known = book.get(r.address);
    if (known === undefined) throw new Error('no password drawn for this record');
    return known;
  };
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
  passwords?: PasswordBook,
): { text: string; rows: number } {
  if (kind === 'findings') return { text: toFindingsCsv(result.findings), rows: result.findings.length };
  // Plan 5277's lists hold personal data but no password.
  if (kind === 'eoffice' || kind === 'signature') {
    const requests = exportable(result.services[kind], result.domain);
    return { text: kind === 'eoffice' ? toEofficeCsv(requests) : toSignatureCsv(requests), rows: requests.length };
  }
  const records = exportable(result.provisioning, result.domain);
  const password = passwords ?? passwordBook(records);
  const text =
    kind === 'google-workspace'
      ? toGoogleWorkspaceCsv(records, password)
      : kind === 'entra'
        ? toEntraCsv(records, password)
        : toZimbraScript(records, password);
  return { text, rows: records.length };
}

export function writeExportFile(
  kind: ExportKind,
  result: CheckResult,
  now: Date,
  passwords?: PasswordBook,
): ExportSummary {
  const { text, rows } = exportContent(kind, result, passwords);
  const fileName = `email-cong-vu-${stamp(now)}-${FILES[kind].suffix}`;
  const file = createPrivateFile(fileName, text, FILES[kind].mime);
  return { ok: true, kind, fileId: file.id, fileName, url: file.url, rows };
}
