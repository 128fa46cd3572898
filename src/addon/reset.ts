/**
 * "Đặt lại mật khẩu" (Văn phòng only, and only when asked): for addresses typed in, a unit, or
 * a whole batch whose file was lost. A confirmation says how many accounts will get new
 * passwords; then a reset job makes a batch of just those, with its own files and hand-over.
 */
import { runCheck } from '../domain/check';
import { parseResetSelection } from '../domain/reset-selection';
import { BATCH_TEXT as T } from '../i18n/batches';
import { UI } from '../i18n/ui';
import { readWorkbookInput } from '../sheets/read';
import { executeJob, newJob, type ActionSummary } from './actions';
import { showAlert, uiOrNull } from './env';
import { guarded, requireChanger, type Refusal } from './guard';
import { withOfficeLock } from './lock-priority';
import { loadJob } from './jobs';
import { registerKey } from './register-key';
import { openRunContext, type RunContext } from './run-context';
import type { ResetSelection } from '../domain/batches';

/** The job keeps the selection in one property value: typed addresses beyond this go by unit or batch. */
const MAX_TYPED = 150;

type ResetOutcome = ActionSummary | Refusal | { ok: false; message: string };

const refuse = (message: string): { ok: false; message: string } => {
  showAlert(message);
  return { ok: false, message };
};

/** How many exported accounts the selection reaches, by the same check the reset runs. */
function accountsReached(ctx: RunContext, select: ResetSelection): number {
  const result = runCheck(readWorkbookInput(ctx.ss), {
    settings: ctx.settings,
    now: new Date(ctx.startedAt),
    assignAddresses: false,
    registerKey: registerKey(ctx.props),
    stampReceivedAt: false,
    batch: { kind: 'reset', at: new Date(ctx.startedAt), select },
  });
  return result.ok ? result.provisioning.length : 0;
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
      if (loadJob(ctx.props, ctx.startedAt)) {
        showAlert(UI.alerts.busy);
        return { ok: false, message: UI.alerts.busy, busy: true };
      }
      const accounts = accountsReached(ctx, select);
      if (accounts === 0) return refuse(T.resetNone);
      if (ui.alert(T.resetTitle, T.resetConfirm(accounts), ui.ButtonSet.YES_NO) !== ui.Button.YES)
        return refuse(T.resetCancelled);
      return executeJob(ctx, newJob('reset', who.user, ctx.startedAt, select));
    });
  });
}
