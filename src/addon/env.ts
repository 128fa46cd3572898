/**
 * The few Apps Script facts every handler needs, each read once per run. UI calls
 * are tolerated to fail: timers and the offline command have no user to show them to.
 */
import { UI } from '../i18n/ui';

type Ui = GoogleAppsScript.Base.Ui;

export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

export function ownerEmail(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  try {
    return ss.getOwner()?.getEmail() ?? '';
  } catch {
    return '';
  }
}

export function uiOrNull(): Ui | null {
  try {
    return SpreadsheetApp.getUi();
  } catch {
    return null;
  }
}

export function showAlert(message: string): void {
  const ui = uiOrNull();
  if (!ui) return;
  try {
    ui.alert(UI.alerts.title, message, ui.ButtonSet.OK);
  } catch {
    // No one to show it to (timer, offline): the return value carries the result.
  }
}

export function showToast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string): void {
  try {
    ss.toast(message, UI.alerts.title, 5);
  } catch {
    // Toasts are a courtesy; a run never fails for one.
  }
}

export function showDialog(html: string, title: string): void {
  const ui = uiOrNull();
  if (!ui) return;
  try {
    ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(460).setHeight(240), title);
  } catch {
    // As above.
  }
}

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
