/**
 * Which roster tab a registered person goes to: the first tab (workbook order) that already
 * lists their unit, else the first tab whose header is found.
 */
import { ROSTER_COLUMNS, type RosterField } from './columns';
import { resolveCommune } from './communes';
import { locateTable, type TableLayout } from './sheet-layout';
import { unitKey } from './summary';
import { cleanText } from './text';
import type { CellValue, RawTable } from './types';

export interface RegistrationTab {
  table: RawTable;
  layout: TableLayout<RosterField>;
}

function keyOf(commune: CellValue, unit: CellValue): string {
  const resolved = resolveCommune(commune);
  return unitKey(resolved.kind === 'ok' ? resolved.commune : null, cleanText(commune), cleanText(unit));
}

export function registrationTab(tables: readonly RawTable[], commune: string, unit: string): RegistrationTab | null {
  const wanted = keyOf(commune, unit);
  let first: RegistrationTab | null = null;
  for (const table of tables) {
    const located = locateTable(table.values, ROSTER_COLUMNS);
    if (!located.ok) continue;
    const tab = { table, layout: located.layout };
    first ??= tab;
    const { commune: c, unit: u } = located.layout.match.columns;
    if (c === undefined || u === undefined || !cleanText(unit)) continue;
    for (let r = located.layout.firstRow - 1; r < table.values.length; r++) {
      const row = table.values[r];
      if (cleanText(row[u]) && keyOf(row[c], row[u]) === wanted) return tab;
    }
  }
  return first;
}
