/**
 * First step of the check: each roster tab's header is found and matched to the column specs,
 * rows that are not people (numbering, subtotals) are set aside, and every other row is parsed
 * with the findings that need only the row itself. The tabs make one roster, in workbook order.
 */
import { FINDING_TEXT, INPUT_PROBLEM } from '../../i18n/findings';
import { ROSTER_COLUMNS } from '../columns';
import { parseRosterRow, type RosterColumns, type RosterPerson } from '../person';
import { isSubtotalRow, locateTable } from '../sheet-layout';
import { cleanText } from '../text';
import type { CellValue, RawTable, WorkbookInput } from '../types';
import type { RosterSheet } from './flag';

export interface InputProblem {
  ok: false;
  message: string;
}

/** One tab of the roster: where its table sits and what it holds. */
export interface RosterTab extends RosterSheet {
  /** Position among the roster's tabs. */
  index: number;
  /** 1-based sheet row of the header (the upper row of a two-row header). */
  headerRow: number;
  /** 1-based sheet row of the first row below the header and its numbering row. */
  firstRow: number;
  /** The tab's values as read: `values[i]` is sheet row i + 1. */
  values: CellValue[][];
  /** 1-based sheet rows below the header that are not people (subtotals): they get nothing. */
  skipped: number[];
}

export interface Roster {
  ok: true;
  tabs: RosterTab[];
  people: RosterPerson[];
  /** One note per header that appears twice (the first column is the one read), and per tab left out. */
  notes: string[];
}

const problem = (message: string): InputProblem => ({ ok: false, message });

/** The roster's tabs as the input gives them. */
export function rosterTables(input: Pick<WorkbookInput, 'roster' | 'rosterTabs'>): RawTable[] {
  return input.rosterTabs ?? (input.roster ? [input.roster] : []);
}

/** Columns whose content says a row is a person, besides the name. */
const IDENTITY: (keyof RosterColumns)[] = ['dob', 'staffId', 'cccd', 'personalEmail', 'existingEmail'];

function readTab(
  table: RawTable,
  index: number,
  people: RosterPerson[],
  now: Date,
): { tab: RosterTab; repeated: string[] } | string[] {
  const located = locateTable(table.values, ROSTER_COLUMNS);
  if (!located.ok) return located.missing;
  const { headerRow, firstRow, header, match } = located.layout;
  const columns: RosterColumns = match.columns;
  const identity = IDENTITY.map((f) => columns[f]);
  const tab: RosterTab = {
    name: table.sheetName,
    header,
    columns,
    index,
    headerRow,
    firstRow,
    values: table.values,
    skipped: [],
  };
  for (let r = firstRow; r <= table.values.length; r++) {
    const row = table.values[r - 1];
    if (isSubtotalRow(row, columns.fullName, identity)) {
      tab.skipped.push(r);
      continue;
    }
    const place = { ref: { sheet: table.sheetName, row: r }, index: people.length, tab: index };
    people.push(parseRosterRow(row, place, columns, header, now));
  }
  const repeated = match.duplicates.map((d) => cleanText(header[d.indices[0]]));
  return { tab, repeated };
}

export function readRoster(tables: RawTable[], now: Date): Roster | InputProblem {
  if (tables.length === 0) return problem(INPUT_PROBLEM.noRoster);
  const tabs: RosterTab[] = [];
  const people: RosterPerson[] = [];
  const notes: string[] = [];
  const unread: { name: string; missing: string[] }[] = [];
  for (const table of tables) {
    const read = readTab(table, tabs.length, people, now);
    if (Array.isArray(read)) {
      unread.push({ name: table.sheetName, missing: read });
      continue;
    }
    tabs.push(read.tab);
    for (const h of read.repeated) notes.push(FINDING_TEXT.duplicateHeader(h));
  }
  if (tabs.length === 0) {
    const first = unread[0];
    const empty = tables[0].values.every((row) => row.every((v) => cleanText(v) === ''));
    return problem(
      empty ? INPUT_PROBLEM.emptyRoster(first.name) : INPUT_PROBLEM.missingColumns(first.name, first.missing),
    );
  }
  for (const u of unread) notes.push(INPUT_PROBLEM.tabLeftOut(u.name, u.missing));
  return { ok: true, tabs, people, notes };
}
