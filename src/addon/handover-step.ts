/**
 * The hand-over step of an export job: who may make the lists, the focal e-mails of
 * Tổng hợp, the run's password seed kept for a later part, and what the job remembers
 * of it (counts and unit names only: this goes into the job state, the log and the
 * dialog, so never a person or a password).
 */
import type { CheckResult } from '../domain/check';
import { focalEmails, signInAt } from '../domain/handover';
import { HANDOVER_TEXT as T } from '../i18n/handover';
import { deployConfig } from './deploy-config';
import { escapeHtml, ownerEmail } from './env';
import type { PasswordBook } from './batch-passwords';
import { makeHandoverLists } from './handover';
import type { Unretired } from './handover-retire';
import { mayChange } from './permissions';
import type { RunContext } from './run-context';

/** The job state lives in one property value (9 KB): unit names beyond this are only counted. */
const MAX_NAMED_UNITS = 60;

export interface HandoverMemo {
  ok: boolean;
  lists: number;
  /** Units with a list, by name (the first MAX_NAMED_UNITS), and how many more. */
  units: string[];
  moreUnits: number;
  shared: number;
  created: number;
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
  mailsSent: 0,
  mailsPending: 0,
  officeUrl: '',
  officeUnits: 0,
};

/** A run that made no list but sent mails that waited for the quota. */
export function waitingOnly(sent: number, waiting: number, unretired: Unretired[]): HandoverMemo {
  return { ...EMPTY, mailsSent: sent, mailsPending: waiting, unretired: unretired.slice(0, MAX_NAMED_UNITS) };
}

export function handOver(
  ctx: RunContext,
  job: { id: string; user: string },
  result: CheckResult,
  passwords: PasswordBook | null,
  at: { batch: number; now: Date; deadline: number },
  before: HandoverMemo | undefined,
): { memo: HandoverMemo; done: boolean } {
  const so = before ?? EMPTY;
  // The menu already refused others; checked here too, as the lists hold passwords.
  if (!mayChange(job.user, ownerEmail(ctx.ss), ctx.settings, deployConfig().officeAccounts).ok)
    return { memo: { ...so, ok: false, message: T.notAllowed }, done: true };
  if (!passwords) return { memo: { ...so, ok: false, message: T.changedMeanwhile }, done: true };
  // Tổng hợp's focal e-mails as the check validated them: one source for hand-over and digests.
  const focal = result.focalContacts ? focalEmails(result.focalContacts) : null;
  const signIn = signInAt(ctx.settings.mailPlatform, ctx.settings.domain);
  const made = makeHandoverLists(ctx.props, result.provisioning, focal, passwords, { ...at, signIn });
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
      mailsSent: so.mailsSent + made.mailsSent,
      mailsPending: made.mailsPending,
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
