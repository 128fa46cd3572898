/**
 * The columns the check owns on the roster and what they show: the mailbox's four, then a
 * service's column when the roster registers that service or already has its column.
 */
import { OWNED_ROSTER_FIELDS, ROSTER_HEADER_TEXT } from '../columns';
import { SERVICE_OWNED_HEADERS, serviceStateText, SERVICES, type ServiceDecisions } from '../services';
import type { CellValue } from '../types';
import type { RosterSheet } from './flag';
import type { RowOutcome } from './outcome';

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
  column: number;
  appended: boolean;
  values: CellValue[];
}

/** The outcomes of `onlyRows` (sheet rows), in that order, skipping rows the roster lacks; all when absent. */
export function selectRows(outcomes: RowOutcome[], onlyRows: number[] | undefined): RowOutcome[] {
  if (!onlyRows) return outcomes;
  const byRow = new Map(outcomes.map((o) => [o.sheetRow, o]));
  return onlyRows.map((r) => byRow.get(r)).filter((o): o is RowOutcome => !!o);
}

function ownedValue(field: MailboxOwnedField, o: RowOutcome): CellValue {
  if (field === 'address') return o.address;
  if (field === 'status') return o.status;
  if (field === 'messages') return o.messages;
  return o.receivedAt;
}

/** Columns found on the roster keep their place; missing ones are appended after the header, in order. */
export function ownedColumns(sheet: RosterSheet, selected: RowOutcome[], services: ServiceDecisions): OwnedColumn[] {
  let nextColumn = sheet.header.length + 1;
  const owned: OwnedColumn[] = OWNED_FIELDS.map((field) => {
    const existing = sheet.columns[field];
    const column = existing === undefined ? nextColumn++ : existing + 1;
    const values = selected.map((o) => ownedValue(field, o));
    return { field, header: OWNED_HEADERS[field], column, appended: existing === undefined, values };
  });
  for (const service of SERVICES) {
    const existing = services.ownedAt[service];
    if (!services.active[service] && existing === undefined) continue;
    const states = services.states[service];
    owned.push({
      field: service,
      header: SERVICE_OWNED_HEADERS[service],
      column: existing === undefined ? nextColumn++ : existing + 1,
      appended: existing === undefined,
      values: selected.map((o) => serviceStateText(states[o.sheetRow - 2] ?? '')),
    });
  }
  return owned;
}
