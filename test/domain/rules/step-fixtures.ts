/** The roster as the first step reads it, for the tests of each later step on its own. */
import { readRoster, type Roster } from '../../../src/domain/rules/read-roster';
import type { CellValue, RawTable } from '../../../src/domain/types';
import { NOW, roster, type PersonInput } from './fixtures';

export function readPeople(people: PersonInput[], now: Date = NOW): Roster & { sheet: Roster['tabs'][number] } {
  const read = readRoster([roster(people)], now);
  if (!read.ok) throw new Error(read.message);
  return { ...read, sheet: read.tabs[0] };
}

export const table = (sheetName: string, header: string[], rows: CellValue[][]): RawTable => ({
  sheetName,
  values: [header, ...rows],
});
