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
} from '../domain/exports';
import { makePassword } from '../domain/passwords';
import { formatInSheetZone } from '../domain/dates';
import { createPrivateFile } from './drive-files';
import { appsScriptRandomSource } from './random';

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
function stamp(now: Date): string {
  return formatInSheetZone(now, 'yyyyMMdd-HHmm');
}

export function exportContent(kind: ExportKind, result: CheckResult): { text: string; rows: number } {
  if (kind === 'findings') return { text: toFindingsCsv(result.findings), rows: result.findings.length };
  // Plan 5277's lists hold personal data but no password.
  if (kind === 'eoffice') return { text: toEofficeCsv(result.services.eoffice), rows: result.services.eoffice.length };
  if (kind === 'signature')
    return { text: toSignatureCsv(result.services.signature), rows: result.services.signature.length };
  const random = appsScriptRandomSource();
  const password = (): string => makePassword(random);
  const records = result.provisioning;
  const text =
    kind === 'google-workspace'
      ? toGoogleWorkspaceCsv(records, password)
      : kind === 'entra'
        ? toEntraCsv(records, password)
        : toZimbraScript(records, password);
  return { text, rows: records.length };
}

export function writeExportFile(kind: ExportKind, result: CheckResult, now: Date): ExportSummary {
  const { text, rows } = exportContent(kind, result);
  const fileName = `email-cong-vu-${stamp(now)}-${FILES[kind].suffix}`;
  const file = createPrivateFile(fileName, text, FILES[kind].mime);
  return { ok: true, kind, fileId: file.id, fileName, url: file.url, rows };
}
