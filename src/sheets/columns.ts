/**
 * Where the roster's columns sit, in 1-based sheet columns. The domain's column specs
 * (src/domain/columns.ts) are the only definition of headers and aliases, so the Sheets
 * layer, the entry form and the check can never disagree about a column.
 */
import { headerKey, matchColumns, ROSTER_COLUMNS, type RosterField as DomainRosterField } from '../domain/columns';
import type { CellValue } from '../domain/types';

export { headerKey };

/** The fields a person types (the add-on's own columns excluded). */
export type RosterField = Exclude<DomainRosterField, 'address' | 'status' | 'messages' | 'receivedAt'>;

export function locateRosterColumns(header: CellValue[]): Partial<Record<RosterField, number>> {
  const { columns } = matchColumns(header, ROSTER_COLUMNS);
  const out: Partial<Record<RosterField, number>> = {};
  for (const [field, index] of Object.entries(columns) as [DomainRosterField, number][]) {
    if (field === 'address' || field === 'status' || field === 'messages' || field === 'receivedAt') continue;
    out[field] = index + 1;
  }
  return out;
}
