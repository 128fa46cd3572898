/** The Cài đặt sidebar's server side: read for anyone, save only for a permitted account. */
import { UI } from '../i18n/ui';
import { deployConfig } from './deploy-config';
import { activeUserEmail, ownerEmail, uiOrNull } from './env';
import { guarded, requireChanger } from './guard';
import { showPendingNotice } from './notices';
import { mayChange } from './permissions';
import { openRunContext } from './run-context';
import { registerKey } from './register-key';
import {
  formatLocalDateTime,
  serializeSettings,
  SETTINGS_KEY,
  validateSettingsForm,
  type SettingsForm,
} from './settings';
import type { Settings } from '../domain/types';

export interface SettingsView {
  form: SettingsForm;
  canEdit: boolean;
  user: string;
  /** The stored settings were damaged: the form shows the defaults, to be saved again. */
  warning?: string;
  /** The register's key, for Văn phòng's offline key file; only to those who may change the settings. */
  registerKey?: string;
}

export function getSettings(): SettingsView | { ok: false; message: string } {
  return guarded(false, () => {
    const ctx = openRunContext(false);
    const s = ctx.settings;
    const user = activeUserEmail();
    const canEdit = mayChange(user, ownerEmail(ctx.ss), s, deployConfig().officeAccounts).ok;
    return {
      form: toForm(s),
      canEdit,
      user,
      ...(ctx.settingsWarning ? { warning: ctx.settingsWarning } : {}),
      ...(canEdit ? { registerKey: registerKey(ctx.props) } : {}),
    };
  });
}

/** The form as the sidebar shows it: the deadline in local time, one allowed account a line. */
function toForm(s: Settings): SettingsForm {
  return {
    domain: s.domain,
    addressPattern: s.addressPattern,
    deadline: formatLocalDateTime(s.deadline),
    allowedUsers: s.allowedUsers.join('\n'),
    notifyFocalPersons: s.notifyFocalPersons,
    mailPlatform: s.mailPlatform,
  };
}

export type SaveSettingsResult = { ok: true; form: SettingsForm } | { ok: false; message: string; errors?: string[] };

export function saveSettings(form: Partial<SettingsForm>): SaveSettingsResult {
  return guarded(false, (): SaveSettingsResult => {
    const ctx = openRunContext(false);
    const who = requireChanger(ctx);
    if (!who.ok) return who;
    const checked = validateSettingsForm(form ?? {});
    if (!checked.ok) return { ok: false, message: checked.errors.join('\n'), errors: checked.errors };
    // A form without the field (an older sidebar, the offline command) keeps the platform chosen.
    const s =
      form?.mailPlatform === undefined
        ? { ...checked.settings, mailPlatform: ctx.settings.mailPlatform }
        : checked.settings;
    ctx.props.setProperty(SETTINGS_KEY, serializeSettings(s));
    return {
      ok: true,
      form: toForm(s),
    };
  });
}

export function showSidebar(page: 'registration' | 'settings', title: string): { ok: true; page: string } {
  const ui = uiOrNull();
  ui?.showSidebar(HtmlService.createHtmlOutputFromFile(page).setTitle(title));
  return { ok: true, page };
}

export function menuShowSettings(): { ok: true; page: string } | { ok: false; message: string } {
  return guarded(true, () => {
    // Văn phòng's next use of the menu shows what a resumed run left for them.
    showPendingNotice(PropertiesService.getDocumentProperties(), activeUserEmail());
    return showSidebar('settings', UI.settings.title);
  });
}
