/**
 * The "Email công vụ" menu. createAddonMenu rather than createMenu: it works both for
 * the script bound to the department's workbook (Extensions › Email công vụ) and for
 * the published add-on, where createMenu is not allowed. Building it needs no
 * authorisation, so it is safe in onOpen's AuthMode.NONE.
 */
import { DASHBOARD_TEXT } from '../i18n/dashboard';
import { RECIPIENT_TEXT } from '../i18n/handover';
import { UI } from '../i18n/ui';

export function buildMenu(): { ok: true; items: number } {
  const ui = SpreadsheetApp.getUi();
  const m = UI.menu;
  ui.createAddonMenu()
    .addItem(m.register, 'menuShowRegistrationForm')
    .addSeparator()
    .addItem(m.checkAll, 'menuCheckAll')
    .addItem(m.assign, 'menuAssignAddresses')
    .addItem(m.report, 'menuBuildReport')
    .addSubMenu(
      ui
        .createMenu(m.exportSub)
        .addItem(m.exportGoogle, 'menuExportGoogle')
        .addItem(m.exportEntra, 'menuExportEntra')
        .addItem(m.exportZimbra, 'menuExportZimbra')
        .addItem(m.exportEoffice, 'menuExportEoffice')
        .addItem(m.exportSignature, 'menuExportSignature'),
    )
    .addItem(m.exportFindings, 'menuExportFindings')
    .addItem(m.runAll, 'menuRunAll')
    .addItem(m.release, 'menuReleaseAddress')
    .addItem(RECIPIENT_TEXT.menuItem, 'menuReviewRecipients')
    .addItem(m.reset, 'menuResetPasswords')
    .addItem(DASHBOARD_TEXT.menuItem, 'menuOpenDashboard')
    .addSeparator()
    .addItem(m.settings, 'menuShowSettings')
    .addItem(m.toggleAuto, 'menuToggleAutoCheck')
    .addItem(m.measureSpeed, 'menuMeasureSpeed')
    .addToUi();
  return { ok: true, items: 18 };
}
