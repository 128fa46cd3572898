/**
 * The hand-over step of an export: who may make the lists, the focal e-mails of
 * Tổng hợp, and what the run remembers of it (counts and unit names only: this goes
 * into the job state, the log and the dialog, so never a person or a password).
 */
import type { CheckResult } from '../domain/check';
import { focalEmails } from '../domain/handover';
import { checkSummary } from '../domain/summary';
import type { RawTable } from '../domain/types';
import { HANDOVER_TEXT as T } from '../i18n/handover';
import { escapeHtml, ownerEmail } from './env';
import { stamp, type PasswordBook } from './exports';
import { makeHandoverLists } from './handover';
import { mayChange } from './permissions';
import type { RunContext } from './run-context';

/** The job state lives in one property value (9 KB): unit names beyond this go uncounted by name. */
const MAX_NAMED_UNITS = 60;

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
  message?: string;
}

export function handOver(
  ctx: RunContext,
  user: string,
  result: CheckResult,
  summary: RawTable | null,
  passwords: PasswordBook,
  now: Date,
): HandoverMemo {
  const empty: HandoverMemo = {
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
  // The menu already refused others; checked here too, as the lists hold passwords.
  if (!mayChange(user, ownerEmail(ctx.ss), ctx.settings).ok) return { ...empty, ok: false, message: T.notAllowed };
  const declared = checkSummary(summary, new Map());
  const focal = declared && declared.ok ? focalEmails(declared.units) : new Map<string, string>();
  const made = makeHandoverLists(ctx.props, result.provisioning, focal, passwords, T.officeFileName(stamp(now)));
  const units = made.files.flatMap((f) => f.units);
  const office = made.files.find((f) => f.kind === 'office');
  return {
    ...empty,
    lists: made.files.length,
    units: units.slice(0, MAX_NAMED_UNITS),
    moreUnits: Math.max(0, units.length - MAX_NAMED_UNITS),
    shared: made.files.filter((f) => f.kind === 'unit').length,
    created: made.created,
    updated: made.updated,
    mailsSent: made.mailsSent,
    mailsPending: made.mailsPending,
    officeUrl: office?.url ?? '',
    officeUnits: office?.units.length ?? 0,
  };
}

export function handoverLogNote(memo: HandoverMemo): string {
  if (!memo.ok) return memo.message ?? '';
  const names = memo.moreUnits > 0 ? [...memo.units, `… +${memo.moreUnits}`] : memo.units;
  return `${T.log(memo.lists, names)}, ${T.logMails(memo.mailsSent, memo.mailsPending)}`;
}

export function handoverDialog(memo: HandoverMemo): string {
  if (!memo.ok) return `<p>${escapeHtml(memo.message ?? '')}</p>`;
  const office = memo.officeUrl
    ? `<p><a href="${escapeHtml(memo.officeUrl)}" target="_blank" rel="noopener">${escapeHtml(T.officeOpen)}</a></p>`
    : '';
  return `<h3 style="font-size:14px">${escapeHtml(T.dialogTitle)}</h3><p>${escapeHtml(T.dialogBody(memo.shared, memo.officeUnits))}</p>${office}`;
}
