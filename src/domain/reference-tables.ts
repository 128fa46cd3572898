/**
 * The optional sheets 'Tài khoản hiện có' and 'CSDL ngành' as indexed records.
 */
import { ACCOUNT_COLUMNS, CSDL_COLUMNS, type ColumnSpec } from './columns';
import { parseCccd } from './cccd';
import { parseSheetDate } from './dates';
import { parseEmail } from './email';
import { staffIdKey } from './person';
import { locateTable } from './sheet-layout';
import { identifiersDiffer, type Identity } from './identity';
import { cleanText, nameKey } from './text';
import type { CellValue, RawTable } from './types';

export interface IdentityRecord {
  row: number;
  email: string;
  name: string;
  nameKey: string;
  dobIso: string | null;
  cccd: string | null;
  staffId: string | null;
}

export interface IdentityIndex {
  byCccd: Map<string, IdentityRecord>;
  byStaffId: Map<string, IdentityRecord>;
  /** Every record of a name and birth date, in sheet order: namesakes born the same day are common. */
  byNameDob: Map<string, IdentityRecord[]>;
  records: IdentityRecord[];
}

export type TableLoad = { ok: true; index: IdentityIndex } | { ok: false; missing: string[] } | null;

function load<F extends 'email' | 'staffId' | 'fullName' | 'dob' | 'cccd'>(
  table: RawTable | null,
  specs: readonly ColumnSpec<string>[],
  keep: (r: IdentityRecord) => boolean,
): TableLoad {
  if (!table || table.values.length === 0) return null;
  const located = locateTable(table.values, specs);
  if (!located.ok) return { ok: false, missing: located.missing };
  const { columns } = located.layout.match;
  const at = (row: CellValue[], field: F): CellValue => {
    const index = (columns as Record<string, number | undefined>)[field];
    return index === undefined ? '' : (row[index] ?? '');
  };
  const index: IdentityIndex = { byCccd: new Map(), byStaffId: new Map(), byNameDob: new Map(), records: [] };
  for (let i = located.layout.firstRow - 1; i < table.values.length; i++) {
    const row = table.values[i];
    const email = parseEmail(at(row, 'email' as F));
    const cccd = parseCccd(at(row, 'cccd' as F));
    const dob = parseSheetDate(at(row, 'dob' as F));
    const record: IdentityRecord = {
      row: i + 1,
      email: email.kind === 'ok' ? email.address : '',
      name: cleanText(at(row, 'fullName' as F)),
      nameKey: nameKey(at(row, 'fullName' as F)),
      dobIso: dob.kind === 'ok' ? dob.iso : null,
      cccd: cccd.kind === 'ok' ? cccd.value : null,
      staffId: staffIdKey(at(row, 'staffId' as F)),
    };
    if (keep(record)) index.records.push(record);
  }
  // The first row of a key wins: filled from the last record back, the earliest is written
  // last, and each record costs one hash operation per key instead of a look-up and a write.
  for (let i = index.records.length - 1; i >= 0; i--) {
    const record = index.records[i];
    if (record.cccd) index.byCccd.set(record.cccd, record);
    if (record.staffId) index.byStaffId.set(record.staffId, record);
  }
  for (const record of index.records) {
    if (!record.nameKey || !record.dobIso) continue;
    const key = nameDobKey(record);
    const bucket = index.byNameDob.get(key);
    if (bucket) bucket.push(record);
    else index.byNameDob.set(key, [record]);
  }
  return { ok: true, index };
}

/** Accounts on the mail domain only: an haiduong.edu.vn address does not count. */
export function loadAccounts(table: RawTable | null, domain: string): TableLoad {
  const suffix = `@${domain.toLowerCase()}`;
  return load(table, ACCOUNT_COLUMNS, (r) => r.email.endsWith(suffix));
}

export function loadCsdl(table: RawTable | null): TableLoad {
  return load(table, CSDL_COLUMNS, (r) => !!r.staffId || !!r.cccd || !!r.nameKey);
}

export const nameDobKey = (r: { nameKey: string | null; dobIso: string | null }): string => `${r.nameKey}|${r.dobIso}`;

/** The records of the person's name and birth date that may be theirs: none whose identifiers contradict them. */
export function nameDobCandidates(index: IdentityIndex, person: Identity): IdentityRecord[] {
  if (!person.nameKey || !person.dobIso) return [];
  return (index.byNameDob.get(nameDobKey(person)) ?? []).filter((r) => !identifiersDiffer(person, r));
}

export function lookup(
  index: IdentityIndex,
  person: Identity,
): { record: IdentityRecord; by: 'staffId' | 'cccd' | 'nameDob' } | null {
  const byStaff = person.staffId ? index.byStaffId.get(person.staffId) : undefined;
  if (byStaff) return { record: byStaff, by: 'staffId' };
  const byCccd = person.cccd ? index.byCccd.get(person.cccd) : undefined;
  if (byCccd) return { record: byCccd, by: 'cccd' };
  const [byName] = nameDobCandidates(index, person);
  return byName ? { record: byName, by: 'nameDob' } : null;
}
