/** How the cross-row rules put a finding on a roster row, named by the column it is about. */
import type { RosterField } from '../columns';
import type { RosterColumns, RosterPerson } from '../person';
import { cleanText } from '../text';
import type { CellValue, Finding } from '../types';

export interface RosterSheet {
  name: string;
  header: CellValue[];
  columns: RosterColumns;
}

/** The header the roster gives `field`, or `fallback` when the roster has no such column. */
export function columnText(sheet: RosterSheet, field: RosterField, fallback: string): string {
  const index = sheet.columns[field];
  return index === undefined ? fallback : cleanText(sheet.header[index]);
}

export function flag(
  sheet: RosterSheet,
  p: RosterPerson,
  field: RosterField,
  fallback: string,
  code: Finding['code'],
  message: string,
): void {
  p.findings.push({ sheet: p.ref.sheet, row: p.ref.row, column: columnText(sheet, field, fallback), code, message });
}
