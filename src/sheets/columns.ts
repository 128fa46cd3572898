/**
 * Where the roster's columns sit, in 1-based sheet columns. The domain's column specs
 * (src/domain/columns.ts) are the only definition of headers and aliases, so the Sheets
 * layer, the entry form and the check can never disagree about a column.
 */
import { headerKey, matchColumns, OWNED_ROSTER_FIELDS, ROSTER_COLUMNS, type RosterField } from '../domain/columns';
import type { CellValue } from '../domain/types';

export { headerKey };

/** The roster fields a person types (the add-on's own columns excluded). */
export type UserField = Exclude<RosterField, (typeof OWNED_ROSTER_FIELDS)[number]>;
const OWNED = new Set<RosterField>(OWNED_ROSTER_FIELDS);

export function locateRosterColumns(header: CellValue[]): Partial<Record<UserField, number>> {
  const { columns } = matchColumns(header, ROSTER_COLUMNS);
  const out: Partial<Record<UserField, number>> = {};
  for (const [field, index] of Object.entries(columns) as [RosterField, number][]) {
    if (!OWNED.has(field)) out[field as UserField] = index + 1;
  }
  return out;
}
