/**
 * Who may change the workbook or export: the Văn phòng accounts listed in the
 * settings, and always the spreadsheet's owner (so an empty list is never a lock-out).
 */
import type { Settings } from '../domain/types';
import { UI } from '../i18n/ui';

export type Permission = { ok: true } | { ok: false; message: string };

export function mayChange(user: string, owner: string, settings: Settings): Permission {
  const who = user.trim().toLowerCase();
  if (who !== '' && who === owner.trim().toLowerCase()) return { ok: true };
  if (settings.allowedUsers.length === 0) return { ok: false, message: UI.alerts.notAllowedOwnerOnly };
  if (who !== '' && settings.allowedUsers.some((u) => u.toLowerCase() === who)) return { ok: true };
  return { ok: false, message: UI.alerts.notAllowed(user) };
}
