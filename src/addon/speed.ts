/**
 * "Đo tốc độ": Văn phòng times the main Sheets operations on the real spreadsheet and
 * the figures go to Nhật ký, where they can be set against the cost model's constants.
 */
import { UI } from '../i18n/ui';
import { appendLog } from '../sheets/log-sheet';
import { measureSheetSpeed, type SpeedFigures } from '../sheets/speed-probe';
import { showAlert } from './env';
import { guarded, requireChanger } from './guard';
import { withOfficeLock } from './lock-priority';
import { openRunContext } from './run-context';

export type SpeedSummary = { ok: true; figures: SpeedFigures } | { ok: false; message: string; busy?: boolean };

export function measureSpeed(): SpeedSummary {
  return guarded(true, () => {
    const ctx = openRunContext(true);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    return withOfficeLock(true, (): SpeedSummary => {
      const figures = measureSheetSpeed(ctx.ss, UI.speed.scratchSheet(ctx.startedAt));
      const note = UI.speed.logNote(figures);
      appendLog(ctx.ss, {
        at: new Date(ctx.startedAt),
        user: who.user,
        action: UI.actions.measureSpeed,
        rowsRead: 0,
        findings: 0,
        assigned: 0,
        elapsedMs: Date.now() - ctx.startedAt,
        note,
      });
      showAlert(UI.speed.done(note));
      return { ok: true, figures };
    });
  });
}
