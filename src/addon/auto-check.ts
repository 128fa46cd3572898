/**
 * The hourly check: a toggle that installs or removes the document's one time-driven trigger
 * (see auto-state.ts), and the trigger's handler, which first carries on its owner's paused
 * job (the add-on allows its owner no second timer in this document), then re-checks only when
 * the roster ('Danh sách' and its other tabs) changed since its last run.
 */
import { runCheck, type CheckResult } from '../domain/check';
import type { WorkbookInput } from '../domain/types';
import { UI } from '../i18n/ui';
import { appendLog } from '../sheets/log-sheet';
import { readWorkbookInput } from '../sheets/read';
import { syncRegister } from '../sheets/register-sheet';
import { syncLedger } from '../sheets/ledger-sheet';
import { writeRosterMarks, writeRosterOwned } from '../sheets/roster-write';
import { LEDGER_TEXT, REGISTER_TEXT } from '../i18n/register';
import { registerKey } from './register-key';
import { guardOwnedSheets, ownedSheetIds } from './owned-sheets';
import { registerEditors } from './actions';
import { saveSnapshot } from './dashboard';
import { rosterDigest, valuesDigest } from './digest';
import { showAlert } from './env';
import { ACCESS } from '../i18n/access';
import { executeJob, type ActionMemo, type ActionStep, type ActionSummary } from './actions';
import { readAutoCheck, TIMED_HANDLER, writeAutoCheck } from './auto-state';
import { guarded, refuseBusy, requireChanger, type Refusal } from './guard';
import { withOfficeLock } from './lock-priority';
import { keepPausedJobGoing, loadJob, RESUME_HANDLER } from './jobs';
import { showPendingNotice } from './notices';
import { buildDigests, sendDigests } from './notify';
import { openRunContext, type RunContext } from './run-context';
import { sendWaitingMails } from './handover';
import { signInAt } from '../domain/handover';
import { HANDOVER_TEXT } from '../i18n/handover';
import { recordTriggerDocument, removeTrigger, retireOutsideDocument, runsInDocument } from './trigger-context';
import { ownTriggerOf } from './trigger-origin';

const DIGEST_KEY = 'rosterDigest';

export function toggleAutoCheck(): { ok: true; enabled: boolean } | Refusal {
  return guarded(true, () => {
    const ctx = openRunContext(true);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    showPendingNotice(ctx.props, who.user);
    return withOfficeLock(true, () => {
      // This document's triggers only: in the add-on, getProjectTriggers() lists the user's
      // triggers of every document, and switching here must leave the others alone.
      const own = ScriptApp.getUserTriggers(ctx.ss);
      const mine = own.filter((t) => t.getHandlerFunction() === TIMED_HANDLER);
      const state = readAutoCheck(ctx.props);
      if (state) {
        // Whoever switched it on, any Văn phòng account switches it off: the record goes now,
        // this account's own timer too; another account's timer retires itself when it next fires.
        for (const t of mine) removeTrigger(t);
        writeAutoCheck(ctx.props, null);
        keepPausedJobGoing(ctx.props, who.user, ctx.startedAt);
        const other = state.owner.toLowerCase() !== who.user.toLowerCase();
        showAlert(other ? ACCESS.autoOffOther(state.owner) : UI.alerts.autoOff);
        return { ok: true as const, enabled: false };
      }
      // One time-driven trigger per user per document (add-on rule): a stale timer of this
      // account and its pending resume timer give way; the hourly check carries a paused job on.
      for (const t of own)
        if (t.getHandlerFunction() === TIMED_HANDLER || t.getHandlerFunction() === RESUME_HANDLER) removeTrigger(t);
      const trigger = ScriptApp.newTrigger(TIMED_HANDLER).timeBased().everyHours(1).create();
      recordTriggerDocument(trigger, ctx.ss.getId());
      writeAutoCheck(ctx.props, { owner: who.user, triggerUid: trigger.getUniqueId() });
      ctx.props.deleteProperty(DIGEST_KEY);
      showAlert(UI.alerts.autoOn);
      return { ok: true as const, enabled: true };
    });
  });
}

/** A line of the timed check in Nhật ký that read no rows: a note only. */
function logTimedNote(ctx: RunContext, user: string, note: string): void {
  appendLog(ctx.ss, {
    at: new Date(ctx.startedAt),
    user,
    action: UI.actions.timed,
    rowsRead: 0,
    findings: 0,
    assigned: 0,
    elapsedMs: Date.now() - ctx.startedAt,
    note,
  });
}

/** Hand-over mails that waited for the day's quota go out hourly too, not only at the next export. */
function sendMailsWaiting(ctx: RunContext, user: string): void {
  const mails = sendWaitingMails(ctx.props, signInAt(ctx.settings.mailPlatform, ctx.settings.domain));
  if (mails.sent > 0) logTimedNote(ctx, user, HANDOVER_TEXT.logMails(mails.sent, mails.waiting));
}

export type TimedOutcome =
  { ok: true; changed: boolean; counts?: unknown; mail?: string; retired?: true } | ActionSummary | Refusal;

/** A timed check that could not run leaves its reason in Nhật ký, where Văn phòng looks. */
function logRefusal(ctx: RunContext, user: string, message: string): TimedOutcome {
  logTimedNote(ctx, user, message);
  return { ok: false, message };
}

/**
 * The register before the column that shows it (see actions.ts), then the ledger and the
 * marks; what could not be kept, to say in Nhật ký.
 */
function writeTimedResults(
  ctx: RunContext,
  result: CheckResult,
  tabs: WorkbookInput['rosterTabs'],
  office: string[],
): string[] {
  const held = syncRegister(ctx.ss, result.register, office, ownedSheetIds(ctx.props));
  writeRosterOwned(ctx.ss, result, tabs);
  const ledgerKept = syncLedger(ctx.ss, ctx.props, result, office, ownedSheetIds(ctx.props));
  writeRosterMarks(ctx.ss, result, false);
  return [held ? '' : REGISTER_TEXT.unprotected, ledgerKept ? '' : LEDGER_TEXT.planted];
}

/**
 * The hourly trigger's handler. A page can call it too: it acts only for the caller's own
 * trigger that the document records as its check (a forged call does nothing), and only while
 * that trigger's owner is a Văn phòng account.
 */
export function timedCheck(e?: unknown): TimedOutcome {
  return guarded(false, (): TimedOutcome => {
    const trigger = ownTriggerOf(e, TIMED_HANDLER);
    if (!trigger) return { ok: false, message: ACCESS.triggerOnly };
    if (!runsInDocument()) return retireOutsideDocument(trigger);
    const ctx = openRunContext(false);
    const state = readAutoCheck(ctx.props);
    const who = requireChanger(ctx);
    if (!state || state.triggerUid !== trigger.getUniqueId() || !who.ok) {
      // Switched off (or replaced) by another account, or its owner is no longer Văn phòng.
      removeTrigger(trigger);
      if (state?.triggerUid === trigger.getUniqueId()) writeAutoCheck(ctx.props, null);
      if (who.ok) keepPausedJobGoing(ctx.props, who.user, ctx.startedAt);
      return { ok: true, changed: false, retired: true };
    }
    return withOfficeLock(false, (): TimedOutcome => {
      // A long menu job paused by the time limit owns the sheet until it finishes; its owner's
      // hourly check is also its resume timer.
      const paused = loadJob<ActionMemo, ActionStep>(ctx.props, ctx.startedAt);
      if (paused && paused.user.toLowerCase() === who.user.toLowerCase()) return executeJob(ctx, paused);
      if (paused) return refuseBusy(false);
      const office = registerEditors(ctx, '');
      const guard: { warnings?: string[] } = {};
      const planted = guardOwnedSheets(ctx, office, guard, true);
      if (planted) return logRefusal(ctx, who.user, planted);
      sendMailsWaiting(ctx, who.user);
      const input = readWorkbookInput(ctx.ss);
      if (!input.rosterTabs?.length) return { ok: true, changed: false };
      // A pasted directory list changes statuses, and each day may turn a batch a week old (NOT_CREATED).
      const listed = input.directory
        ? [valuesDigest(input.directory.values), new Date(ctx.startedAt).toDateString()]
        : [];
      const digest = [rosterDigest(input.rosterTabs), ...listed].join('|');
      if (ctx.props.getProperty(DIGEST_KEY) === digest) return { ok: true, changed: false };

      const now = new Date(ctx.startedAt);
      const result = runCheck(input, {
        settings: ctx.settings,
        now,
        assignAddresses: false,
        stampReceivedAt: true,
        registerKey: registerKey(ctx.props),
      });
      if (!result.ok) {
        ctx.props.setProperty(DIGEST_KEY, digest);
        return logRefusal(ctx, who.user, result.message);
      }
      saveSnapshot(result.report, now, ctx.settings.domain);
      const written = writeTimedResults(ctx, result, input.rosterTabs, office);
      const mail = ctx.settings.notifyFocalPersons ? sendDigests(buildDigests(result), ctx.props, now) : '';
      appendLog(ctx.ss, {
        at: now,
        user: who.user,
        action: UI.actions.timed,
        rowsRead: result.counts.rowsRead,
        findings: result.counts.findings,
        assigned: 0,
        eofficeRequests: result.counts.eofficeRequests,
        signatureRequests: result.counts.signatureRequests,
        elapsedMs: Date.now() - ctx.startedAt,
        note: [ctx.settingsWarning ?? '', mail, ...(guard.warnings ?? []), ...written].filter(Boolean).join(' '),
      });
      ctx.props.setProperty(DIGEST_KEY, digest);
      return { ok: true, changed: true, counts: result.counts, mail };
    });
  });
}
