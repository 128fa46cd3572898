/** Menu entry points for the workbook actions, and the resume trigger. */
import { ACCESS } from '../i18n/access';
import { executeJob, newJob, type ActionMemo, type ActionName, type ActionStep, type ActionSummary } from './actions';
import { showAlert } from './env';
import { guarded, refuseBusy, requireChanger, type Refusal } from './guard';
import { withOfficeLock } from './lock-priority';
import { loadJob, removeResumeTriggers, RESUME_HANDLER, saveJob, scheduleResume } from './jobs';
import { showPendingNotice } from './notices';
import { openRunContext } from './run-context';
import { retireOutsideDocument, runsInDocument } from './trigger-context';
import { ownTriggerOf } from './trigger-origin';

const sameUser = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function runMenuAction(action: ActionName): ActionSummary {
  return guarded(true, () => {
    const ctx = openRunContext(true);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    showPendingNotice(ctx.props, who.user);
    return withOfficeLock(true, (): ActionSummary => {
      // A job paused by the time limit finishes first; running another now would race it.
      // Its own runner may carry it on at once rather than wait for the timer.
      const paused = loadJob<ActionMemo, ActionStep>(ctx.props, ctx.startedAt);
      if (paused && sameUser(paused.user, who.user)) {
        removeResumeTriggers();
        showAlert(ACCESS.continuing);
        return executeJob(ctx, paused);
      }
      if (paused) return refuseBusy();
      return executeJob(ctx, newJob(action, who.user, ctx.startedAt));
    });
  });
}

/**
 * The resume timer's handler. A page can call it too, with any object as the event, so it
 * acts only for the timer the paused job recorded (its unique id lives in document properties,
 * which no page can read), only for a Văn phòng account and only on that account's own job:
 * a forged call does nothing and schedules nothing. (The recorded id rather than
 * getProjectTriggers(): a one-off timer's listing while it runs is not something to rely on.)
 */
export function resumeJob(e?: unknown): ActionSummary | { ok: true; idle: true } | Refusal {
  return guarded(false, () => {
    const uid = triggerUidOf(e);
    if (uid === '') return { ok: false as const, message: ACCESS.triggerOnly };
    if (!runsInDocument()) {
      const own = ownTriggerOf(e, RESUME_HANDLER);
      return own ? retireOutsideDocument(own) : { ok: false as const, message: ACCESS.triggerOnly };
    }
    const ctx = openRunContext(false);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    const outcome = withOfficeLock(false, (): ActionSummary | { ok: true; idle: true } | Refusal => {
      const job = loadJob<ActionMemo, ActionStep>(ctx.props, ctx.startedAt);
      if (!job) {
        removeResumeTriggers();
        return { ok: true as const, idle: true as const };
      }
      if (job.resumeTriggerUid !== uid || !sameUser(job.user, who.user))
        return { ok: false as const, message: ACCESS.triggerOnly };
      removeResumeTriggers();
      return executeJob(ctx, job);
    });
    // Another run holds the workbook: try again later rather than lose the job.
    if (!outcome.ok && 'busy' in outcome && outcome.busy) {
      const job = loadJob<ActionMemo, ActionStep>(ctx.props, ctx.startedAt);
      if (job && sameUser(job.user, who.user)) {
        job.resumeTriggerUid = scheduleResume(ctx.props, who.user);
        saveJob(ctx.props, job);
      }
    }
    return outcome;
  });
}

function triggerUidOf(e: unknown): string {
  const uid = e !== null && typeof e === 'object' ? (e as { triggerUid?: unknown }).triggerUid : undefined;
  return typeof uid === 'string' || typeof uid === 'number' ? String(uid) : '';
}
