/**
 * What onEdit reads, and no more: each roster tab's top rows (where its header is), the edited
 * rows, the identity columns duplicates are found by with the addresses shown, and the
 * identity columns of 'Tài khoản hiện có' and 'CSDL ngành'. One read per column and tab
 * whatever the number of rows.
 */
import { OWNED_HEADERS } from '../domain/check';
import {
  ACCOUNT_COLUMNS,
  matchColumns,
  matchServiceColumns,
  ROSTER_COLUMNS,
  type RosterField,
} from '../domain/columns';
import type { CellValue, RawTable, WorkbookInput } from '../domain/types';
import type { UserField } from './columns';
import { SHEETS } from './names';
import { readIdentityColumns, readSomeColumns, readTable } from './read';
import { readLedgerInput } from './ledger-sheet';
import { locateRosterSheet, locateSheetTable, rosterSheets, type LocatedSheet } from './roster-sheets';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const IDENTITY_FIELDS: UserField[] = ['fullName', 'dob', 'cccd', 'staffId'];
const OWNED_FIELDS = new Set<string>(Object.keys(OWNED_HEADERS));

export interface EditedArea {
  sheet: Sheet;
  sheetName: string;
  /** Rows edited, clipped to the sheet's last row; empty when first > last. */
  first: number;
  last: number;
  firstColumn: number;
  lastColumn: number;
}

export function editedArea(range: Range): EditedArea {
  const sheet = range.getSheet();
  const lastRow = sheet.getLastRow();
  return {
    sheet,
    sheetName: sheet.getName(),
    first: range.getRow(),
    last: Math.min(range.getLastRow(), lastRow),
    firstColumn: range.getColumn(),
    lastColumn: range.getLastColumn(),
  };
}

/** Whether the edit touched a column a person types (not only the add-on's own). */
export function touchesUserColumns(header: CellValue[], area: EditedArea): boolean {
  const { columns } = matchColumns(header, ROSTER_COLUMNS);
  const owned = new Set(
    Object.entries(columns)
      .filter(([field]) => OWNED_FIELDS.has(field))
      .map(([, index]) => (index as number) + 1),
  );
  // Plan 5277's 'eOffice' / 'Chữ ký số' are the add-on's too (told apart from a unit's column of that name).
  for (const index of Object.values(matchServiceColumns(header).owned)) owned.add(index + 1);
  for (let c = area.firstColumn; c <= area.lastColumn; c++) if (!owned.has(c)) return true;
  return false;
}

/** 'Tài khoản hiện có', its e-mail and identity columns only. */
function readAccounts(ss: Spreadsheet): RawTable | null {
  const sheet = ss.getSheetByName(SHEETS.accounts);
  if (!sheet) return null;
  const located = locateSheetTable(sheet, ACCOUNT_COLUMNS);
  if (!located) return { sheetName: SHEETS.accounts, values: [] };
  if (!located.layout) return { sheetName: SHEETS.accounts, values: located.top };
  const wanted = Object.values(located.layout.match.columns).filter((c): c is number => c !== undefined);
  return { sheetName: SHEETS.accounts, values: readSomeColumns(sheet, located.top, wanted, located.lastRow) };
}

/** One roster tab as onEdit needs it: the identity columns and the addresses shown, and the edited rows whole. */
function readTab(sheet: Sheet, located: LocatedSheet<RosterField>, edited: EditedArea | null): RawTable {
  const { columns } = located.layout!.match;
  const identity = IDENTITY_FIELDS.map((f) => columns[f]).filter((c): c is number => c !== undefined);
  // The addresses shown tell which row of a duplicated person holds one, so that row is kept.
  if (columns.address !== undefined) identity.push(columns.address);
  const values = readSomeColumns(sheet, located.top, identity, located.lastRow);
  if (edited && edited.last >= edited.first) {
    const rows = sheet.getRange(edited.first, 1, edited.last - edited.first + 1, located.lastColumn).getValues();
    (rows as CellValue[][]).forEach((row, i) => (values[edited.first - 1 + i] = row));
  }
  return { sheetName: sheet.getName(), values };
}

export interface EditInput {
  input: WorkbookInput;
  /** The edited tab's header and first row below it. */
  header: CellValue[];
  firstRow: number;
}

/**
 * What onEdit reads of every roster tab (duplicates span them all), with the edited rows
 * (from the first below the header) whole; null when the edited tab has no header to find.
 */
export function readEditInput(area: EditedArea): EditInput | null {
  const ss = area.sheet.getParent();
  const tabs: RawTable[] = [];
  let edited: Pick<EditInput, 'header' | 'firstRow'> | null = null;
  for (const sheet of rosterSheets(ss)) {
    const located = locateRosterSheet(sheet);
    if (!located?.layout) continue;
    const isEdited = sheet.getName() === area.sheetName;
    const { firstRow, header } = located.layout;
    tabs.push(readTab(sheet, located, isEdited ? { ...area, first: Math.max(area.first, firstRow) } : null));
    if (isEdited) edited = { header, firstRow };
  }
  if (!edited) return null;
  const input = {
    rosterTabs: tabs,
    summary: null,
    accounts: readAccounts(ss),
    csdl: readIdentityColumns(ss, SHEETS.csdl),
    // The register says which row holds which address: the address column is only what was typed.
    register: readTable(ss, SHEETS.register),
    ...readLedgerInput(ss, PropertiesService.getDocumentProperties()),
  };
  return { input, ...edited };
}
