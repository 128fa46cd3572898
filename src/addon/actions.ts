/**
 * The menu's workbook actions as resumable jobs: check, assign, report, exports.
 * Each returns a plain summary (the offline command reads it) and tells the user.
 */
import { runCheck, type CheckResult } from '../domain/check';
import { matchServiceColumns } from '../domain/columns';
import { COMMUNES } from '../domain/communes';
import type { RawTable } from '../domain/types';
import { UI } from '../i18n/ui';
import { locateRosterColumns } from '../sheets/columns';
import { writeHighlights } from '../sheets/highlights';
import { appendLog } from '../sheets/log-sheet';
import { SHEETS } from '../sheets/names';
import { readWorkbookInput } from '../sheets/read';
import { writeReportSheet } from '../sheets/report-sheet';
import { setDropdowns } from '../sheets/validations';
import { writeOwnedColumns } from '../sheets/write-owned';
import { ACCESS } from '../i18n/access';
import { saveSnapshot } from './dashboard';
import { escapeHtml, showAlert, showDialog, showToast } from './env';
import {
  newPasswordSeed,
  passwordBook,
  writeExportFile,
  type ExportKind,
  type ExportSummary,
  type PasswordBook,
} from './exports';
import {
  dropSeed,
  handOver,
  handoverDialog,
  handoverLogNote,
  keepSeed,
  restorePasswords,
  type HandoverMemo,
} from './handover-step';
import { runSteps, saveJob, TIME_BUDGET_MS, type JobState, type StepOutcome } from './jobs';
import { leaveNotice } from './notices';
import type { RunContext } from './run-context';

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

const PLANS: Record<ActionName, string[]> = {
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

const PROVISIONING = new Set<ExportKind>(['google-workspace', 'entra', 'zimbra']);

export type Counts = CheckResult['counts'];

export interface ActionMemo {
  counts?: Counts;
  notes?: string[];
  exported?: ExportSummary;
  exportedAll?: ExportSummary[];
  /** Time spent by earlier parts of a job cut short by the time limit. */
  elapsedBefore: number;
  /** The dashboard snapshot of this job's check is saved. */
  snapshotSaved?: boolean;
  handover?: HandoverMemo;
}

export type ActionSummary =
  | {
      ok: true;
      action: ActionName;
      counts: Counts;
      notes: string[];
      pending: boolean;
      files?: ExportSummary[];
      handover?: HandoverMemo;
    }
  | (ExportSummary & { handover?: HandoverMemo })
  | { ok: true; action: ActionName; pending: true }
  | { ok: false; message: string; busy?: boolean };

export function newJob(action: ActionName, user: string, now: number): JobState<ActionMemo> {
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

/** Runs (or carries on) `job` inside an already-held lock. */
export function executeJob(ctx: RunContext, job: JobState<ActionMemo>): ActionSummary {
  const action = job.action as ActionName;
  const now = new Date(ctx.startedAt);
  let cached: CheckResult | null = null;
  let rosterHeader: string[] = [];
  let summaryTable: RawTable | null = null;
  /** This part's passwords, when it drew them; a later part re-derives them from the kept seed. */
  let runPasswords: PasswordBook | null = null;

  const checked = (): CheckResult | { ok: false; message: string } => {
    if (cached) return cached;
    const input = readWorkbookInput(ctx.ss);
    const result = runCheck(input, {
      settings: ctx.settings,
      now,
      assignAddresses: action === 'assign' || action === 'all',
      stampReceivedAt: false,
    });
    if (!result.ok) return result;
    rosterHeader = (input.roster?.values[0] ?? []).map(String);
    summaryTable = input.summary;
    cached = result;
    // The first part's counts are the true ones: after a resume, addresses written
    // earlier no longer count as new.
    job.memo.counts ??= result.counts;
    job.memo.notes ??= result.notes;
    // The dashboard's figures: once per job, from the same check the run acts on.
    if (!job.memo.snapshotSaved) {
      saveSnapshot(result.report, now, ctx.settings.domain);
      job.memo.snapshotSaved = true;
    }
    return result;
  };

  const step = (name: string): StepOutcome => {
    if (name === 'log') {
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
        ]
          .filter(Boolean)
          .join(' · '),
      });
      return { stop: false };
    }
    const result = checked();
    if (!result.ok) return { stop: true, reason: 'problem', message: result.message };
    const roster = ctx.ss.getSheetByName(SHEETS.roster)!;
    if (name === 'owned') writeOwnedColumns(roster, result.owned);
    else if (name === 'marks') {
      const columns = locateRosterColumns(rosterHeader);
      const services = matchServiceColumns(rosterHeader).input;
      const at = (index: number | undefined): number | undefined => (index === undefined ? undefined : index + 1);
      setDropdowns(
        roster,
        {
          ...columns,
          eofficeRequest: at(services.eofficeRequest),
          signatureRequest: at(services.signatureRequest),
        },
        COMMUNES.map((c) => c.fullName),
      );
      const rosterFindings = result.findings.filter((f) => f.sheet === SHEETS.roster);
      writeHighlights(roster, rosterHeader, result.owned, rosterFindings, result.rows.length + 1);
    } else if (name === 'report') writeReportSheet(ctx.ss, result.report, result.notes, now);
    else if (name === 'export' || name === 'exportAll') {
      // One password per person for the run: every file and the hand-over lists agree.
      const kind = EXPORT_KIND[action];
      // Only the account files carry passwords (findings and plan 5277's lists do not).
      const seed = kind && !PROVISIONING.has(kind) ? null : newPasswordSeed();
      const passwords = seed ? passwordBook(result.provisioning, seed) : undefined;
      if (name === 'export') job.memo.exported = writeExportFile(kind!, result, now, passwords);
      else job.memo.exportedAll = ALL_EXPORTS.map((k) => writeExportFile(k, result, now, passwords));
      if (seed && passwords) {
        keepSeed(job.id, seed, result.provisioning);
        runPasswords = passwords;
      }
    } else if (name === 'handover') {
      const passwords = runPasswords ?? restorePasswords(job.id, result.provisioning);
      const made = handOver(
        ctx,
        job,
        result,
        summaryTable,
        passwords,
        now,
        ctx.startedAt + TIME_BUDGET_MS,
        job.memo.handover,
      );
      job.memo.handover = made.memo;
      if (!made.done) return { stop: false, again: true };
      dropSeed();
    }
    return { stop: false };
  };

  const outcome = runSteps(ctx.props, job, step, ctx.startedAt, (name, index) =>
    showToast(
      ctx.ss,
      UI.toasts.step(index + 1, job.steps.length, UI.toasts.stepLabels[name === 'owned' ? 'owned' : name] ?? name),
    ),
  );
  if (outcome.state === 'problem') {
    showAlert(outcome.message);
    return { ok: false, message: outcome.message };
  }
  if (outcome.state === 'paused') {
    job.memo.elapsedBefore += Date.now() - ctx.startedAt;
    saveJob(ctx.props, job);
    showToast(ctx.ss, UI.toasts.paused);
    if (ctx.interactive) showAlert(ACCESS.resumedAlert);
    return job.memo.counts
      ? { ok: true, action, counts: job.memo.counts, notes: job.memo.notes ?? [], pending: true }
      : { ok: true, action, pending: true };
  }
  if (!ctx.interactive) leaveNotice(ctx.props, job.user, noticeOf(action, job.memo, Date.now()));
  return finish(ctx, action, job.memo);
}

function exportedFiles(memo: ActionMemo): ExportSummary[] {
  return memo.exported ? [memo.exported] : (memo.exportedAll ?? []);
}

/** Plan 5277's figures, said only when the roster registers eOffice or signatures. */
function servicesLine(counts: Counts): string[] {
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
          `${memo.handover ? handoverDialog(memo.handover) : ''}</div>`,
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
          `<p style="color:#b3261e">${escapeHtml(UI.exportDialog.warning)}</p>${memo.handover ? handoverDialog(memo.handover) : ''}</div>`,
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
    showAlert([text, ...servicesLine(counts), ...(memo.notes ?? [])].join('\n'));
  }
  return { ok: true, action, counts, notes: memo.notes ?? [], pending: false };
}
