/**
 * What a finished job tells: its line in Nhật ký, the dialog or alert of an interactive run,
 * the notice a trigger-finished run leaves, and the plain summary the offline command reads.
 */
import type { CheckCounts } from '../domain/check';
import { ACCESS } from '../i18n/access';
import { BATCH_TEXT } from '../i18n/batches';
import { UI } from '../i18n/ui';
import { appendLog } from '../sheets/log-sheet';
import type { ActionJob, ActionMemo, ActionName, ActionSummary } from './actions';
import { isBatched, type BatchMemo } from './batch-job';
import { escapeHtml, showAlert, showDialog } from './env';
import type { ExportSummary } from './exports';
import { handoverDialog, handoverLogNote } from './handover-step';
import type { RunContext } from './run-context';

/** The job's one line in 'Nhật ký': counts from its first part, time over all parts. */
export function logJob(ctx: RunContext, job: ActionJob, action: ActionName, now: Date): void {
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
      batchLogNote(job.memo.batch),
      ACCESS.logFiles(exportedFiles(job.memo)),
      job.memo.handover ? handoverLogNote(job.memo.handover) : '',
      ...(job.memo.warnings ?? []),
    ]
      .filter(Boolean)
      .join(' · '),
  });
}

function batchLogNote(b: BatchMemo | undefined): string {
  if (!b) return '';
  return b.number === null ? BATCH_TEXT.logNothingNew : BATCH_TEXT.logBatch(b.number, b.accounts, b.reset);
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

export function noticeOf(action: ActionName, memo: ActionMemo, at: number) {
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

/** The batch's line of a dialog: what it holds, or that nothing was new. */
function batchLine(memo: ActionMemo): string {
  const b = memo.batch;
  if (!b) return '';
  const text = b.number === null ? BATCH_TEXT.nothingNew : BATCH_TEXT.dialogBatch(b.number, b.accounts, b.reset);
  return `<p><strong>${escapeHtml(text)}</strong></p>`;
}

const dialogOf = (body: string): string => `<div style="font-family:Arial,sans-serif;font-size:14px">${body}</div>`;

export function finish(ctx: RunContext, action: ActionName, memo: ActionMemo): ActionSummary {
  const batchInfo = memo.batch ? { batchInfo: memo.batch } : {};
  if (memo.exported) {
    const e = memo.exported;
    if (ctx.interactive) {
      const warning =
        e.kind === 'findings'
          ? ''
          : `<p style="color:#b3261e">${escapeHtml(e.kind === 'eoffice' || e.kind === 'signature' ? UI.exportDialog.personalData : UI.exportDialog.warning)}</p>`;
      showDialog(
        dialogOf(
          `${batchLine(memo)}<p>${escapeHtml(UI.exportDialog.body(e.rows))}</p>` +
            `<p><a href="${escapeHtml(e.url)}" target="_blank" rel="noopener">${escapeHtml(UI.exportDialog.open)}: ${escapeHtml(e.fileName)}</a></p>${warning}` +
            `${memo.handover ? handoverDialog(memo.handover) : ''}${warningsHtml(memo)}`,
        ),
        UI.exportDialog.title,
      );
    }
    return { ...e, ...(memo.handover ? { handover: memo.handover } : {}), ...batchInfo };
  }
  const counts = memo.counts!;
  if (memo.exportedAll || (isBatched(action) && memo.batch?.number === null)) {
    const files = memo.exportedAll ?? [];
    if (ctx.interactive) showFilesDialog(action, memo, files, counts);
    return {
      ok: true,
      action,
      counts,
      notes: memo.notes ?? [],
      pending: false,
      files,
      handover: memo.handover,
      ...batchInfo,
    };
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

function showFilesDialog(action: ActionName, memo: ActionMemo, files: ExportSummary[], counts: CheckCounts): void {
  const links = files
    .map(
      (e) =>
        `<li><a href="${escapeHtml(e.url)}" target="_blank" rel="noopener">${escapeHtml(e.fileName)}</a> (${escapeHtml(UI.exportDialog.body(e.rows))})</li>`,
    )
    .join('');
  const head =
    action === 'all'
      ? `<p>${escapeHtml(UI.alerts.assignDone(counts))}</p>` +
        servicesLine(counts)
          .map((line) => `<p>${escapeHtml(line)}</p>`)
          .join('')
      : '';
  const warning = files.length > 0 ? `<p style="color:#b3261e">${escapeHtml(UI.exportDialog.warning)}</p>` : '';
  showDialog(
    dialogOf(
      `${head}${batchLine(memo)}${links ? `<ul>${links}</ul>` : ''}${warning}${memo.handover ? handoverDialog(memo.handover) : ''}${warningsHtml(memo)}`,
    ),
    UI.exportDialog.title,
  );
}
