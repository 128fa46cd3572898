/**
 * Resumable jobs. A job is a list of named steps; the index of the next step (and
 * whatever the finished steps must pass on) is checkpointed in document properties.
 * Before each step the run compares its own elapsed time with a safe budget and, when
 * short, schedules `onResumeJob` and stops. Steps are idempotent (owned columns are a
 * pure function of the input and the address ledger), so a resumed run may re-read.
 */

export const JOB_KEY = 'job';
export const RESUME_HANDLER = 'onResumeJob';
/** Apps Script stops a run at 6 minutes; a step starts only if it would still fit. */
export const TIME_BUDGET_MS = 270_000;
export const HARD_LIMIT_MS = 330_000;
export const RESUME_AFTER_MS = 60_000;
/** A checkpoint older than this is abandoned rather than blocking every new run. */
export const STALE_JOB_MS = 60 * 60_000;

export interface JobState<Memo> {
  id: string;
  action: string;
  user: string;
  steps: string[];
  next: number;
  part: number;
  startedAt: number;
  /** What earlier steps hand on to later ones (counts, export result): plain JSON. */
  memo: Memo;
}

type Props = GoogleAppsScript.Properties.Properties;

export function loadJob<M>(props: Props, now: number): JobState<M> | null {
  const raw = props.getProperty(JOB_KEY);
  if (!raw) return null;
  try {
    const job = JSON.parse(raw) as JobState<M>;
    return now - job.startedAt > STALE_JOB_MS ? null : job;
  } catch {
    return null;
  }
}

export function saveJob<M>(props: Props, job: JobState<M>): void {
  props.setProperty(JOB_KEY, JSON.stringify(job));
}

export function clearJob(props: Props): void {
  props.deleteProperty(JOB_KEY);
}

export function scheduleResume(): void {
  removeResumeTriggers();
  ScriptApp.newTrigger(RESUME_HANDLER).timeBased().after(RESUME_AFTER_MS).create();
}

export function removeResumeTriggers(): void {
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === RESUME_HANDLER) ScriptApp.deleteTrigger(t);
}

/** `again`: the step did part of its work and must run once more, in the next part of the job. */
export type StepOutcome = { stop: false; again?: boolean } | { stop: true; reason: 'problem'; message: string };

/**
 * Runs the remaining steps of `job`. Returns 'done', 'paused' (checkpoint saved and a
 * resume scheduled) or the input problem that stopped it.
 */
export function runSteps<M>(
  props: Props,
  job: JobState<M>,
  runStep: (step: string, index: number) => StepOutcome,
  runStartedAt: number,
  onStep?: (step: string, index: number) => void,
): { state: 'done' } | { state: 'paused' } | { state: 'problem'; message: string } {
  // The longest step seen so far is the best guess of what the next one costs.
  let longestStep = 0;
  for (; job.next < job.steps.length; job.next++) {
    const elapsed = Date.now() - runStartedAt;
    if (elapsed > TIME_BUDGET_MS || elapsed + longestStep > HARD_LIMIT_MS) {
      job.part += 1;
      saveJob(props, job);
      scheduleResume();
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
      saveJob(props, job);
      scheduleResume();
      return { state: 'paused' };
    }
  }
  clearJob(props);
  return { state: 'done' };
}
