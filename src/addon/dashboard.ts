/**
 * The Director's dashboard: every run saves the report's counts as a small snapshot in
 * the script properties (the web app runs without the workbook open, where document
 * properties and the active spreadsheet are not to be had), and `doGet` prints the page
 * from it alone: a constant handful of service calls whatever the workbook's size.
 *
 * Script properties are "shared among all users of a script, add-on, or web app"
 * (https://developers.google.com/apps-script/guides/properties): in the published add-on, every
 * document of every tenant writes the same store. So each snapshot is kept under its document's
 * id, and the page shows one document's only: in a bound script the store is that document's own
 * (it records itself as the source); in the add-on, the workbook named at deploy time.
 */
import { buildSnapshot, parseSnapshot, type DashboardSnapshot } from '../domain/dashboard/snapshot';
import { packSnapshot } from '../domain/dashboard/stored';
import { DEFAULT_SETTINGS } from '../domain/types';
import { DASHBOARD_TEXT } from '../i18n/dashboard';
import { UI } from '../i18n/ui';
import { renderDashboard, renderNotAllowed, renderProblem } from '../ui/dashboard-page';
import { deployConfig } from './deploy-config';
import { escapeHtml, showDialog } from './env';
import { guarded } from './guard';

export const SNAPSHOT_PREFIX = 'dashboardSnapshot.';
const SOURCE_KEY = `${SNAPSHOT_PREFIX}source`;
const partsKey = (documentId: string): string => `${SNAPSHOT_PREFIX}${documentId}.parts`;
const partKey = (documentId: string, i: number): string => `${SNAPSHOT_PREFIX}${documentId}.${i}`;
/** Under the 9 KB a property value may hold; the stored text is ASCII, so characters are bytes. */
const PART_CHARS = 8000;

/** JSON with every non-ASCII character escaped: splitting it anywhere never cuts a character's bytes. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The stored form, in parts: what the bench measures and the web app reads back. */
export function snapshotParts(snapshot: DashboardSnapshot): string[] {
  const text = asciiJson(packSnapshot(snapshot));
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += PART_CHARS) parts.push(text.slice(i, i + PART_CHARS));
  return parts;
}

/** Saves the snapshot of a run's report; a failure here never fails the run itself. */
export function saveSnapshot(
  report: { header: readonly unknown[]; rows: readonly (readonly unknown[])[] },
  now: Date,
  domain: string,
): void {
  try {
    const snapshot = buildSnapshot(report as Parameters<typeof buildSnapshot>[0], now, domain);
    const parts = snapshotParts(snapshot);
    const documentId = SpreadsheetApp.getActive().getId();
    const store = PropertiesService.getScriptProperties();
    const values: Record<string, string> = { [partsKey(documentId)]: String(parts.length) };
    parts.forEach((p, i) => (values[partKey(documentId, i)] = p));
    if (deployConfig().target === 'bound') values[SOURCE_KEY] = documentId;
    store.setProperties(values);
  } catch (error) {
    console.error(error);
  }
}

/** One read of the script properties; null when no run saved a snapshot yet. */
export function loadSnapshot(): DashboardSnapshot | null {
  const all = PropertiesService.getScriptProperties().getProperties();
  const config = deployConfig();
  const source = config.target === 'addon' ? config.dashboardSpreadsheetId : all[SOURCE_KEY];
  if (!source) return null;
  const count = Number(all[partsKey(source)] ?? 0);
  if (!Number.isInteger(count) || count <= 0) return null;
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const part = all[partKey(source, i)];
    if (part === undefined) return null;
    parts.push(part);
  }
  return parseSnapshot(parts.join(''));
}

function viewerEmail(): string {
  try {
    return (Session.getActiveUser().getEmail() || '').trim().toLowerCase();
  } catch {
    return '';
  }
}

/**
 * The web app. Deployed "execute as me, anyone in the domain", Google already keeps
 * outsiders out; the viewer's address is checked again against the settings' domain so
 * a deployment opened wider by mistake still shows nothing.
 */
export function doGet(event?: unknown): GoogleAppsScript.HTML.HtmlOutput | { ok: false; message: string } {
  // Google hands every GET its request (parameter, queryString…); a page's google.script.run does not.
  if (!event || typeof event !== 'object' || !('parameter' in event))
    return { ok: false, message: DASHBOARD_TEXT.notARequest };
  let html: string;
  try {
    const snapshot = loadSnapshot();
    const domain = (snapshot?.domain || DEFAULT_SETTINGS.domain).toLowerCase();
    const viewer = viewerEmail();
    html = viewer.endsWith(`@${domain}`) ? renderDashboard(snapshot) : renderNotAllowed(domain);
  } catch (error) {
    console.error(error);
    html = renderProblem(UI.alerts.unexpected);
  }
  return HtmlService.createHtmlOutput(html)
    .setTitle(DASHBOARD_TEXT.title)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

/** Menu: a link to the deployed web app, or how to deploy it. */
export function openDashboard(): { ok: true; url: string | null } | { ok: false; message: string } {
  return guarded(true, () => {
    let url: string | null = null;
    try {
      url = ScriptApp.getService().getUrl() || null;
    } catch {
      url = null;
    }
    const T = DASHBOARD_TEXT;
    const body = url
      ? `<p><a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(T.dialogOpen)}</a></p><p>${escapeHtml(T.dialogNote)}</p>`
      : `<p>${escapeHtml(T.notDeployed)}</p>`;
    showDialog(`<div style="font-family:Arial,sans-serif;font-size:14px">${body}</div>`, T.dialogTitle);
    return { ok: true as const, url };
  });
}
