/**
 * Who may change the workbook or export (the Văn phòng accounts):
 * - the accounts fixed at deploy time (deploy.config.json): the only ones a unit editor can never
 *   change from the workbook, and the only way in for a workbook in a shared drive, which has no owner;
 * - the spreadsheet's owner, when it has one (so an empty list is never a lock-out);
 * - the accounts listed in Cài đặt, which only the above (or an account already listed) can save.
 */
import type { Settings } from '../domain/types';
import { ACCESS } from '../i18n/access';
import { UI } from '../i18n/ui';

export type Permission = { ok: true } | { ok: false; message: string };

const norm = (email: string): string => email.trim().toLowerCase();

export function mayChange(
  user: string,
  owner: string,
  settings: Settings,
  officeAccounts: readonly string[] = [],
): Permission {
  const who = norm(user);
  if (who === '') return { ok: false, message: UI.alerts.notAllowed(user) };
  if (officeAccounts.some((u) => norm(u) === who)) return { ok: true };
  if (norm(owner) !== '' && who === norm(owner)) return { ok: true };
  if (settings.allowedUsers.some((u) => norm(u) === who)) return { ok: true };
  if (settings.allowedUsers.length > 0) return { ok: false, message: UI.alerts.notAllowed(user) };
  if (norm(owner) === '' && officeAccounts.length === 0) return { ok: false, message: ACCESS.noOwnerNoOffice };
  return { ok: false, message: UI.alerts.notAllowedOwnerOnly };
}
