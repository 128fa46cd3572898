/**
 * "Đặt lại mật khẩu" (Văn phòng only, and only when asked): for addresses typed in, a unit, or
 * a whole batch whose file was lost. A confirmation says how many accounts will get new
 * passwords; then a reset job makes a batch of just those, with its own files and hand-over.
 */
import { runCheck } from '../domain/check';
import { parseResetSelection } from '../domain/reset-selection';
import { BATCH_TEXT as T } from '../i18n/batches';
import { readWorkbookInput } from '../sheets/read';
import { executeJob, jobCheckOptions, newJob, type ActionJob, type ActionSummary } from './actions';
import { uiOrNull } from './env';
import { guarded, refuse, refuseBusy, requireChanger, type Refusal } from './guard';
import { withOfficeLock } from './lock-priority';
import { loadJob } from './jobs';
import { openRunContext, type RunContext } from './run-context';
import type { WorkbookInput } from '../domain/types';

/** The job keeps the selection in one property value: typed addresses beyond this go by unit or batch. */
const MAX_TYPED = 150;

type ResetOutcome = ActionSummary | Refusal | { ok: false; message: string };

/**
 * How many exported accounts the reset job reaches, by the check it runs, and the workbook
 * counted from: the job checks that same input, so the accounts confirmed are those reset.
 */
function accountsReached(ctx: RunContext, job: ActionJob): { accounts: number; input: WorkbookInput } {
  const input = readWorkbookInput(ctx.ss);
  const result = runCheck(input, jobCheckOptions(ctx, job));
  return { accounts: result.ok ? result.provisioning.length : 0, input };
}

export function resetPasswordsFromMenu(): ResetOutcome {
  return guarded(true, (): ResetOutcome => {
    const ctx = openRunContext(true);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    const ui = uiOrNull();
    if (!ui) return { ok: false, message: T.resetEmpty };
    const answer = ui.prompt(T.resetTitle, T.resetPrompt, ui.ButtonSet.OK_CANCEL);
    const select = answer.getSelectedButton() === ui.Button.OK ? parseResetSelection(answer.getResponseText()) : null;
    if (!select) return refuse(T.resetEmpty);
    if ('addresses' in select && select.addresses.length > MAX_TYPED) return refuse(T.resetTooMany(MAX_TYPED));
    return withOfficeLock(true, (): ResetOutcome => {
      if (loadJob(ctx.props, ctx.startedAt)) return refuseBusy();
      const job = newJob('reset', who.user, ctx.startedAt, select);
      const { accounts, input } = accountsReached(ctx, job);
      if (accounts === 0) return refuse(T.resetNone);
      if (ui.alert(T.resetTitle, T.resetConfirm(accounts), ui.ButtonSet.YES_NO) !== ui.Button.YES)
        return refuse(T.resetCancelled);
      return executeJob(ctx, job, input);
    });
  });
}
