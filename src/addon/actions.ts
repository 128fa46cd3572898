/**
 * The menu's workbook actions as resumable jobs: check, assign, report, exports.
 * Each returns a plain summary (the offline command reads it) and tells the user.
 */
import type { RawTable } from '../domain/types';
import { runCheck, type CheckCounts, type CheckResult } from '../domain/check';
import { UI } from '../i18n/ui';
import { appendLog } from '../sheets/log-sheet';
import { readWorkbookInput } from '../sheets/read';
import { writeReportSheet } from '../sheets/report-sheet';
import { syncRegister } from '../sheets/register-sheet';
import { writeRosterMarks, writeRosterOwned } from '../sheets/roster-write';
import { ACCESS } from '../i18n/access';
import { deployConfig } from './deploy-config';
import { escapeHtml, ownerEmail, showAlert, showDialog, showToast } from './env';
import { writeExportFile, type ExportKind, type ExportSummary } from './exports';
import { runSteps, saveJob, type JobState, type StepOutcome } from './jobs';
import { leaveNotice } from './notices';
import type { RunContext } from './run-context';
import { saveSnapshot } from './dashboard';
import { newPasswordSeed, passwordBook, type PasswordBook } from './exports';
import {
  dropSeed,
  handOver,
  handoverDialog,
  handoverLogNote,
  keepSeed,
  restorePasswords,
  type HandoverMemo,
} from './handover-step';
import { TIME_BUDGET_MS } from './jobs';
import { guardOwnedSheets, ownedSheetIds } from './owned-sheets';
import { REGISTER_TEXT } from '../i18n/register';
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
  | 'all';

const EXPORT_KIND: Partial<Record<ActionName, ExportKind>> = {
  exportGoogle: 'google-workspace',
  exportEntra: 'entra',
  exportZimbra: 'zimbra',
  exportFindings: 'findings',
  exportEoffice: 'eoffice',
  exportSignature: 'signature',
};

/** What a job does, in order; a paused job resumes at its next step. */
export type ActionStep = 'owned' | 'marks' | 'report' | 'export' | 'exportAll' | 'handover' | 'log';
export type ActionJob = JobState<ActionMemo, ActionStep>;

const PLANS: Record<ActionName, ActionStep[]> = {
  check: ['owned', 'marks', 'log'],
  assign: ['owned', 'marks', 'report', 'log'],
  report: ['report', 'log'],
  exportGoogle: ['export', 'handover', 'log'],
  exportEntra: ['export', 'handover', 'log'],
  exportZimbra: ['export', 'handover', 'log'],
  exportFindings: ['export', 'log'],
  // Plan 5277's lists follow the addresses assigned so far (an export never assigns).
  exportEoffice: ['export', 'log'],
  exportSignature: ['export', 'log'],
  // One read and one check for everything Văn phòng hands over: addresses, report, every file.
  all: ['owned', 'marks', 'report', 'exportAll', 'handover', 'log'],
};

const ALL_EXPORTS: ExportKind[] = ['google-workspace', 'entra', 'zimbra', 'eoffice', 'signature', 'findings'];
/** The files with initial passwords: only their runs make hand-over lists. */
const PROVISIONING = new Set<ExportKind>(['google-workspace', 'entra', 'zimbra']);

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
    }
  | (ExportSummary & { handover?: HandoverMemo })
  | { ok: true; action: ActionName; pending: true }
  | { ok: false; message: string; busy?: boolean };

export function newJob(action: ActionName, user: string, now: number): ActionJob {
  return {
    id: `${action}-${now}`,
    action,
    user,
    steps: PLANS[action],
    next: 0,
    part: 1,
    startedAt: now,
    memo: { elapsedBefore: 0 },
  };
}

/** Văn phòng: the owner, the accounts fixed at deploy time and in the settings, and whoever runs this (already allowed). */
export function registerEditors(ctx: RunContext, user: string): string[] {
  return [ownerEmail(ctx.ss), ...deployConfig().officeAccounts, ...ctx.settings.allowedUsers, user];
}

/** Runs (or carries on) `job` inside an already-held lock. */
export function executeJob(ctx: RunContext, job: ActionJob): ActionSummary {
  const action = job.action as ActionName;
  const now = new Date(ctx.startedAt);
  let cached: CheckResult | null = null;
  let rosterShown: RawTable[] | undefined;
  /** This part's passwords, when it drew them; a later part re-derives them from the kept seed. */
  let runPasswords: PasswordBook | null = null;

  const checked = (): CheckResult | { ok: false; message: string } => {
    if (cached) return cached;
    // A 'Sổ địa chỉ' the add-on did not make is never read: its rows would become addresses.
    const refused = guardOwnedSheets(ctx, registerEditors(ctx, job.user), job.memo, job.steps.includes('owned'));
    if (refused) return { ok: false, message: refused };
    const input = readWorkbookInput(ctx.ss);
    const result = runCheck(input, {
      settings: ctx.settings,
      now,
      assignAddresses: action === 'assign' || action === 'all',
      registerKey: registerKey(ctx.props),
      stampReceivedAt: false,
    });
    if (!result.ok) return result;
    rosterShown = input.rosterTabs;
    cached = result;
    // The first part's counts are the true ones: after a resume, addresses written
    // earlier no longer count as new.
    job.memo.counts ??= result.counts;
    job.memo.notes ??= ctx.settingsWarning ? [ctx.settingsWarning, ...result.notes] : result.notes;
    // The dashboard's figures: once per job, from the same check the run acts on.
    job.memo.snapshotSaved ||= (saveSnapshot(result.report, now, ctx.settings.domain), true);
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
        writeRosterOwned(ctx.ss, result, rosterShown);
        if (!syncRegister(ctx.ss, result.register, registerEditors(ctx, job.user), ownedSheetIds(ctx.props)))
          job.memo.warnings = [...(job.memo.warnings ?? []), REGISTER_TEXT.unprotected];
        break;
      case 'marks':
        writeRosterMarks(ctx.ss, result, true);
        break;
      case 'report':
        writeReportSheet(ctx.ss, result.report, result.notes, now);
        break;
      case 'export':
      case 'exportAll':
        runPasswords = exportFiles(job, name, result, now);
        break;
      case 'handover':
        return handoverStep(ctx, job, result, runPasswords, now);
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
  if (outcome.state === 'problem') {
    showAlert(outcome.message);
    return { ok: false, message: outcome.message };
  }
  if (outcome.state === 'paused') return paused(ctx, job, action);
  if (!ctx.interactive) leaveNotice(ctx.props, job.user, noticeOf(action, job.memo, Date.now()));
  return finish(ctx, action, job.memo);
}

/** A job cut short by the time budget: checkpointed, and what the first parts found so far. */
function paused(ctx: RunContext, job: ActionJob, action: ActionName): ActionSummary {
  job.memo.elapsedBefore += Date.now() - ctx.startedAt;
  saveJob(ctx.props, job);
  showToast(ctx.ss, UI.toasts.paused);
  if (ctx.interactive) showAlert(ACCESS.resumedAlert);
  return job.memo.counts
    ? { ok: true, action, counts: job.memo.counts, notes: job.memo.notes ?? [], pending: true }
    : { ok: true, action, pending: true };
}

/** Writes the hand-over lists until the time budget; the job's next part carries on if need be. */
function handoverStep(
  ctx: RunContext,
  job: ActionJob,
  result: CheckResult,
  drawn: PasswordBook | null,
  now: Date,
): StepOutcome {
  const passwords = drawn ?? restorePasswords(job.id, result.provisioning);
  const deadline = ctx.startedAt + TIME_BUDGET_MS;
  const made = handOver(ctx, job, result, passwords, now, deadline, job.memo.handover);
  job.memo.handover = made.memo;
  if (!made.done) return { stop: false, again: true };
  dropSeed();
  return { stop: false };
}

/**
 * The export step: one password per person for the run, shared by every file and kept (as
 * its seed, in the runner's user properties) for the hand-over step, which may run in a later part.
 */
function exportFiles(
  job: ActionJob,
  name: 'export' | 'exportAll',
  result: CheckResult,
  now: Date,
): PasswordBook | null {
  const kind = EXPORT_KIND[job.action as ActionName];
  const seed = name === 'exportAll' || (kind && PROVISIONING.has(kind)) ? newPasswordSeed() : null;
  const passwords = seed ? passwordBook(result.provisioning, seed) : undefined;
  if (name === 'export') job.memo.exported = writeExportFile(kind!, result, now, passwords);
  else job.memo.exportedAll = ALL_EXPORTS.map((k) => writeExportFile(k, result, now, passwords));
  if (!seed || !passwords) return null;
  keepSeed(job.id, seed, result.provisioning);
  return passwords;
}

/** The job's one line in 'Nhật ký': counts from its first part, time over all parts. */
function logJob(ctx: RunContext, job: ActionJob, action: ActionName, now: Date): void {
  const c = job.memo.counts;
  appendLog(ctx.ss, {
    at: now,
    user: job.user,
    action: UI.actions[action],
    rowsRead: c?.rowsRead ?? 0,
    findings: c?.findings ?? 0,
    assigned: action === 'assign' || action === 'all' ? (c?.newlyAssigned ?? 0) : 0,
    eofficeRequests: c?.eofficeRequests ?? 0,
    signatureRequests: c?.signatureRequests ?? 0,
    elapsedMs: job.memo.elapsedBefore + (Date.now() - ctx.startedAt),
    // Links too: a run finished by its trigger has no dialog, and Văn phòng looks here.
    note: [
      job.part > 1 ? UI.log.resumedPart(job.part) : '',
      ACCESS.logFiles(exportedFiles(job.memo)),
      job.memo.handover ? handoverLogNote(job.memo.handover) : '',
      ...(job.memo.warnings ?? []),
    ]
      .filter(Boolean)
      .join(' · '),
  });
}

function exportedFiles(memo: ActionMemo): ExportSummary[] {
  return memo.exported ? [memo.exported] : (memo.exportedAll ?? []);
}

/** Plan 5277's figures, said only when the roster registers eOffice or signatures. */
function servicesLine(counts: CheckCounts): string[] {
  return counts.eofficeRequests > 0 || counts.signatureRequests > 0 ? [UI.alerts.servicesDone(counts)] : [];
}

function summaryText(action: ActionName, memo: ActionMemo): string {
  const counts = memo.counts;
  if (!counts) return '';
  if (action === 'report') return UI.alerts.reportDone;
  if (action !== 'assign' && action !== 'all' && action !== 'check') return '';
  const base = action === 'check' ? UI.alerts.checkDone(counts) : UI.alerts.assignDone(counts);
  return [base, ...servicesLine(counts)].join('\n');
}

function noticeOf(action: ActionName, memo: ActionMemo, at: number) {
  return {
    action: UI.actions[action],
    at,
    files: exportedFiles(memo).map(({ fileName, url, rows }) => ({ fileName, url, rows })),
    summary: summaryText(action, memo),
  };
}

function warningsHtml(memo: ActionMemo): string {
  return (memo.warnings ?? []).map((w) => `<p style="color:#b3261e">${escapeHtml(w)}</p>`).join('');
}

function finish(ctx: RunContext, action: ActionName, memo: ActionMemo): ActionSummary {
  if (memo.exported) {
    const e = memo.exported;
    if (ctx.interactive) {
      const warning =
        e.kind === 'findings'
          ? ''
          : `<p style="color:#b3261e">${escapeHtml(e.kind === 'eoffice' || e.kind === 'signature' ? UI.exportDialog.personalData : UI.exportDialog.warning)}</p>`;
      const empty = e.rows === 0 && e.kind !== 'findings' ? `<p>${escapeHtml(UI.alerts.exportEmpty)}</p>` : '';
      showDialog(
        `<div style="font-family:Arial,sans-serif;font-size:14px"><p>${escapeHtml(UI.exportDialog.body(e.rows))}</p>${empty}` +
          `<p><a href="${escapeHtml(e.url)}" target="_blank" rel="noopener">${escapeHtml(UI.exportDialog.open)}: ${escapeHtml(e.fileName)}</a></p>${warning}` +
          `${memo.handover ? handoverDialog(memo.handover) : ''}${warningsHtml(memo)}</div>`,
        UI.exportDialog.title,
      );
    }
    return memo.handover ? { ...e, handover: memo.handover } : e;
  }
  const counts = memo.counts!;
  if (memo.exportedAll) {
    const files = memo.exportedAll;
    if (ctx.interactive) {
      const links = files
        .map(
          (e) =>
            `<li><a href="${escapeHtml(e.url)}" target="_blank" rel="noopener">${escapeHtml(e.fileName)}</a> (${escapeHtml(UI.exportDialog.body(e.rows))})</li>`,
        )
        .join('');
      showDialog(
        `<div style="font-family:Arial,sans-serif;font-size:14px"><p>${escapeHtml(UI.alerts.assignDone(counts))}</p>` +
          servicesLine(counts)
            .map((line) => `<p>${escapeHtml(line)}</p>`)
            .join('') +
          `<ul>${links}</ul>` +
          `<p style="color:#b3261e">${escapeHtml(UI.exportDialog.warning)}</p>${memo.handover ? handoverDialog(memo.handover) : ''}${warningsHtml(memo)}</div>`,
        UI.exportDialog.title,
      );
    }
    return { ok: true, action, counts, notes: memo.notes ?? [], pending: false, files, handover: memo.handover };
  }
  if (ctx.interactive) {
    const text =
      action === 'assign'
        ? `${UI.alerts.assignDone(counts)}\n\n${UI.alerts.checkDone(counts)}`
        : action === 'report'
          ? UI.alerts.reportDone
          : UI.alerts.checkDone(counts);
    showAlert([text, ...servicesLine(counts), ...(memo.notes ?? []), ...(memo.warnings ?? [])].join('\n'));
  }
  return { ok: true, action, counts, notes: memo.notes ?? [], pending: false };
}
