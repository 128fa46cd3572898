/**
 * The columns the check owns on the roster and what they show: the mailbox's four, then a
 * service's column when the roster registers that service or already has its column.
 */
import { OWNED_ROSTER_FIELDS, ROSTER_HEADER_TEXT } from '../columns';
import { SERVICE_OWNED_HEADERS, serviceStateText, SERVICES, type ServiceDecisions } from '../services';
import { rowRefKey, type CellValue, type RowRef } from '../types';
import type { RowOutcome } from './outcome';
import type { RosterTab } from './read-roster';

export type MailboxOwnedField = (typeof OWNED_ROSTER_FIELDS)[number];
/** The mailbox's own columns, then the two service columns (appended only when the roster registers that service). */
export type OwnedField = MailboxOwnedField | 'eoffice' | 'signature';
const OWNED_FIELDS: readonly MailboxOwnedField[] = OWNED_ROSTER_FIELDS;
/** The mailbox's owned columns' headers, from the roster's column specs. */
export const OWNED_HEADERS: Record<MailboxOwnedField, string> = {
  address: ROSTER_HEADER_TEXT.address,
  status: ROSTER_HEADER_TEXT.status,
  messages: ROSTER_HEADER_TEXT.messages,
  receivedAt: ROSTER_HEADER_TEXT.receivedAt,
};

export interface OwnedColumn {
  field: OwnedField;
  header: string;
  /** 1-based sheet column. */
  column: number;
  appended: boolean;
  /** One value per row of its tab's `rows`, in that order. */
  values: CellValue[];
}

/** The owned columns of one roster tab, and the sheet rows their values belong to. */
export interface OwnedTab {
  sheet: string;
  /** 1-based sheet row where the owned headers go (the tab's header row). */
  headerRow: number;
  /** 1-based sheet rows, ascending; a run writes every row below the header, onEdit only its rows. */
  rows: number[];
  columns: OwnedColumn[];
}

/** The outcomes of `onlyRows`, in that order, skipping rows that are not people; all when absent. */
export function selectRows(outcomes: RowOutcome[], onlyRows: readonly RowRef[] | undefined): RowOutcome[] {
  if (!onlyRows) return outcomes;
  const byRow = new Map(outcomes.map((o) => [rowRefKey(o.ref), o]));
  return onlyRows.map((r) => byRow.get(rowRefKey(r))).filter((o): o is RowOutcome => !!o);
}

function ownedValue(field: MailboxOwnedField, o: RowOutcome): CellValue {
  if (field === 'address') return o.address;
  if (field === 'status') return o.status;
  if (field === 'messages') return o.messages;
  return o.receivedAt;
}

interface Slot {
  field: OwnedField;
  header: string;
  column: number;
  appended: boolean;
  value: (o: RowOutcome) => CellValue;
}

/** Columns found on the tab keep their place; missing ones are appended after its header, in order. */
function slotsOf(tab: RosterTab, services: ServiceDecisions): Slot[] {
  let nextColumn = tab.header.length + 1;
  const slots: Slot[] = OWNED_FIELDS.map((field) => {
    const existing = tab.columns[field];
    const column = existing === undefined ? nextColumn++ : existing + 1;
    return {
      field,
      header: OWNED_HEADERS[field],
      column,
      appended: existing === undefined,
      value: (o) => ownedValue(field, o),
    };
  });
  for (const service of SERVICES) {
    const existing = services.ownedAt[tab.index]?.[service];
    if (!services.activeIn[tab.index]?.[service] && existing === undefined) continue;
    const states = services.states[service];
    slots.push({
      field: service,
      header: SERVICE_OWNED_HEADERS[service],
      column: existing === undefined ? nextColumn++ : existing + 1,
      appended: existing === undefined,
      value: (o) => serviceStateText(states[o.index] ?? ''),
    });
  }
  return slots;
}

/**
 * Per tab, the owned columns' values. With `selected` (onEdit, the entry form) only those
 * rows; otherwise every row below the header, where a row that is not a person keeps what it shows.
 */
export function ownedColumns(
  tabs: readonly RosterTab[],
  outcomes: readonly RowOutcome[],
  selected: readonly RowOutcome[] | null,
  services: ServiceDecisions,
): OwnedTab[] {
  return tabs.flatMap((tab): OwnedTab[] => {
    const slots = slotsOf(tab, services);
    const mine = (selected ?? outcomes).filter((o) => o.ref.sheet === tab.name);
    if (selected) {
      if (mine.length === 0) return [];
      const rows = mine.map((o) => o.ref.row);
      const columns = slots.map(({ value, ...c }) => ({ ...c, values: mine.map(value) }));
      return [{ sheet: tab.name, headerRow: tab.headerRow, rows, columns }];
    }
    const byRow = new Map(mine.map((o) => [o.ref.row, o]));
    const rows = Array.from({ length: Math.max(tab.values.length - tab.firstRow + 1, 0) }, (_, i) => tab.firstRow + i);
    const columns = slots.map(({ value, ...c }) => ({
      ...c,
      values: rows.map((r) => {
        const o = byRow.get(r);
        return o ? value(o) : c.appended ? '' : (tab.values[r - 1]?.[c.column - 1] ?? '');
      }),
    }));
    return [{ sheet: tab.name, headerRow: tab.headerRow, rows, columns }];
  });
}
