/**
 * "Giải phóng một địa chỉ đã cấp": the only way an address leaves its person. Văn phòng
 * types the address; the register marks it released (who, when), the rows of 'Danh
 * sách' that show it are emptied, and the release is written into 'Nhật ký'.
 */
import { parseRegister, registerCheck, registerValues, releaseAddress } from '../domain/register';
import { keyCheck, makeSeal } from '../domain/seal';
import { registerKey } from './register-key';
import { REGISTER_TEXT } from '../i18n/register';
import { UI } from '../i18n/ui';
import { appendLog } from '../sheets/log-sheet';
import { SHEETS } from '../sheets/names';
import { readTable } from '../sheets/read';
import { syncRegister } from '../sheets/register-sheet';
import { ownedSheetIds, plantedRegister } from './owned-sheets';
import { clearAddress } from '../sheets/write-owned';
import { registerEditors } from './actions';
import { showAlert, uiOrNull } from './env';
import { guarded, refuse, refuseBusy, requireChanger, type Refusal } from './guard';
import { withOfficeLock } from './lock-priority';
import { loadJob } from './jobs';
import { openRunContext } from './run-context';

export type ReleaseOutcome = { ok: true; address: string; rows: number } | Refusal;

export function releaseAddressFromMenu(): ReleaseOutcome {
  return guarded(true, (): ReleaseOutcome => {
    const ctx = openRunContext(true);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    const ui = uiOrNull();
    if (!ui) return { ok: false, message: REGISTER_TEXT.releaseEmpty };
    const answer = ui.prompt(REGISTER_TEXT.releaseTitle, REGISTER_TEXT.releasePrompt, ui.ButtonSet.OK_CANCEL);
    const address = answer.getResponseText().trim().toLowerCase();
    if (answer.getSelectedButton() !== ui.Button.OK || !address) return refuse(REGISTER_TEXT.releaseEmpty);
    return withOfficeLock(true, (): ReleaseOutcome => {
      if (loadJob(ctx.props, ctx.startedAt)) return refuseBusy();
      const now = new Date(ctx.startedAt);
      const office = registerEditors(ctx, who.user);
      const planted = plantedRegister(ctx, office, true);
      if (planted) return refuse(planted);
      const table = readTable(ctx.ss, SHEETS.register);
      const key = registerKey(ctx.props);
      const seal = makeSeal(key);
      if (registerCheck(table) !== null && registerCheck(table) !== keyCheck(key))
        return refuse(REGISTER_TEXT.wrongKey);
      const released = releaseAddress(parseRegister(table), address, now, who.user);
      if (!released) return refuse(REGISTER_TEXT.releaseUnknown(address));
      syncRegister(
        ctx.ss,
        { values: registerValues(released, seal, keyCheck(key)), firstChangedRow: 1 },
        office,
        ownedSheetIds(ctx.props),
      );
      const rows = clearAddress(ctx.ss, address);
      appendLog(ctx.ss, {
        at: now,
        user: who.user,
        action: UI.actions.release,
        rowsRead: rows,
        findings: 0,
        assigned: 0,
        elapsedMs: Date.now() - ctx.startedAt,
        note: REGISTER_TEXT.releaseLog(address),
      });
      showAlert(REGISTER_TEXT.releaseDone(address, rows));
      return { ok: true, address, rows };
    });
  });
}
