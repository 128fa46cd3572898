/**
 * Where the dashboard's snapshot lives, and whose it may be.
 *
 * Script properties: "Data shared among: All users of a script, add-on, or web app"
 * (https://developers.google.com/apps-script/guides/properties, comparison of property
 * stores). A published add-on has one store for every installation, so every spreadsheet of
 * the domain, each one's owner counted as Văn phòng there, runs this same code against the
 * same store. The snapshot is therefore kept under its workbook's id, and only the production
 * workbook named at deploy time (deploy.config.json `dashboardSpreadsheetId`, which no workbook
 * can change) writes it or is read by the page. Other workbooks write nothing at all, not even
 * under their own id: a few KB from each spreadsheet of the domain would fill the store, and
 * the production workbook's next save would fail ("Properties total storage: 500 KB / property
 * store", https://developers.google.com/apps-script/guides/services/quotas).
 *
 * A script bound to one workbook has a store of its own (a copy of the workbook gets a copy of
 * the project), so without a configured id its own workbook is the production one, recorded
 * under SOURCE_KEY for the web app, which has no active spreadsheet.
 */
import { deployConfig } from './deploy-config';

const SNAPSHOT_PREFIX = 'dashboardSnapshot.';
/** Bound script only: the id of the workbook whose runs wrote the snapshot. */
const SOURCE_KEY = `${SNAPSHOT_PREFIX}source`;

type Store = GoogleAppsScript.Properties.Properties;

const partsKey = (documentId: string): string => `${SNAPSHOT_PREFIX}${documentId}.parts`;
const partKey = (documentId: string, i: number): string => `${SNAPSHOT_PREFIX}${documentId}.${i}`;

/** Whether a run in `documentId` may write the dashboard's figures. */
export function writesDashboard(documentId: string): boolean {
  const { target, dashboardSpreadsheetId } = deployConfig();
  if (dashboardSpreadsheetId) return documentId === dashboardSpreadsheetId;
  return target === 'bound';
}

/** Saves the parts under the workbook's id; false (nothing written) for any workbook but production. */
export function writeSnapshotParts(store: Store, documentId: string, parts: readonly string[]): boolean {
  if (!documentId || !writesDashboard(documentId)) return false;
  const values: Record<string, string> = { [partsKey(documentId)]: String(parts.length) };
  parts.forEach((p, i) => (values[partKey(documentId, i)] = p));
  if (!deployConfig().dashboardSpreadsheetId) values[SOURCE_KEY] = documentId;
  store.setProperties(values);
  return true;
}

export type SnapshotText = { ok: true; text: string | null } | { ok: false; reason: 'not-configured' };

/** The production workbook's stored snapshot, from one read of the store (null: none saved yet). */
export function readSnapshotText(all: Record<string, string>): SnapshotText {
  const { target, dashboardSpreadsheetId } = deployConfig();
  // A published add-on without a production id has no workbook whose figures it may show.
  if (!dashboardSpreadsheetId && target !== 'bound') return { ok: false, reason: 'not-configured' };
  const id = dashboardSpreadsheetId || all[SOURCE_KEY];
  if (!id) return { ok: true, text: null };
  const count = Number(all[partsKey(id)] ?? 0);
  if (!Number.isInteger(count) || count <= 0) return { ok: true, text: null };
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const part = all[partKey(id, i)];
    if (part === undefined) return { ok: true, text: null };
    parts.push(part);
  }
  return { ok: true, text: parts.join('') };
}
