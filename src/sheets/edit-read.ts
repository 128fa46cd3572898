/**
 * What onEdit reads, and no more: the header, the edited rows, the identity columns
 * duplicates are found by with the addresses shown, and the identity columns of 'Tài khoản hiện có' and
 * 'CSDL ngành'. One read per column whatever the number of rows.
 */
import { OWNED_HEADERS } from '../domain/check';
import { ACCOUNT_COLUMNS, matchColumns, matchServiceColumns, ROSTER_COLUMNS } from '../domain/columns';
import type { CellValue, RawTable, WorkbookInput } from '../domain/types';
import { locateRosterColumns, type UserField } from './columns';
import { readLedgerInput } from './ledger-sheet';
import { SHEETS } from './names';
import { readIdentityColumns, readSomeColumns, readTable } from './read';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const IDENTITY_FIELDS: UserField[] = ['fullName', 'dob', 'cccd', 'staffId'];
const OWNED_FIELDS = new Set<string>(Object.keys(OWNED_HEADERS));

export interface EditedArea {
  sheet: Sheet;
  sheetName: string;
  /** Data rows edited (header excluded), clipped to the sheet's last row; empty when first > last. */
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
    first: Math.max(range.getRow(), 2),
    last: Math.min(range.getLastRow(), lastRow),
    firstColumn: range.getColumn(),
    lastColumn: range.getLastColumn(),
  };
}

export function readHeader(sheet: Sheet): CellValue[] {
  const width = sheet.getLastColumn();
  return width < 1 ? [] : (sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[]);
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
  const lastRow = sheet.getLastRow();
  const header = readHeader(sheet);
  if (lastRow < 1 || header.length === 0) return { sheetName: SHEETS.accounts, values: [] };
  const { columns } = matchColumns(header, ACCOUNT_COLUMNS);
  const wanted = Object.values(columns).filter((c): c is number => c !== undefined);
  return { sheetName: SHEETS.accounts, values: readSomeColumns(sheet, header, wanted, lastRow) };
}

export function readEditInput(area: EditedArea, header: CellValue[]): WorkbookInput {
  const { sheet } = area;
  const lastRow = sheet.getLastRow();
  const columns = locateRosterColumns(header);
  const identity = IDENTITY_FIELDS.map((f) => columns[f])
    .filter((c): c is number => c !== undefined)
    .map((c) => c - 1);
  // The addresses shown tell which row of a duplicated person holds one, so that row is kept.
  const shown = matchColumns(header, ROSTER_COLUMNS).columns.address;
  if (shown !== undefined) identity.push(shown);
  const values = readSomeColumns(sheet, header, identity, lastRow);
  const edited = sheet.getRange(area.first, 1, area.last - area.first + 1, header.length).getValues() as CellValue[][];
  edited.forEach((row, i) => (values[area.first - 1 + i] = row));
  const ss = sheet.getParent();
  return {
    roster: { sheetName: SHEETS.roster, values },
    summary: null,
    accounts: readAccounts(ss),
    csdl: readIdentityColumns(ss, SHEETS.csdl),
    // The register says which row holds which address: the address column is only what was typed.
    register: readTable(ss, SHEETS.register),
    ...readLedgerInput(ss, PropertiesService.getDocumentProperties()),
  };
}
