/**
 * Where a time-driven trigger of the add-on runs. Google's pages do not say whether an Editor
 * add-on's clock trigger has its document open (SpreadsheetApp.getActive(),
 * getDocumentProperties(), getDocumentLock() may each answer null outside a document; see the
 * README's list of what the first deployment must confirm). Without the document the add-on can
 * do nothing useful under spreadsheets.currentonly (no openById), and must touch no other
 * document. So every trigger's document is recorded in the maker's user properties when it is
 * made; a run that finds no document removes its own trigger and leaves a notice for that
 * document, shown the next time its maker uses the menu there.
 */
import { ACCESS } from '../i18n/access';
import { escapeHtml, showDialog } from './env';

type Trigger = GoogleAppsScript.Script.Trigger;

const TRIGGER_DOC = 'triggerDocument.';
const OUTSIDE_NOTICE = 'outsideDocument.';

/**
 * Remembers which document `trigger` was made in (user properties: the maker's, across documents),
 * and forgets the triggers that are gone, so the store does not grow with every timer ever made.
 */
export function recordTriggerDocument(trigger: Trigger, documentId: string): void {
  const store = PropertiesService.getUserProperties();
  const live = new Set(ScriptApp.getProjectTriggers().map((t) => TRIGGER_DOC + t.getUniqueId()));
  for (const key of store.getKeys()) if (key.startsWith(TRIGGER_DOC) && !live.has(key)) store.deleteProperty(key);
  store.setProperty(TRIGGER_DOC + trigger.getUniqueId(), documentId);
}

/** Deletes one of the user's triggers and what was recorded of it. */
export function removeTrigger(trigger: Trigger): void {
  PropertiesService.getUserProperties().deleteProperty(TRIGGER_DOC + trigger.getUniqueId());
  ScriptApp.deleteTrigger(trigger);
}

/** True when this run has its document: the active spreadsheet and its document properties. */
export function runsInDocument(): boolean {
  return SpreadsheetApp.getActive() !== null && PropertiesService.getDocumentProperties() !== null;
}

/** A trigger run outside its document: the trigger goes, and its document gets a notice for its maker. */
export function retireOutsideDocument(trigger: Trigger): { ok: false; message: string } {
  const store = PropertiesService.getUserProperties();
  const key = TRIGGER_DOC + trigger.getUniqueId();
  const documentId = store.getProperty(key);
  if (documentId) store.setProperty(OUTSIDE_NOTICE + documentId, String(Date.now()));
  store.deleteProperty(key);
  ScriptApp.deleteTrigger(trigger);
  console.warn(`Trigger ${trigger.getUniqueId()} ran outside its document; removed`);
  return { ok: false, message: ACCESS.outsideDocument };
}

/** Shows (once) that a timer of this user could not run in `ss`. */
export function showOutsideNotice(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const store = PropertiesService.getUserProperties();
  const key = OUTSIDE_NOTICE + ss.getId();
  if (store.getProperty(key) === null) return;
  store.deleteProperty(key);
  showDialog(
    `<div style="font-family:Arial,sans-serif;font-size:14px"><p>${escapeHtml(ACCESS.outsideDocument)}</p></div>`,
    ACCESS.outsideDocumentTitle,
  );
}
