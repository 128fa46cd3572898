/**
 * The Director's dashboard: every run of Văn phòng in the production workbook saves the
 * report's counts as a small snapshot in the script properties (the web app runs without the
 * workbook open, where document properties and the active spreadsheet are not to be had), and
 * `doGet` prints the page from it alone: a constant handful of service calls whatever the
 * workbook's size. Which workbook that is, and why: snapshot-store.ts.
 */
import { buildSnapshot, parseSnapshot, type DashboardSnapshot } from '../domain/dashboard/snapshot';
import { packSnapshot } from '../domain/dashboard/stored';
import { DEFAULT_SETTINGS } from '../domain/types';
import { DASHBOARD_TEXT } from '../i18n/dashboard';
import { UI } from '../i18n/ui';
import { renderDashboard, renderNotAllowed, renderProblem } from '../ui/dashboard-page';
import { escapeHtml, showDialog } from './env';
import { guarded } from './guard';
import { readSnapshotText, writeSnapshotParts, writesDashboard } from './snapshot-store';

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

/**
 * Saves the snapshot of a run's report, when the run is in the production workbook (see
 * snapshot-store.ts); a failure here never fails the run itself.
 */
export function saveSnapshot(
  report: { header: readonly unknown[]; rows: readonly (readonly unknown[])[] },
  now: Date,
  domain: string,
): void {
  try {
    const documentId = SpreadsheetApp.getActive().getId();
    if (!writesDashboard(documentId)) return;
    const snapshot = buildSnapshot(report as Parameters<typeof buildSnapshot>[0], now, domain);
    writeSnapshotParts(PropertiesService.getScriptProperties(), documentId, snapshotParts(snapshot));
  } catch (error) {
    console.error(error);
  }
}

/** One read of the script properties: the production workbook's snapshot, null when none yet. */
export function loadSnapshot(): DashboardSnapshot | null | 'not-configured' {
  const stored = readSnapshotText(PropertiesService.getScriptProperties().getProperties());
  return stored.ok ? parseSnapshot(stored.text) : stored.reason;
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
    const loaded = loadSnapshot();
    const snapshot = loaded === 'not-configured' ? null : loaded;
    const domain = (snapshot?.domain || DEFAULT_SETTINGS.domain).toLowerCase();
    const viewer = viewerEmail();
    if (!viewer.endsWith(`@${domain}`)) html = renderNotAllowed(domain);
    else html = loaded === 'not-configured' ? renderProblem(DASHBOARD_TEXT.notConfigured) : renderDashboard(snapshot);
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
