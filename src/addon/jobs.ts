/**
 * Resumable jobs. A job is a list of named steps; the index of the next step (and
 * whatever the finished steps must pass on) is checkpointed in document properties.
 * Before each step the run compares its own elapsed time with a safe budget and, when
 * short, schedules `onResumeJob` and stops. Steps are idempotent (owned columns are a
 * pure function of the input and the address ledger), so a resumed run may re-read.
 *
 * The resume timer keeps to a published Editor add-on's rules
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers, "Installable
 * triggers restrictions"): one time-driven trigger per user per document, and none more often
 * than hourly. So when the runner's own hourly check is the document's check, that check
 * carries the job on and no second timer is made; otherwise one one-off timer, due after a
 * minute in a bound script and after an hour in the add-on (the runner can carry on sooner
 * from the menu).
 */
import { ownsRecordedCheck } from './auto-state';
import { deployConfig } from './deploy-config';
import { recordTriggerDocument, removeTrigger } from './trigger-context';

export const JOB_KEY = 'job';
export const RESUME_HANDLER = 'onResumeJob';
/** Apps Script stops a run at 6 minutes; a step starts only if it would still fit. */
export const TIME_BUDGET_MS = 270_000;
export const HARD_LIMIT_MS = 330_000;
export const RESUME_AFTER_MS = { bound: 60_000, addon: 3_600_000 } as const;
/**
 * A checkpoint not carried on for this long is abandoned rather than blocking every new run;
 * counted from the last checkpoint, and longer than the add-on's hour between resumes.
 */
export const STALE_JOB_MS = 2 * 60 * 60_000;

/** A job of `Step`s (each caller names its own union of step names). */
export interface JobState<Memo, Step extends string = string> {
  id: string;
  action: string;
  user: string;
  steps: Step[];
  next: number;
  part: number;
  startedAt: number;
  /** What earlier steps hand on to later ones (counts, export result): plain JSON. */
  memo: Memo;
  /** The one-off timer meant to carry this job on ('' when the runner's hourly check does). */
  resumeTriggerUid?: string;
  /** When the checkpoint was last saved. */
  savedAt?: number;
}

type Props = GoogleAppsScript.Properties.Properties;

export function loadJob<M, S extends string = string>(props: Props, now: number): JobState<M, S> | null {
  const raw = props.getProperty(JOB_KEY);
  if (!raw) return null;
  try {
    const job = JSON.parse(raw) as JobState<M, S>;
    return now - (job.savedAt ?? job.startedAt) > STALE_JOB_MS ? null : job;
  } catch {
    return null;
  }
}

export function saveJob<M, S extends string>(props: Props, job: JobState<M, S>): void {
  job.savedAt = Date.now();
  props.setProperty(JOB_KEY, JSON.stringify(job));
}

export function clearJob(props: Props): void {
  props.deleteProperty(JOB_KEY);
}

/** Returns the new timer's unique id, or '' when the runner's hourly check will carry the job on. */
export function scheduleResume(props: Props, user: string): string {
  removeResumeTriggers();
  if (ownsRecordedCheck(props, user)) return '';
  const trigger = ScriptApp.newTrigger(RESUME_HANDLER)
    .timeBased()
    .after(RESUME_AFTER_MS[deployConfig().target])
    .create();
  recordTriggerDocument(trigger, SpreadsheetApp.getActive().getId());
  return trigger.getUniqueId();
}

/**
 * When `user`'s hourly check stops (switched off, or retired because another account switched
 * it off), a paused job of theirs that counted on it gets its own timer rather than wait for ever.
 */
export function keepPausedJobGoing(props: Props, user: string, now: number): void {
  const job = loadJob(props, now);
  if (!job || job.user.toLowerCase() !== user.toLowerCase() || job.resumeTriggerUid) return;
  job.resumeTriggerUid = scheduleResume(props, user);
  saveJob(props, job);
}

/** This document's resume timers of the current user (an add-on's other documents keep theirs). */
export function removeResumeTriggers(): void {
  for (const t of ScriptApp.getUserTriggers(SpreadsheetApp.getActive()))
    if (t.getHandlerFunction() === RESUME_HANDLER) removeTrigger(t);
}

/** `again`: the step did part of its work and must run once more, in the next part of the job. */
export type StepOutcome = { stop: false; again?: boolean } | { stop: true; reason: 'problem'; message: string };

/**
 * Runs the remaining steps of `job`. Returns 'done', 'paused' (checkpoint saved and a
 * resume scheduled) or the input problem that stopped it.
 */
export function runSteps<M, S extends string>(
  props: Props,
  job: JobState<M, S>,
  runStep: (step: S, index: number) => StepOutcome,
  runStartedAt: number,
  onStep?: (step: S, index: number) => void,
): { state: 'done' } | { state: 'paused' } | { state: 'problem'; message: string } {
  // The longest step seen so far is the best guess of what the next one costs.
  let longestStep = 0;
  for (; job.next < job.steps.length; job.next++) {
    const elapsed = Date.now() - runStartedAt;
    if (elapsed > TIME_BUDGET_MS || elapsed + longestStep > HARD_LIMIT_MS) {
      job.part += 1;
      job.resumeTriggerUid = scheduleResume(props, job.user);
      saveJob(props, job);
      return { state: 'paused' };
    }
    const step = job.steps[job.next];
    onStep?.(step, job.next);
    const stepStartedAt = Date.now();
    const outcome = runStep(step, job.next);
    longestStep = Math.max(longestStep, Date.now() - stepStartedAt);
    if (outcome.stop) {
      clearJob(props);
      return { state: 'problem', message: outcome.message };
    }
    if (outcome.again) {
      job.part += 1;
      job.resumeTriggerUid = scheduleResume(props, job.user);
      saveJob(props, job);
      return { state: 'paused' };
    }
  }
  clearJob(props);
  return { state: 'done' };
}
