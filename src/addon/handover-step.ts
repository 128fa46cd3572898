/**
 * The hand-over step of an export job: who may make the lists, the focal e-mails of
 * Tổng hợp, the run's password seed kept for a later part, and what the job remembers
 * of it (counts and unit names only: this goes into the job state, the log and the
 * dialog, so never a person or a password).
 */
import type { CheckResult } from '../domain/check';
import { signInAt } from '../domain/handover';
import { approvedRecipients, pendingRecipients } from '../domain/recipients';
import { HANDOVER_RECORD_TEXT, HANDOVER_TEXT as T, RECIPIENT_TEXT as R } from '../i18n/handover';
import { deployConfig } from './deploy-config';
import { escapeHtml, ownerEmail } from './env';
import type { PasswordBook } from './batch-passwords';
import { exportable } from './exports';
import { makeHandoverLists, retireMovedUnits, sendWaitingMails, type HandoverFile } from './handover';
import { readApprovals } from './recipient-approval';
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
  /** Units whose proposed focal address waits for Văn phòng's approval. */
  waitingUnits?: number;
  /** Who received the job's lists and how many addresses each (the first MAX_NAMED_RECIPIENTS by name). */
  recipients?: Recipients;
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

/**
 * A run with nothing to hand over: a former focal person still loses access, by the same
 * rule as a hand-over (a unit keeps its lists only with the address Văn phòng approves for
 * it now), and mails that waited for the quota still go out; one read of the properties
 * serves both. What to remember of it, or null when nothing happened.
 */
export function retireAndMail(ctx: RunContext, result: CheckResult): HandoverMemo | null {
  const all = ctx.props.getProperties();
  const approved = result.focalContacts
    ? approvedRecipients(result.focalContacts, readApprovals(ctx.ss, ctx.props).approvals)
    : null;
  const unretired = retireMovedUnits(ctx.props, approved, all);
  const mails = sendWaitingMails(ctx.props, signInAt(ctx.settings.mailPlatform, ctx.settings.domain), all);
  if (mails.sent + mails.waiting + unretired.length === 0) return null;
  const named = unretired.slice(0, MAX_NAMED_UNITS);
  return { ...EMPTY, mailsSent: mails.sent, mailsPending: mails.waiting, unretired: named };
}

export function handOver(
  ctx: RunContext,
  job: { id: string; user: string },
  result: CheckResult,
  passwords: PasswordBook | null,
  at: { batch: number; now: Date; deadline: number },
  before: HandoverMemo | undefined,
): { memo: HandoverMemo; done: boolean; files: HandoverFile[] } {
  const so = before ?? EMPTY;
  // The menu already refused others; checked here too, as the lists hold passwords.
  if (!mayChange(job.user, ownerEmail(ctx.ss), ctx.settings, deployConfig().officeAccounts).ok)
    return { memo: { ...so, ok: false, message: T.notAllowed }, done: true, files: [] };
  if (!passwords) return { memo: { ...so, ok: false, message: T.changedMeanwhile }, done: true, files: [] };
  // Only the addresses Văn phòng approved receive a list; a unit still waiting goes to Văn phòng's file.
  const { approvals } = readApprovals(ctx.ss, ctx.props);
  const focal = approvedRecipients(result.focalContacts, approvals);
  const waiting = new Set(pendingRecipients(result.focalContacts, approvals, result.domain).map((p) => p.unitKey));
  const signIn = signInAt(ctx.settings.mailPlatform, ctx.settings.domain);
  const records = exportable(result.provisioning, result.domain);
  const made = makeHandoverLists(
    ctx.props,
    records,
    focal,
    passwords,
    { ...at, signIn },
    new Set(result.movedAddresses),
  );
  const names = [...so.units, ...made.files.flatMap((f) => f.perUnit.map((u) => u.unit))];
  const office = made.files.find((f) => f.kind === 'office');
  return {
    memo: {
      ok: true,
      lists: so.lists + made.files.length,
      units: names.slice(0, MAX_NAMED_UNITS),
      moreUnits: so.moreUnits + Math.max(0, names.length - MAX_NAMED_UNITS),
      shared: so.shared + made.files.filter((f) => f.kind === 'unit').length,
      created: so.created + made.files.length,
      mailsSent: so.mailsSent + made.mailsSent,
      mailsPending: made.mailsPending,
      officeUrl: office?.url ?? so.officeUrl,
      officeUnits: office?.perUnit.length ?? so.officeUnits,
      // A later part of the job tries the same old lists again: one note per file.
      unretired: [...(so.unretired ?? []), ...made.unretired]
        .filter((u, i, all) => all.findIndex((v) => v.url === u.url) === i)
        .slice(0, MAX_NAMED_UNITS),
      waitingUnits: waiting.size,
      recipients: tallyRecipients(so.recipients ?? [], made.files),
    },
    done: made.done,
    files: made.files,
  };
}

/** Each recipient ('' for Văn phòng's file) and the addresses its lists hold, over the job's parts. */
type Recipients = { to: string; addresses: number }[];

/** The job state lives in one property value (9 KB): recipients beyond this are counted under one line. */
const MAX_NAMED_RECIPIENTS = 20;

function tallyRecipients(before: Recipients, files: readonly HandoverFile[]): Recipients {
  const byTo = new Map(before.map((r) => [r.to, r.addresses]));
  for (const f of files) {
    const to = byTo.has(f.sharedWith) || byTo.size < MAX_NAMED_RECIPIENTS ? f.sharedWith : R.others;
    byTo.set(to, (byTo.get(to) ?? 0) + f.perUnit.reduce((n, u) => n + u.rows, 0));
  }
  return [...byTo].map(([to, addresses]) => ({ to, addresses }));
}

const recipientLines = (memo: HandoverMemo): string[] =>
  (memo.recipients ?? []).map((r) => R.recipientLine(r.to || R.office, r.addresses));

export function handoverLogNote(memo: HandoverMemo): string {
  if (!memo.ok) return memo.message ?? '';
  const names = memo.moreUnits > 0 ? [...memo.units, `… +${memo.moreUnits}`] : memo.units;
  const unretired = (memo.unretired ?? []).map((u) => T.unretired(u.unit, u.url, u.outcome, u.owner));
  return [
    `${T.log(memo.lists, names)}, ${T.logMails(memo.mailsSent, memo.mailsPending)}`,
    R.logRecipients(recipientLines(memo)),
    memo.lists > 0 ? HANDOVER_RECORD_TEXT.seeRecord : '',
    memo.waitingUnits ? R.pendingNote(memo.waitingUnits) : '',
    ...unretired,
  ]
    .filter(Boolean)
    .join(' ');
}

export function handoverDialog(memo: HandoverMemo): string {
  if (!memo.ok) return `<p>${escapeHtml(memo.message ?? '')}</p>`;
  const office = memo.officeUrl
    ? `<p><a href="${escapeHtml(memo.officeUrl)}" target="_blank" rel="noopener">${escapeHtml(T.officeOpen)}</a></p>`
    : '';
  const unretired = (memo.unretired ?? [])
    .map((u) => `<p style="color:#b3261e">${escapeHtml(T.unretired(u.unit, u.url, u.outcome, u.owner))}</p>`)
    .join('');
  const list = recipientLines(memo)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('');
  const waiting = memo.waitingUnits ? `<p>${escapeHtml(R.pendingNote(memo.waitingUnits))}</p>` : '';
  return (
    `<h3 style="font-size:14px">${escapeHtml(T.dialogTitle)}</h3><p>${escapeHtml(T.dialogBody(memo.shared, memo.officeUnits))}</p>${office}${unretired}` +
    `<p>${escapeHtml(R.dialogRecipients)}:</p><ul style="max-height:160px;overflow:auto">${list}</ul>${waiting}`
  );
}
