/**
 * "Duyệt email đầu mối nhận bàn giao": Văn phòng's dialog over every pending proposal of
 * 'Tổng hợp' (unit, old address, new address, addresses outside the domain marked), with
 * approve all, approve one and reject. The approvals go into 'Đầu mối đã duyệt', which only
 * Văn phòng may edit; every function here checks Văn phòng's rights itself, as a page can
 * call it with anything.
 */
import { focalContacts, type FocalContact } from '../domain/rules/summary-sheet';
import {
  approvalValues,
  approvedRecipients,
  decide,
  parseApprovals,
  pendingRecipients,
  type Approvals,
  type Decision,
  type PendingRecipient,
} from '../domain/recipients';
import { checkSummary } from '../domain/summary';
import { RECIPIENT_TEXT as T } from '../i18n/handover';
import { appendLog } from '../sheets/log-sheet';
import { SHEETS } from '../sheets/names';
import { readOwnedTable, writeOwnedTable } from '../sheets/owned-table';
import { readTable } from '../sheets/read';
import { registerEditors } from './actions';
import { ownedSheetIds } from './owned-sheets';
import { uiOrNull } from './env';
import { guarded, requireChanger, type Refusal } from './guard';
import { withOfficeLock } from './lock-priority';
import { openRunContext, type RunContext } from './run-context';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Props = GoogleAppsScript.Properties.Properties;

export interface RecipientReview {
  ok: true;
  domain: string;
  pending: PendingRecipient[];
  approved: number;
  /** A problem to show above the list (the approvals sheet is not the add-on's). */
  warning?: string;
  /** What the last decision did. */
  done?: string;
}

/** What Văn phòng approved: none when the sheet of that name was not made by the add-on. */
export function readApprovals(ss: Spreadsheet, props: Props): { approvals: Approvals; planted: boolean } {
  const { table, planted } = readOwnedTable(ss, SHEETS.recipients, ownedSheetIds(props));
  return { approvals: parseApprovals(table), planted };
}

/** Every unit's proposals as 'Tổng hợp' holds them now (one read of the sheet). */
function proposals(ss: Spreadsheet): FocalContact[] | null {
  return focalContacts(checkSummary(readTable(ss, SHEETS.summary), new Map()));
}

/** What the review shows: the approvals and the proposals, read here unless the caller holds them. */
interface Seen {
  approvals: Approvals;
  planted: boolean;
  contacts: FocalContact[] | null;
}

function review(ctx: RunContext, seen?: Seen, done?: string): RecipientReview {
  const { approvals, planted, contacts } = seen ?? { ...readApprovals(ctx.ss, ctx.props), contacts: proposals(ctx.ss) };
  return {
    ok: true,
    domain: ctx.settings.domain,
    pending: pendingRecipients(contacts, approvals, ctx.settings.domain),
    approved: approvedRecipients(contacts, approvals).size,
    ...(planted ? { warning: T.planted } : contacts === null ? { warning: T.noSummary } : {}),
    ...(done ? { done } : {}),
  };
}

export function getRecipientReview(): RecipientReview | Refusal {
  return guarded(false, (): RecipientReview | Refusal => {
    const ctx = openRunContext(false);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    return review(ctx);
  });
}

/** At most this many decisions a call: 2,000 units with a few proposals each. */
const MAX_DECISIONS = 10_000;

function decisionsOf(raw: unknown): Decision[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .slice(0, MAX_DECISIONS)
    .filter(
      (d): d is Decision =>
        !!d && typeof d === 'object' && typeof d.unitKey === 'string' && typeof d.address === 'string',
    )
    .map((d) => ({ unitKey: d.unitKey, address: d.address.trim().toLowerCase() }));
}

/** Approves and rejects what the dialog sent, as far as it is still pending; logged in 'Nhật ký'. */
export function decideRecipients(input: { approve?: unknown; reject?: unknown }): RecipientReview | Refusal {
  return guarded(false, (): RecipientReview | Refusal => {
    const ctx = openRunContext(false);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    return withOfficeLock(false, (): RecipientReview | Refusal => {
      const now = new Date(ctx.startedAt);
      const { approvals, planted } = readApprovals(ctx.ss, ctx.props);
      if (planted) return { ok: false, message: T.planted };
      const contacts = proposals(ctx.ss);
      const pending = pendingRecipients(contacts, approvals, ctx.settings.domain);
      const made = decide(
        approvals,
        pending,
        { approve: decisionsOf(input?.approve), reject: decisionsOf(input?.reject) },
        who.user,
        now,
      );
      if (made.approved + made.rejected > 0) {
        const values = approvalValues(made.approvals);
        const office = registerEditors(ctx, who.user);
        if (!writeOwnedTable(ctx.ss, SHEETS.recipients, ownedSheetIds(ctx.props), values, office, T.protection))
          return { ok: false, message: T.planted };
      }
      const done = T.done(made.approved, made.rejected, made.stale);
      appendLog(ctx.ss, {
        at: now,
        user: who.user,
        action: T.menuItem,
        rowsRead: pending.length,
        findings: 0,
        assigned: 0,
        elapsedMs: Date.now() - ctx.startedAt,
        note: done,
      });
      // What was just written, and the proposals decided on: no second read of either sheet.
      return review(ctx, { approvals: made.approvals, planted: false, contacts }, done);
    });
  });
}

export function menuReviewRecipients(): { ok: true; page: string } | Refusal {
  return guarded(true, (): { ok: true; page: string } | Refusal => {
    const ctx = openRunContext(true);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    const page = HtmlService.createHtmlOutputFromFile('recipients').setWidth(860).setHeight(600);
    uiOrNull()?.showModalDialog(page, T.title);
    return { ok: true, page: 'recipients' };
  });
}
