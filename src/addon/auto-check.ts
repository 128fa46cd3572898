/**
 * The hourly check: a toggle that installs or removes one time-driven trigger, and
 * the trigger's handler, which re-checks only when 'Danh sách' changed since its last run.
 */
import { OWNED_HEADERS, runCheck } from '../domain/check';
import { UI } from '../i18n/ui';
import { writeHighlights } from '../sheets/highlights';
import { appendLog } from '../sheets/log-sheet';
import { SHEETS } from '../sheets/names';
import { readWorkbookInput } from '../sheets/read';
import { writeOwnedColumns } from '../sheets/write-owned';
import { saveSnapshot } from './dashboard';
import { valuesDigest } from './digest';
import { showAlert } from './env';
import { guarded, LOCK_WAIT_MS, requireChanger, withDocumentLock, type Refusal } from './guard';
import { loadJob } from './jobs';
import { buildDigests, sendDigests } from './notify';
import { openRunContext } from './run-context';

export const TIMED_HANDLER = 'onTimedCheck';
export const DIGEST_KEY = 'rosterDigest';

export function toggleAutoCheck(): { ok: true; enabled: boolean } | Refusal {
  return guarded(true, () => {
    const ctx = openRunContext(true);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    const mine = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === TIMED_HANDLER);
    if (mine.length > 0) {
      for (const t of mine) ScriptApp.deleteTrigger(t);
      showAlert(UI.alerts.autoOff);
      return { ok: true as const, enabled: false };
    }
    ScriptApp.newTrigger(TIMED_HANDLER).timeBased().everyHours(1).create();
    ctx.props.deleteProperty(DIGEST_KEY);
    showAlert(UI.alerts.autoOn);
    return { ok: true as const, enabled: true };
  });
}

export type TimedOutcome = { ok: true; changed: boolean; counts?: unknown; mail?: string } | Refusal;

export function timedCheck(): TimedOutcome {
  return guarded(false, () =>
    withDocumentLock(LOCK_WAIT_MS, false, (): TimedOutcome => {
      const ctx = openRunContext(false);
      // A long menu job paused by the time limit owns the sheet until it finishes.
      if (loadJob(ctx.props, ctx.startedAt)) return { ok: false, message: UI.alerts.busy, busy: true };
      const input = readWorkbookInput(ctx.ss);
      if (!input.roster) return { ok: true, changed: false };
      const header = input.roster.values[0] ?? [];
      const ownedNames = new Set<string>(Object.values(OWNED_HEADERS));
      const ownedIdx = new Set(header.map((h, i) => (ownedNames.has(String(h).trim()) ? i : -1)).filter((i) => i >= 0));
      const digest = valuesDigest(input.roster.values, ownedIdx);
      if (ctx.props.getProperty(DIGEST_KEY) === digest) return { ok: true, changed: false };

      const now = new Date(ctx.startedAt);
      const result = runCheck(input, { settings: ctx.settings, now, assignAddresses: false, stampReceivedAt: true });
      if (!result.ok) {
        ctx.props.setProperty(DIGEST_KEY, digest);
        appendLog(ctx.ss, {
          at: now,
          user: '',
          action: UI.actions.timed,
          rowsRead: 0,
          findings: 0,
          assigned: 0,
          elapsedMs: Date.now() - ctx.startedAt,
          note: result.message,
        });
        return { ok: false, message: result.message };
      }
      saveSnapshot(result.report, now, ctx.settings.domain);
      const roster = ctx.ss.getSheetByName(SHEETS.roster)!;
      writeOwnedColumns(roster, result.owned);
      writeHighlights(
        roster,
        header.map(String),
        result.owned,
        result.findings.filter((f) => f.sheet === SHEETS.roster),
        result.rows.length + 1,
      );
      const mail = ctx.settings.notifyFocalPersons
        ? sendDigests(buildDigests(input.roster, input.summary, result))
        : '';
      appendLog(ctx.ss, {
        at: now,
        user: '',
        action: UI.actions.timed,
        rowsRead: result.counts.rowsRead,
        findings: result.counts.findings,
        assigned: 0,
        elapsedMs: Date.now() - ctx.startedAt,
        note: mail,
      });
      ctx.props.setProperty(DIGEST_KEY, digest);
      return { ok: true, changed: true, counts: result.counts, mail };
    }),
  );
}
