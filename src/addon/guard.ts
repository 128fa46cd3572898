/**
 * The shell around every handler: permission, the document lock, and a Vietnamese
 * message instead of a stack trace when something unexpected breaks.
 */
import { UI } from '../i18n/ui';
import { deployConfig } from './deploy-config';
import { activeUserEmail, ownerEmail, showAlert } from './env';
import { mayChange } from './permissions';
import type { RunContext } from './run-context';

export type Refusal = { ok: false; message: string; busy?: boolean };

/** A refusal, shown first when someone is there to read it. */
export function refuse(message: string, interactive = true): Refusal {
  if (interactive) showAlert(message);
  return { ok: false, message };
}

/** The refusal while another run holds the workbook (the lock, or a job paused by the time limit). */
export function refuseBusy(interactive = true): Refusal {
  if (interactive) showAlert(UI.alerts.busy);
  return { ok: false, message: UI.alerts.busy, busy: true };
}

export function guarded<T>(interactive: boolean, body: () => T): T | Refusal {
  try {
    return body();
  } catch (error) {
    console.error(error);
    return refuse(faultMessage(error), interactive);
  }
}

/**
 * What the user reads for a fault: the few Google refusals a user can act on get their own
 * words, anything else the general message. Google's text for the cell limit: "This action
 * would increase the number of cells in the workbook above the limit of 10000000 cells."
 * (https://support.google.com/drive/answer/37603: 10 million cells a spreadsheet).
 */
function faultMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/above the limit of \d+ cells/.test(text)) return UI.alerts.cellLimit;
  return UI.alerts.unexpected;
}

/** The runner's e-mail when they may change the workbook, else the refusal (already shown when interactive). */
export function requireChanger(ctx: RunContext): { ok: true; user: string } | Refusal {
  const user = activeUserEmail();
  const permission = mayChange(user, ownerEmail(ctx.ss), ctx.settings, deployConfig().officeAccounts);
  if (permission.ok) return { ok: true, user };
  return refuse(permission.message, ctx.interactive);
}

/** Runs `body` under the document lock; a busy lock yields the busy refusal. */
export function withDocumentLock<T>(waitMs: number, interactive: boolean, body: () => T): T | Refusal {
  // getDocumentLock() is null outside a document (LockService reference); the script lock then
  // serialises every run of the project, which is safe if slower.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return refuseBusy(interactive);
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}
