/**
 * Sheets the add-on owns and Văn phòng alone edits (the register today; a ledger or the
 * approved recipients tomorrow). Anyone who can edit the workbook can add a sheet of any
 * name, and hidden is not private, so an owned sheet is known by the id recorded when the
 * add-on made it, never by its name, and its protection is re-made on every run.
 *
 * Google's rules this leans on (src/local/gas/protection.ts cites them): Sheet.protect()
 * returns the sheet's existing protection; a new one mirrors the spreadsheet's editors and
 * protects nothing until its editors change; the owner and the current user cannot be
 * removed; a warning-only protection has no editor list.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Props = GoogleAppsScript.Properties.Properties;

/** The document property holding the owned sheets' ids (name → sheet id, JSON). */
export const OWNED_SHEET_IDS_KEY = 'ownedSheets';

/** Where the ids of owned sheets are kept, out of the units' reach (document properties). */
export interface OwnedSheetIds {
  get(name: string): number | null;
  set(name: string, id: number): void;
}

/** The ids recorded in `props`, name → sheet id; a damaged record believes no sheet. */
export function readOwnedIds(props: Props): Record<string, unknown> {
  try {
    const parsed = JSON.parse(props.getProperty(OWNED_SHEET_IDS_KEY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** `name`'s id in what readOwnedIds gave; null when none is recorded. */
export function recordedId(ids: Record<string, unknown>, name: string): number | null {
  const id = ids[name];
  return typeof id === 'number' ? id : null;
}

export type OwnedSheet =
  | { state: 'absent' }
  | { state: 'owned'; sheet: Sheet; created: boolean }
  /** A sheet of that name the add-on did not make: never read, written or adopted. */
  | { state: 'planted'; sheet: Sheet };

const normal = (emails: readonly string[]): Set<string> =>
  new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean));

/**
 * A sheet made before ids were recorded is the add-on's when Văn phòng's protection is on it:
 * not warning-only, no domain-wide editing, and no editor outside Văn phòng. A unit that
 * makes a sheet and protects it stays one of its editors (Google keeps the current user),
 * so a planted sheet fails this; a runner who may not read the editors learns nothing.
 */
function heldByOffice(sheet: Sheet, officeEmails: readonly string[]): boolean {
  try {
    const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] as
      GoogleAppsScript.Spreadsheet.Protection | undefined;
    if (!protection || protection.isWarningOnly() || protection.canDomainEdit()) return false;
    const office = normal(officeEmails);
    const editors = protection.getEditors().map((u) => u.getEmail().trim().toLowerCase());
    return editors.length > 0 && editors.every((e) => office.has(e));
  } catch {
    return false;
  }
}

/** Whether the runner may edit `sheet` (false when a protection they are not an editor of covers it). */
export function runnerMayEdit(sheet: Sheet): boolean {
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).every((p) => p.canEdit());
}

/** Whether `sheet` is the one the add-on recorded under `name`. */
export function isOwnedSheet(sheet: Sheet, name: string, ids: OwnedSheetIds): boolean {
  const id = ids.get(name);
  return id !== null && id === sheet.getSheetId();
}

/**
 * The owned sheet `name`: the recorded one; else one made before ids were kept and held by
 * Văn phòng (its id is recorded now); else a new one when `create` (recorded and protected
 * by the caller's protectForOffice). Any other sheet of that name is planted.
 */
export function ensureOwnedSheet(
  ss: Spreadsheet,
  name: string,
  ids: OwnedSheetIds,
  options: { create: boolean; officeEmails: readonly string[] },
): OwnedSheet {
  const sheet = ss.getSheetByName(name);
  if (sheet) {
    if (isOwnedSheet(sheet, name, ids)) return { state: 'owned', sheet, created: false };
    if (ids.get(name) === null && heldByOffice(sheet, options.officeEmails)) {
      ids.set(name, sheet.getSheetId());
      return { state: 'owned', sheet, created: false };
    }
    return { state: 'planted', sheet };
  }
  if (!options.create) return { state: 'absent' };
  const made = ss.insertSheet(name);
  ids.set(name, made.getSheetId());
  return { state: 'owned', sheet: made, created: true };
}

/**
 * Protects the whole sheet so that only `officeEmails` edit it (Google keeps the owner and
 * the runner), never warning-only, never domain-wide. The editors are always set, so a new
 * protection stops mirroring the spreadsheet's editors. False when the runner may not: the
 * caller says so.
 */
export function protectForOffice(sheet: Sheet, officeEmails: readonly string[], description: string): boolean {
  try {
    const protection = sheet.protect();
    if (protection.isWarningOnly()) protection.setWarningOnly(false);
    if (protection.getDescription() !== description) protection.setDescription(description);
    const wanted = normal(officeEmails);
    protection.addEditors([...wanted]);
    const extra = protection
      .getEditors()
      .map((u) => u.getEmail())
      .filter((e) => !wanted.has(e.trim().toLowerCase()));
    if (extra.length > 0) protection.removeEditors(extra);
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
    return true;
  } catch {
    return false;
  }
}

/** An owned sheet opened for writing: protected (and hidden when asked) before anything is written. */
export type OwnedForWrite =
  { state: 'absent' } | { state: 'planted' } | { state: 'owned'; sheet: Sheet; created: boolean; held: boolean };

/**
 * The owned sheet `name`, made when absent unless `create` is false, then protected for
 * Văn phòng first: a new sheet is never open to units, not even between two calls. Hidden
 * again when `hide`: someone may have shown it to look. `held` is false when it could not be
 * protected (the caller says so). Nothing is done to a planted sheet.
 */
export function openOwnedForWrite(
  ss: Spreadsheet,
  name: string,
  ids: OwnedSheetIds,
  options: { officeEmails: readonly string[]; description: string; hide: boolean; create?: boolean },
): OwnedForWrite {
  const { officeEmails } = options;
  const found = ensureOwnedSheet(ss, name, ids, { create: options.create ?? true, officeEmails });
  if (found.state !== 'owned') return found.state === 'absent' ? found : { state: 'planted' };
  const { sheet, created } = found;
  const held = protectForOffice(sheet, officeEmails, options.description);
  if (options.hide && !sheet.isSheetHidden()) sheet.hideSheet();
  return { state: 'owned', sheet, created, held };
}

/**
 * Readies `sheet` for a table of `rows` rows and `width` columns, as a range past the sheet's
 * last row or column does not exist. `trimColumns` cuts it to `width` first: a new sheet has
 * 26 columns, and the workbook has 10 million cells in all. When short it grows `headroom`
 * rows beyond, so that it seldom has to grow; `reserve` grows it so now even when the rows
 * fit (a new sheet starting with its headroom). `clearBelow` empties the rows under the table,
 * for a table written whole.
 */
export function fitSheet(
  sheet: Sheet,
  fit: {
    rows: number;
    width: number;
    headroom?: number;
    reserve?: boolean;
    trimColumns?: boolean;
    clearBelow?: boolean;
  },
): void {
  const { rows, width, headroom = 0 } = fit;
  const maxRows = sheet.getMaxRows();
  if (fit.trimColumns) {
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns > width) sheet.deleteColumns(width + 1, maxColumns - width);
  }
  if (maxRows < (fit.reserve ? rows + headroom : rows)) sheet.insertRowsAfter(maxRows, rows + headroom - maxRows);
  if (fit.clearBelow) {
    const stale = sheet.getLastRow() - rows;
    if (stale > 0) sheet.getRange(rows + 1, 1, stale, width).clearContent();
  }
}
