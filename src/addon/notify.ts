/**
 * Focal-person digests after a timed check: each unit's focal person gets only their
 * own unit's open problems (row numbers and messages), within the daily mail quota.
 * 'Tổng hợp' in the spec has no e-mail column; an 'Email đầu mối' column is used when
 * a workbook adds one, otherwise nothing is sent and the log says why. Who the focal
 * persons are, and which unit a row belongs to, come from the check (summary.ts).
 */
import type { CheckResult } from '../domain/check';
import { UI } from '../i18n/ui';

export interface UnitDigest {
  to: string;
  unit: string;
  lines: string[];
}

/** Pure: who gets which lines. Rows without a matching focal e-mail are left out. */
export function buildDigests(result: CheckResult): UnitDigest[] | 'no-column' {
  if (!result.focalContacts) return 'no-column';
  const emailOf = new Map<string, { to: string; unit: string }>();
  for (const c of result.focalContacts) emailOf.set(c.unitKey, { to: c.email, unit: c.unit });
  const byUnit = new Map<string, UnitDigest>();
  for (const outcome of result.rows) {
    if (outcome.blank || outcome.findings.length === 0) continue;
    const key = outcome.unitKey;
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
