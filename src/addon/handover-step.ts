/**
 * The hand-over step of an export job: who may make the lists, the focal e-mails of
 * Tổng hợp, the run's password seed kept for a later part, and what the job remembers
 * of it (counts and unit names only: this goes into the job state, the log and the
 * dialog, so never a person or a password).
 */
import type { CheckResult } from '../domain/check';
import { addressesDigest, focalEmails } from '../domain/handover';
import { HANDOVER_TEXT as T } from '../i18n/handover';
import { deployConfig } from './deploy-config';
import { escapeHtml, ownerEmail } from './env';
import { passwordBook, stamp, type PasswordBook } from './exports';
import { makeHandoverLists } from './handover';
import type { Unretired } from './handover-retire';
import { mayChange } from './permissions';
import type { RunContext } from './run-context';

/** The job state lives in one property value (9 KB): unit names beyond this are only counted. */
const MAX_NAMED_UNITS = 60;
/**
 * The runner's own user properties: the seed must outlive an execution when the job is
 * cut short, and no other editor of the workbook may read it (they could derive the passwords).
 */
const SEED_KEY = 'handoverSeed';

export interface HandoverMemo {
  ok: boolean;
  lists: number;
  /** Units with a list, by name (the first MAX_NAMED_UNITS), and how many more. */
  units: string[];
  moreUnits: number;
  shared: number;
  created: number;
  updated: number;
  mailsSent: number;
  mailsPending: number;
  officeUrl: string;
  officeUnits: number;
  /** Old lists this runner could not trash (the first MAX_NAMED_UNITS): said loudly, logged. */
  unretired?: Unretired[];
  message?: string;
}

const EMPTY: HandoverMemo = {
  ok: true,
  lists: 0,
  units: [],
  moreUnits: 0,
  shared: 0,
  created: 0,
  updated: 0,
  mailsSent: 0,
  mailsPending: 0,
  officeUrl: '',
  officeUnits: 0,
};

/** Kept while the job runs: which job, its seed, and the addresses it was drawn for. */
export function keepSeed(jobId: string, seed: string[], records: CheckResult['provisioning']): void {
  PropertiesService.getUserProperties().setProperty(
    SEED_KEY,
    JSON.stringify({ job: jobId, seed, digest: addressesDigest(records) }),
  );
}

export function dropSeed(): void {
  PropertiesService.getUserProperties().deleteProperty(SEED_KEY);
}

/** The run's passwords again, in a later part; null when the seed is gone or the addresses changed meanwhile. */
export function restorePasswords(jobId: string, records: CheckResult['provisioning']): PasswordBook | null {
  try {
    const kept = JSON.parse(PropertiesService.getUserProperties().getProperty(SEED_KEY) ?? 'null') as {
      job: string;
      seed: string[];
      digest: string;
    } | null;
    if (!kept || kept.job !== jobId || kept.digest !== addressesDigest(records)) return null;
    return passwordBook(records, kept.seed);
  } catch {
    return null;
  }
}

export function handOver(
  ctx: RunContext,
  job: { id: string; user: string },
  result: CheckResult,
  passwords: PasswordBook | null,
  now: Date,
  deadline: number,
  before: HandoverMemo | undefined,
): { memo: HandoverMemo; done: boolean } {
  const so = before ?? EMPTY;
  // The menu already refused others; checked here too, as the lists hold passwords.
  if (!mayChange(job.user, ownerEmail(ctx.ss), ctx.settings, deployConfig().officeAccounts).ok)
    return { memo: { ...so, ok: false, message: T.notAllowed }, done: true };
  if (!passwords) return { memo: { ...so, ok: false, message: T.changedMeanwhile }, done: true };
  // Tổng hợp's focal e-mails as the check validated them: one source for hand-over and digests.
  const focal = focalEmails(result.focalContacts);
  const made = makeHandoverLists(
    ctx.props,
    result.provisioning,
    focal,
    passwords,
    T.officeFileName(stamp(now)),
    { id: job.id, runner: job.user },
    deadline,
  );
  const names = [...so.units, ...made.files.flatMap((f) => f.units)];
  const office = made.files.find((f) => f.kind === 'office');
  return {
    memo: {
      ok: true,
      lists: so.lists + made.files.length,
      units: names.slice(0, MAX_NAMED_UNITS),
      moreUnits: so.moreUnits + Math.max(0, names.length - MAX_NAMED_UNITS),
      shared: so.shared + made.files.filter((f) => f.kind === 'unit').length,
      created: so.created + made.created,
      updated: so.updated + made.updated,
      mailsSent: so.mailsSent + made.mailsSent,
      mailsPending: so.mailsPending + made.mailsPending,
      officeUrl: office?.url ?? so.officeUrl,
      officeUnits: office?.units.length ?? so.officeUnits,
      // A later part of the job tries the same old lists again: one note per file.
      unretired: [...(so.unretired ?? []), ...made.unretired]
        .filter((u, i, all) => all.findIndex((v) => v.url === u.url) === i)
        .slice(0, MAX_NAMED_UNITS),
    },
    done: made.done,
  };
}

export function handoverLogNote(memo: HandoverMemo): string {
  if (!memo.ok) return memo.message ?? '';
  const names = memo.moreUnits > 0 ? [...memo.units, `… +${memo.moreUnits}`] : memo.units;
  const unretired = (memo.unretired ?? []).map((u) => T.unretired(u.unit, u.url, u.outcome, u.owner));
  return [`${T.log(memo.lists, names)}, ${T.logMails(memo.mailsSent, memo.mailsPending)}`, ...unretired].join(' ');
}

export function handoverDialog(memo: HandoverMemo): string {
  if (!memo.ok) return `<p>${escapeHtml(memo.message ?? '')}</p>`;
  const office = memo.officeUrl
    ? `<p><a href="${escapeHtml(memo.officeUrl)}" target="_blank" rel="noopener">${escapeHtml(T.officeOpen)}</a></p>`
    : '';
  const unretired = (memo.unretired ?? [])
    .map((u) => `<p style="color:#b3261e">${escapeHtml(T.unretired(u.unit, u.url, u.outcome, u.owner))}</p>`)
    .join('');
  return `<h3 style="font-size:14px">${escapeHtml(T.dialogTitle)}</h3><p>${escapeHtml(T.dialogBody(memo.shared, memo.officeUnits))}</p>${office}${unretired}`;
}
