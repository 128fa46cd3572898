/**
 * Where the roster's columns sit, in 1-based sheet columns. The domain's column specs
 * (src/domain/columns.ts) are the only definition of headers and aliases, so the Sheets
 * layer, the entry form and the check can never disagree about a column.
 */
import {
  headerKey,
  matchColumns,
  ROSTER_COLUMNS,
  SUMMARY_COLUMNS,
  type RosterField as DomainRosterField,
} from '../domain/columns';
import type { CellValue } from '../domain/types';

export { headerKey };

/** The fields a person types (the add-on's own columns excluded). */
export type RosterField = Exclude<DomainRosterField, 'address' | 'status' | 'messages' | 'receivedAt'>;

const aliasesOf = (specs: readonly { field: string; header: string; aliases: string[] }[], field: string): string[] => {
  const spec = specs.find((s) => s.field === field)!;
  return [spec.header, ...spec.aliases];
};

export const ROSTER_HEADERS = {
  commune: aliasesOf(ROSTER_COLUMNS, 'commune'),
  unit: aliasesOf(ROSTER_COLUMNS, 'unit'),
} as const;

export const FOCAL_EMAIL_HEADERS = aliasesOf(SUMMARY_COLUMNS, 'focalEmail');

/** 1-based column of the first header matching any alias, or 0. */
export function findColumn(header: CellValue[], aliases: string[]): number {
  const keys = new Set(aliases.map(headerKey));
  return header.findIndex((h) => keys.has(headerKey(h))) + 1;
}

export function locateRosterColumns(header: CellValue[]): Partial<Record<RosterField, number>> {
  const { columns } = matchColumns(header, ROSTER_COLUMNS);
  const out: Partial<Record<RosterField, number>> = {};
  for (const [field, index] of Object.entries(columns) as [DomainRosterField, number][]) {
    if (field === 'address' || field === 'status' || field === 'messages' || field === 'receivedAt') continue;
    out[field] = index + 1;
  }
  return out;
}
