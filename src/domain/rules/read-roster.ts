/**
 * First step of the check: the roster's header is matched to the column specs and every row
 * is parsed with the findings that need only the row itself.
 */
import { FINDING_TEXT, INPUT_PROBLEM } from '../../i18n/findings';
import { matchColumns, ROSTER_COLUMNS } from '../columns';
import { parseRosterRow, type RosterColumns, type RosterPerson } from '../person';
import { cleanText } from '../text';
import type { CellValue, RawTable } from '../types';
import type { RosterSheet } from './flag';

export interface InputProblem {
  ok: false;
  message: string;
}

export interface RosterRead {
  ok: true;
  sheet: RosterSheet;
  /** The roster's values as read, header first. */
  rows: CellValue[][];
  people: RosterPerson[];
  /** One note per header that appears twice: the first column is the one read. */
  notes: string[];
}

const problem = (message: string): InputProblem => ({ ok: false, message });

export function readRoster(roster: RawTable | null, now: Date): RosterRead | InputProblem {
  if (!roster) return problem(INPUT_PROBLEM.noRoster);
  if (roster.values.length === 0 || roster.values[0].every((h) => cleanText(h) === ''))
    return problem(INPUT_PROBLEM.emptyRoster);
  const header: CellValue[] = roster.values[0];
  const { columns, missing, duplicates } = matchColumns(header, ROSTER_COLUMNS);
  if (missing.length > 0)
    return problem(
      INPUT_PROBLEM.missingColumns(
        roster.sheetName,
        missing.map((m) => m.header),
      ),
    );
  const notes = duplicates.map((d) => FINDING_TEXT.duplicateHeader(cleanText(header[d.indices[0]])));
  const people: RosterPerson[] = [];
  const rosterColumns: RosterColumns = columns;
  for (let i = 1; i < roster.values.length; i++) {
    people.push(parseRosterRow(roster.values[i], i + 1, rosterColumns, header, roster.sheetName, now));
  }
  return {
    ok: true,
    sheet: { name: roster.sheetName, header, columns: rosterColumns },
    rows: roster.values,
    people,
    notes,
  };
}
