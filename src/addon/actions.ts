/**
 * The menu's workbook actions as resumable jobs: check, assign, report, exports.
 * Each returns a plain summary (the offline command reads it) and tells the user.
 */
import type { RawTable, WorkbookInput } from '../domain/types';
import { runCheck, type CheckCounts, type CheckOptions, type CheckResult } from '../domain/check';
import { UI } from '../i18n/ui';
import { readWorkbookInput } from '../sheets/read';
import { writeReportSheet } from '../sheets/report-sheet';
import { syncRegister } from '../sheets/register-sheet';
import { writeRosterMarks, writeRosterOwned } from '../sheets/roster-write';
import { syncLedger } from '../sheets/ledger-sheet';
import { ACCESS } from '../i18n/access';
import { deployConfig } from './deploy-config';
import { ownerEmail, showAlert, showToast } from './env';
import { writeExportFile, type ExportSummary } from './exports';
import { runSteps, saveJob, type JobState, type StepOutcome } from './jobs';
import { leaveNotice } from './notices';
import type { RunContext } from './run-context';
import { saveSnapshot } from './dashboard';
import { finish, logJob, noticeOf } from './action-outcome';
import { dropSeed, restorePasswords, type DrawnPasswords, type PasswordBook } from './batch-passwords';
import {
  batchKinds,
  batchRequest,
  recordBatch,
  writeBatchFiles,
  type BatchedAction,
  type BatchMemo,
} from './batch-job';
import type { ResetSelection } from '../domain/batches';
import { handOver, retireAndMail, type HandoverMemo } from './handover-step';
import { recordHandover } from './handover-record';
import { TIME_BUDGET_MS } from './jobs';
import { guardOwnedSheets, ownedSheetIds } from './owned-sheets';
import { refuse } from './guard';
import { LEDGER_TEXT, REGISTER_TEXT } from '../i18n/register';
import { registerKey } from './register-key';

export type ActionName =
  | 'check'
  | 'assign'
  | 'report'
  | 'exportGoogle'
  | 'exportEntra'
  | 'exportZimbra'
  | 'exportEoffice'
  | 'exportSignature'
  | 'exportFindings'
  | 'all'
  | 'reset';

/** What a job does, in order; a paused job resumes at its next step. */
export type ActionStep =
  'owned' | 'ledger' | 'marks' | 'report' | 'export' | 'exportAll' | 'exportReset' | 'handover' | 'log';
export type ActionJob = JobState<ActionMemo, ActionStep>;

const PLANS: Record<ActionName, ActionStep[]> = {
  check: ['owned', 'ledger', 'marks', 'log'],
  assign: ['owned', 'ledger', 'marks', 'report', 'log'],
  report: ['report', 'log'],
  // 'owned' records the batch in the register before any file is written (a later part, or a
  // later run, then knows which addresses this batch holds) and shows it in Trạng thái.
  exportGoogle: ['owned', 'export', 'handover', 'log'],
  exportEntra: ['owned', 'export', 'handover', 'log'],
  exportZimbra: ['owned', 'export', 'handover', 'log'],
  exportFindings: ['export', 'log'],
  // Plan 5277's lists follow the addresses assigned so far (an export never assigns).
  exportEoffice: ['owned', 'export', 'log'],
  exportSignature: ['owned', 'export', 'log'],
  // One read and one check for everything Văn phòng hands over: addresses, report, every file.
  // 'owned' writes the register, batch marks included.
  all: ['owned', 'ledger', 'marks', 'report', 'exportAll', 'handover', 'log'],
  reset: ['owned', 'exportReset', 'handover', 'log'],
};

export interface ActionMemo {
  counts?: CheckCounts;
  notes?: string[];
  exported?: ExportSummary;
  exportedAll?: ExportSummary[];
  /** Time spent by earlier parts of a job cut short by the time limit. */
  elapsedBefore: number;
  /** The dashboard snapshot of this job's check is saved. */
  snapshotSaved?: boolean;
  handover?: HandoverMemo;
  /** What the run could not protect for Văn phòng: said in its dialog and in Nhật ký. */
  warnings?: string[];
  /** The batch this job made or carries on (once it is in the register). */
  batch?: BatchMemo;
  /** What a reset job gives new passwords to. */
  reset?: ResetSelection;
}

export type ActionSummary =
  | {
      ok: true;
      action: ActionName;
      counts: CheckCounts;
      notes: string[];
      pending: boolean;
      files?: ExportSummary[];
      handover?: HandoverMemo;
      batchInfo?: BatchMemo;
    }
  | (ExportSummary & { handover?: HandoverMemo; batchInfo?: BatchMemo })
  | { ok: true; action: ActionName; pending: true }
  | { ok: false; message: string; busy?: boolean };

export function newJob(action: ActionName, user: string, now: number, reset?: ResetSelection): ActionJob {
  return {
    id: `${action}-${now}`,
    action,
    user,
    steps: PLANS[action],
    next: 0,
    part: 1,
    startedAt: now,
    memo: reset ? { elapsedBefore: 0, reset } : { elapsedBefore: 0 },
  };
}

/** Văn phòng: the owner, the accounts fixed at deploy time and in the settings, and whoever runs this (already allowed). */
export function registerEditors(ctx: RunContext, user: string): string[] {
  return [ownerEmail(ctx.ss), ...deployConfig().officeAccounts, ...ctx.settings.allowedUsers, user];
}

/** A part's time and Văn phòng's accounts (registerEditors), for the steps that write owned sheets. */
interface PartAt {
  now: Date;
  office: string[];
}

/** What a job's check is asked for; the reset's confirmation counts by the same (reset.ts). */
export function jobCheckOptions(ctx: RunContext, job: ActionJob): CheckOptions {
  const action = job.action as ActionName;
  const now = new Date(ctx.startedAt);
  return {
    settings: ctx.settings,
    now,
    assignAddresses: action === 'assign' || action === 'all',
    registerKey: registerKey(ctx.props),
    stampReceivedAt: false,
    batch: batchRequest(action, job.memo, now),
  };
}

/** What the job keeps of its first part's check. */
function noteFirstCheck(ctx: RunContext, job: ActionJob, result: CheckResult, now: Date): void {
  // The first part's counts are the true ones: after a resume, addresses written
  // earlier no longer count as new.
  job.memo.counts ??= result.counts;
  job.memo.notes ??= ctx.settingsWarning ? [ctx.settingsWarning, ...result.notes] : result.notes;
  // The dashboard's figures: once per job, from the same check the run acts on.
  job.memo.snapshotSaved ||= (saveSnapshot(result.report, now, ctx.settings.domain), true);
}

/**
 * Runs (or carries on) `job` inside an already-held lock. `read`: the workbook as the caller
 * already read it for this part (the guard of the owned sheets still runs before it is checked).
 */
export function executeJob(ctx: RunContext, job: ActionJob, read?: WorkbookInput): ActionSummary {
  const action = job.action as ActionName;
  const now = new Date(ctx.startedAt);
  let cached: CheckResult | null = null;
  let rosterShown: RawTable[] | undefined;
  /** This part's passwords, when it drew them; a later part re-derives them from the kept seed. */
  let drawn = null as DrawnPasswords | null;
  let editors: string[] | undefined;
  /** Asked once a part: the owner is a service call. */
  const office = (): string[] => (editors ??= registerEditors(ctx, job.user));

  const checked = (): CheckResult | { ok: false; message: string } => {
    if (cached) return cached;
    // A 'Sổ địa chỉ' the add-on did not make is never read: its rows would become addresses.
    const refused = guardOwnedSheets(ctx, office(), job.memo, job.steps.includes('owned'));
    if (refused) return { ok: false, message: refused };
    const input = read ?? readWorkbookInput(ctx.ss);
    const result = runCheck(input, jobCheckOptions(ctx, job));
    if (!result.ok) return result;
    rosterShown = input.rosterTabs;
    cached = result;
    noteFirstCheck(ctx, job, result, now);
    return result;
  };

  const step = (name: ActionStep): StepOutcome => {
    if (name === 'log') {
      logJob(ctx, job, action, now);
      return { stop: false };
    }
    const result = checked();
    if (!result.ok) return { stop: true, reason: 'problem', message: result.message };
    switch (name) {
      case 'owned':
        saveRegister(ctx, job, result, { now, office: office() });
        writeRosterOwned(ctx.ss, result, rosterShown);
        break;
      case 'ledger':
        keepLedger(ctx, job, result, office());
        break;
      case 'marks':
        writeRosterMarks(ctx.ss, result, true);
        break;
      case 'report':
        writeReportSheet(ctx.ss, result.report, result.notes, now);
        break;
      case 'export':
      case 'exportAll':
      case 'exportReset':
        drawn = exportFiles(ctx, job, name, result, now);
        break;
      case 'handover':
        return handoverStep(ctx, job, result, drawn?.book ?? null, { now, office: office() });
      default: {
        const unknown: never = name;
        throw new Error(`unknown job step ${String(unknown)}`);
      }
    }
    return { stop: false };
  };

  const outcome = runSteps(ctx.props, job, step, ctx.startedAt, (name, index) =>
    showToast(ctx.ss, UI.toasts.step(index + 1, job.steps.length, UI.toasts.stepLabels[name])),
  );
  if (outcome.state === 'problem') return refuse(outcome.message);
  if (outcome.state === 'paused') return pause(ctx, job, drawn);
  if (!ctx.interactive) leaveNotice(ctx.props, job.user, noticeOf(action, job.memo, Date.now()));
  return finish(ctx, action, job.memo);
}

/** A job cut short: checkpointed, and the batch's passwords kept when its hand-over is still to come. */
function pause(ctx: RunContext, job: ActionJob, drawn: DrawnPasswords | null): ActionSummary {
  const action = job.action as ActionName;
  if (drawn && job.steps.slice(job.next).includes('handover')) drawn.keep(job.id);
  job.memo.elapsedBefore += Date.now() - ctx.startedAt;
  saveJob(ctx.props, job);
  showToast(ctx.ss, UI.toasts.paused);
  if (ctx.interactive) showAlert(ACCESS.resumedAlert);
  return job.memo.counts
    ? { ok: true, action, counts: job.memo.counts, notes: job.memo.notes ?? [], pending: true }
    : { ok: true, action, pending: true };
}

/**
 * Written before the roster's columns: an address shown there that the register lacks is typed
 * text, so a run cut short between the two writes must leave the register ahead, never behind.
 */
function saveRegister(ctx: RunContext, job: ActionJob, result: CheckResult, at: PartAt): void {
  const { now, office } = at;
  if (!syncRegister(ctx.ss, result.register, office, ownedSheetIds(ctx.props)))
    job.memo.warnings = [...(job.memo.warnings ?? []), REGISTER_TEXT.unprotected];
  if (!result.batch || job.memo.batch) return;
  const accounts = result.provisioning.length;
  job.memo.batch = { number: result.batch.number, reset: result.batch.reset, accounts };
  recordBatch(ctx.props, job.memo.batch, now, job.user);
}

/** Sổ ghi nhận, when this run changed it; a sheet of its name the add-on did not make is said, not used. */
function keepLedger(ctx: RunContext, job: ActionJob, result: CheckResult, office: string[]): void {
  if (!syncLedger(ctx.ss, ctx.props, result, office, ownedSheetIds(ctx.props)))
    job.memo.notes = [...(job.memo.notes ?? []), LEDGER_TEXT.planted];
}

/** Writes the hand-over lists until the time budget; the job's next part carries on if need be. */
function handoverStep(
  ctx: RunContext,
  job: ActionJob,
  result: CheckResult,
  drawn: PasswordBook | null,
  at: PartAt,
): StepOutcome {
  const { now, office } = at;
  const batch = job.memo.batch?.number ?? null;
  if (batch === null || result.provisioning.length === 0) {
    const kept = retireAndMail(ctx, result);
    if (kept) job.memo.handover = kept;
    return { stop: false };
  }
  const passwords = drawn ?? restorePasswords(job.id, result.provisioning);
  const deadline = ctx.startedAt + TIME_BUDGET_MS;
  const made = handOver(ctx, job, result, passwords, { batch, now, deadline }, job.memo.handover);
  job.memo.handover = made.memo;
  const unkept = recordHandover(ctx, office, { batch, now }, made.files);
  if (unkept && !job.memo.warnings?.includes(unkept)) job.memo.warnings = [...(job.memo.warnings ?? []), unkept];
  if (!made.done) return { stop: false, again: true };
  dropSeed();
  return { stop: false };
}

/**
 * The export step: the batch's files (none when nothing was new), and the findings list for
 * 'all' and its own menu item. The batch's passwords are drawn here, once.
 */
function exportFiles(
  ctx: RunContext,
  job: ActionJob,
  name: 'export' | 'exportAll' | 'exportReset',
  result: CheckResult,
  now: Date,
): DrawnPasswords | null {
  const action = job.action as ActionName;
  if (action === 'exportFindings') {
    job.memo.exported = writeExportFile('findings', result, now, null);
    return null;
  }
  const made =
    result.batch?.number != null
      ? writeBatchFiles(batchKinds(action as BatchedAction, ctx.settings.mailPlatform, result), result, now)
      : { files: [], drawn: null };
  if (name === 'export') {
    if (made.files[0]) job.memo.exported = made.files[0];
  } else
    job.memo.exportedAll =
      name === 'exportAll' ? [...made.files, writeExportFile('findings', result, now, null)] : made.files;
  return made.drawn;
}
