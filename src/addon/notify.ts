/**
 * Focal-person digests after a timed check: each unit's focal person gets only their
 * own unit's open problems as row numbers and counts, never a finding's message (it quotes
 * the typed phone, date of birth or CCCD, and a duplicate's names another unit's person, and
 * the focal address is whatever a unit typed), at most one mail a day per person
 * (a person who is focal for several units gets them in one mail), within the daily mail
 * quota (MailApp.getRemainingDailyQuota(); 1,500 recipients a day for a Workspace account,
 * 100 for a consumer one: https://developers.google.com/apps-script/guides/services/quotas).
 * 'Tổng hợp' in the spec has no e-mail column; an 'Email đầu mối' column is used when
 * a workbook adds one, otherwise nothing is sent and the log says why. Who the focal
 * persons are, and which unit a row belongs to, come from the check (summary.ts).
 */
import type { CheckResult } from '../domain/check';
import { formatInSheetZone } from '../domain/dates';
import { WARNING_CODES } from '../domain/types';
import { fitLines } from '../domain/mail-body';
import { ACCESS } from '../i18n/access';
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
  // The tab is named when the roster has several.
  const several = result.tabs.length > 1;
  for (const outcome of result.rows) {
    if (outcome.blank || outcome.findings.length === 0) continue;
    const key = outcome.unitKey;
    const target = emailOf.get(key);
    if (!target) continue;
    const digest = byUnit.get(key) ?? { to: target.to, unit: target.unit, lines: [] };
    const warnings = outcome.findings.filter((f) => WARNING_CODES.has(f.code)).length;
    digest.lines.push(
      UI.mail.line(outcome.ref.row, outcome.findings.length - warnings, warnings, several ? outcome.ref.sheet : ''),
    );
    byUnit.set(key, digest);
  }
  return [...byUnit.values()];
}

/** What one digest mail's lines may take: half the consumer limit (200 KB), leaving room for the rest. */
export const DIGEST_LINES_BYTES = 100 * 1024;

/** Who got a digest on which day (Hai Phong date), kept in document properties. */
export const DIGEST_SENT_KEY = 'digestSentOn';

type Props = GoogleAppsScript.Properties.Properties;

const haiPhongDay = (at: Date): string => formatInSheetZone(at, 'yyyy-MM-dd');

function readSent(props: Props, today: string): Record<string, string> {
  try {
    const all = JSON.parse(props.getProperty(DIGEST_SENT_KEY) ?? '{}') as Record<string, string>;
    // Only today's entries matter; older ones are dropped so the value stays small.
    return Object.fromEntries(Object.entries(all).filter(([, day]) => day === today));
  } catch {
    return {};
  }
}

/** One mail per focal person: their units' digests, in order. */
export function groupByPerson(digests: UnitDigest[]): { to: string; units: UnitDigest[] }[] {
  const byPerson = new Map<string, { to: string; units: UnitDigest[] }>();
  for (const d of digests) {
    const key = d.to.toLowerCase();
    const entry = byPerson.get(key) ?? { to: d.to, units: [] };
    entry.units.push(d);
    byPerson.set(key, entry);
  }
  return [...byPerson.values()];
}

/** Sends what the day and the quota allow; returns the log note. */
export function sendDigests(digests: UnitDigest[] | 'no-column', props: Props, now: Date): string {
  if (digests === 'no-column') return UI.log.focalNoColumn;
  const today = haiPhongDay(now);
  const sent = readSent(props, today);
  const people = groupByPerson(digests);
  const due = people.filter((p) => !sent[p.to.toLowerCase()]);
  const quota = due.length > 0 ? MailApp.getRemainingDailyQuota() : 0;
  const sendable = due.slice(0, Math.max(quota, 0));
  for (const p of sendable) {
    const subject = UI.mail.subject(p.units.map((u) => u.unit).join(', '));
    const share = Math.floor(DIGEST_LINES_BYTES / p.units.length);
    const body = p.units
      .map((d) => `${UI.mail.intro(d.unit, d.lines.length)}${fitLines(d.lines, share, UI.mail.more).join('\n')}\n`)
      .join('\n');
    MailApp.sendEmail(p.to, subject, `${body}${UI.mail.seeSheet}${UI.mail.outro}`);
    sent[p.to.toLowerCase()] = today;
  }
  if (sendable.length > 0) props.setProperty(DIGEST_SENT_KEY, JSON.stringify(sent));
  const notes = [UI.log.focalSent(sendable.length)];
  if (people.length > due.length) notes.push(ACCESS.focalAlreadyToday(people.length - due.length));
  if (sendable.length < due.length) notes.push(UI.log.focalQuota(due.length - sendable.length));
  return notes.join(' ');
}
