/** Menu entry points for the workbook actions, and the resume trigger. */
import { UI } from '../i18n/ui';
import { executeJob, newJob, type ActionMemo, type ActionName, type ActionStep, type ActionSummary } from './actions';
import { showAlert } from './env';
import { guarded, LOCK_WAIT_MS, requireChanger, withDocumentLock } from './guard';
import { loadJob, removeResumeTriggers, scheduleResume } from './jobs';
import { openRunContext } from './run-context';

export function runMenuAction(action: ActionName): ActionSummary {
  return guarded(true, () => {
    const ctx = openRunContext(true);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    return withDocumentLock(LOCK_WAIT_MS, true, (): ActionSummary => {
      // A job paused by the time limit finishes first; running another now would race it.
      if (loadJob(ctx.props, ctx.startedAt)) {
        showAlert(UI.alerts.busy);
        return { ok: false, message: UI.alerts.busy, busy: true };
      }
      return executeJob(ctx, newJob(action, who.user, ctx.startedAt));
    });
  });
}

export function resumeJob(): ActionSummary | { ok: true; idle: true } {
  return guarded(false, () => {
    const ctx = openRunContext(false);
    const outcome = withDocumentLock(LOCK_WAIT_MS, false, () => {
      removeResumeTriggers();
      const job = loadJob<ActionMemo, ActionStep>(ctx.props, ctx.startedAt);
      if (!job) return { ok: true as const, idle: true as const };
      return executeJob(ctx, job);
    });
    // Another run holds the workbook: try again later rather than lose the job.
    if (!outcome.ok && 'busy' in outcome && outcome.busy) scheduleResume();
    return outcome;
  });
}
