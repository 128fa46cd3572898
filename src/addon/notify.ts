/**
 * Focal-person digests after a timed check: each unit's focal person gets only their
 * own unit's open problems (row numbers and messages), within the daily mail quota.
 * 'Tổng hợp' in the spec has no e-mail column; an 'Email đầu mối' column is used when
 * a workbook adds one, otherwise nothing is sent and the log says why.
 */
import type { CheckResult } from '../domain/check';
import type { CellValue, RawTable } from '../domain/types';
import { UI } from '../i18n/ui';
import { findColumn, FOCAL_EMAIL_HEADERS, headerKey, ROSTER_HEADERS } from '../sheets/columns';

export interface UnitDigest {
  to: string;
  unit: string;
  lines: string[];
}

const unitKey = (commune: CellValue, unit: CellValue): string => `${headerKey(commune)}|${headerKey(unit)}`;

/** Pure: who gets which lines. Rows without a matching focal e-mail are left out. */
export function buildDigests(
  roster: RawTable,
  summary: RawTable | null,
  result: CheckResult,
): UnitDigest[] | 'no-column' {
  if (!summary || summary.values.length === 0) return 'no-column';
  const sHeader = summary.values[0];
  const emailCol = findColumn(sHeader, FOCAL_EMAIL_HEADERS);
  if (emailCol === 0) return 'no-column';
  const sCommune = findColumn(sHeader, ROSTER_HEADERS.commune);
  const sUnit = findColumn(sHeader, ROSTER_HEADERS.unit);
  const emailOf = new Map<string, { to: string; unit: string }>();
  for (const row of summary.values.slice(1)) {
    const to = String(row[emailCol - 1] ?? '').trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to)) continue;
    emailOf.set(unitKey(sCommune ? row[sCommune - 1] : '', sUnit ? row[sUnit - 1] : ''), {
      to,
      unit: String(sUnit ? row[sUnit - 1] : '').trim(),
    });
  }
  const rHeader = roster.values[0];
  const rCommune = findColumn(rHeader, ROSTER_HEADERS.commune);
  const rUnit = findColumn(rHeader, ROSTER_HEADERS.unit);
  const byUnit = new Map<string, UnitDigest>();
  for (const outcome of result.rows) {
    if (outcome.blank || outcome.findings.length === 0) continue;
    const row = roster.values[outcome.sheetRow - 1] ?? [];
    const key = unitKey(rCommune ? row[rCommune - 1] : '', rUnit ? row[rUnit - 1] : '');
    const target = emailOf.get(key);
    if (!target) continue;
    const digest = byUnit.get(key) ?? { to: target.to, unit: target.unit, lines: [] };
    digest.lines.push(
      UI.mail.line(outcome.sheetRow, outcome.messages || outcome.findings.map((f) => f.message).join('; ')),
    );
    byUnit.set(key, digest);
  }
  return [...byUnit.values()];
}

/** Sends what the quota allows; returns the log note. */
export function sendDigests(digests: UnitDigest[] | 'no-column'): string {
  if (digests === 'no-column') return UI.log.focalNoColumn;
  const quota = MailApp.getRemainingDailyQuota();
  const sendable = digests.slice(0, Math.max(quota, 0));
  for (const d of sendable) {
    MailApp.sendEmail(
      d.to,
      UI.mail.subject(d.unit),
      `${UI.mail.intro(d.unit, d.lines.length)}${d.lines.join('\n')}\n${UI.mail.outro}`,
    );
  }
  const notes = [UI.log.focalSent(sendable.length)];
  if (sendable.length < digests.length) notes.push(UI.log.focalQuota(digests.length - sendable.length));
  return notes.join(' ');
}
