/**
 * Settings: one JSON value in the document properties, validated on the way in and
 * on the way out (a hand-edited or older value must never crash a run).
 */
import { z } from 'zod';
import { addressPatternProblems } from '../domain/addresses';
import { formatInSheetZone, wallClockInSheetZone } from '../domain/dates';
import { isEmailAddress } from '../domain/email';
import { DEFAULT_SETTINGS, MAIL_PLATFORMS, type MailPlatform, type Settings } from '../domain/types';
import { UI } from '../i18n/ui';

export const SETTINGS_KEY = 'settings';

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, UI.settingsErrors.domain);

/** What the settings sidebar sends: plain strings and a checkbox. */
export interface SettingsForm {
  domain: string;
  addressPattern: string;
  /** '' or a `datetime-local` value (yyyy-mm-ddThh:mm, the sheet's time zone). */
  deadline: string;
  /** One address a line (commas and semicolons accepted too). */
  allowedUsers: string;
  notifyFocalPersons: boolean;
  /** '', 'google', 'microsoft' or 'zimbra' (older forms send none: kept as it was). */
  mailPlatform?: string;
}

const platformSchema = z.enum(MAIL_PLATFORMS as [MailPlatform, ...MailPlatform[]]);

/** The stored shape: the deadline as an ISO instant. */
const storedSchema = z.object({
  domain: domainSchema,
  addressPattern: z.string().refine((p) => addressPatternProblems(p).length === 0),
  deadline: z.iso.datetime({ offset: true }).nullable(),
  allowedUsers: z.array(z.string().refine(isEmailAddress)),
  notifyFocalPersons: z.boolean(),
  mailPlatform: platformSchema,
});

export function serializeSettings(settings: Settings): string {
  return JSON.stringify({ ...settings, deadline: settings.deadline ? settings.deadline.toISOString() : null });
}

/** Stored JSON → Settings; defaults when absent, defaults plus a warning when damaged. */
export function parseStoredSettings(json: string | null): { settings: Settings; warning?: string } {
  if (!json) return { settings: { ...DEFAULT_SETTINGS } };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, warning: UI.settingsErrors.stored };
  }
  const parsed = storedSchema.safeParse({ ...serializedDefaults(), ...(raw as object) });
  if (!parsed.success) return { settings: { ...DEFAULT_SETTINGS }, warning: UI.settingsErrors.stored };
  const s = parsed.data;
  return { settings: { ...s, deadline: s.deadline ? new Date(s.deadline) : null } };
}

function serializedDefaults(): object {
  return JSON.parse(serializeSettings(DEFAULT_SETTINGS));
}

const LOCAL_DATE_TIME = "yyyy-MM-dd'T'HH:mm";

/** `datetime-local` text (a date alone means its last minute) read as wall-clock time in the sheet's zone. */
function parseLocalDateTime(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? '23', m[5] ?? '59'].map(Number);
  return wallClockInSheetZone(year, month, day, hour, minute);
}

/** The inverse of parseLocalDateTime, for filling the form. */
export function formatLocalDateTime(date: Date | null): string {
  return date ? formatInSheetZone(date, LOCAL_DATE_TIME) : '';
}

/** Form → Settings, or the Vietnamese problems, one per wrong field. */
export function validateSettingsForm(
  form: Partial<SettingsForm>,
): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const domain = domainSchema.safeParse(String(form.domain ?? ''));
  if (!domain.success) errors.push(UI.settingsErrors.domain);
  const pattern = String(form.addressPattern ?? '').trim();
  errors.push(...addressPatternProblems(pattern));
  const deadlineText = String(form.deadline ?? '').trim();
  const deadline = deadlineText === '' ? null : parseLocalDateTime(deadlineText);
  if (deadlineText !== '' && !deadline) errors.push(UI.settingsErrors.deadline);
  const users = String(form.allowedUsers ?? '')
    .split(/[\s,;]+/)
    .map((u) => u.trim().toLowerCase())
    .filter((u) => u !== '');
  for (const user of users) if (!isEmailAddress(user)) errors.push(UI.settingsErrors.user(user));
  const platform = platformSchema.safeParse(String(form.mailPlatform ?? ''));
  if (!platform.success) errors.push(UI.settingsErrors.platform);
  if (errors.length > 0 || !domain.success) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      domain: domain.data,
      addressPattern: pattern,
      deadline,
      allowedUsers: [...new Set(users)],
      notifyFocalPersons: form.notifyFocalPersons === true,
      mailPlatform: platform.success ? platform.data : '',
    },
  };
}
