/**
 * The address register: every address the add-on ever assigned, with who it belongs to.
 * An address belongs to a person, not to a row: each run finds, for every address, the
 * row that now holds its person, whatever happened to the rows in between; an address
 * whose person has no row any more stays reserved.
 */
import { REGISTER_HEADER, REGISTER_TEXT } from '../i18n/register';
import { parseCccd } from './cccd';
import { parseSheetDate } from './dates';
import { compareIdentity, mostlyAgrees, type Identity } from './identity';
import { pushTo } from './multimap';
import { staffIdKey, type RosterPerson } from './person';
import { SEALED, type Seal } from './seal';
import { batchSegments, parseStamp, readBatchSegment, stamp } from './register-batch';
import { checkPersonName, cleanText } from './text';
import type { CellValue, RawTable } from './types';

export interface RegisterEntry extends Identity {
  address: string;
  name: string;
  releasedAt: Date | '';
  releasedBy: string;
  /** The batch (đợt) whose provisioning files last carried this address with a password; null before any. */
  batch: number | null;
  /** When that batch was made. */
  exportedAt: Date | null;
  /** The batches whose eOffice and digital-signature lists held this person's request. */
  eofficeBatch: number | null;
  signatureBatch: number | null;
}

/** An entry's batch fields before any export. */
export const NO_BATCH = { batch: null, exportedAt: null, eofficeBatch: null, signatureBatch: null } as const;

/**
 * Who an address was given to, as one cell: 'Mã định danh #…; CCCD #…; name; Ngày sinh #…',
 * prefixed by 'Đã giải phóng <when> (<by>): ' once released. The identifiers and the date of
 * birth are sealed (seal.ts): hidden is not private, and matching only compares them. One
 * cell rather than a column each keeps the register at two cells an address.
 * The batches that exported it ride in the same cell, so they cost no cell of their own.
 */
export function personCell(e: RegisterEntry, seal: Seal): string {
  const who = [
    e.staffId ? `${REGISTER_TEXT.staffIdLabel} ${seal('staffId', e.staffId)}` : '',
    e.cccd ? `${REGISTER_TEXT.cccdLabel} ${seal('cccd', e.cccd)}` : '',
    e.name.replace(/;/g, ','),
    e.dobIso ? `${REGISTER_TEXT.dobLabel} ${seal('dob', e.dobIso)}` : '',
    ...batchSegments(e),
  ]
    .filter(Boolean)
    .join('; ');
  return e.releasedAt === '' ? who : `${REGISTER_TEXT.released(stamp(e.releasedAt), e.releasedBy)}${who}`;
}

/** A labelled part's value: sealed as written, else read as the clear value the register held before. */
function labelled(part: string, label: string, clear: (text: string) => string | null): string | null | undefined {
  if (!part.toLowerCase().startsWith(label.toLowerCase())) return undefined;
  const text = part.slice(label.length).trim();
  return text.startsWith(SEALED) ? text : clear(text);
}

function parsePersonCell(address: string, raw: CellValue): RegisterEntry {
  let text = cleanText(raw);
  const entry: RegisterEntry = {
    address,
    staffId: null,
    cccd: null,
    name: '',
    nameKey: null,
    dobIso: null,
    releasedAt: '',
    releasedBy: '',
    ...NO_BATCH,
  };
  const released = REGISTER_TEXT.releasedPattern.exec(text);
  if (released) {
    entry.releasedAt = parseStamp(released[1]) ?? new Date(0);
    entry.releasedBy = released[2].trim();
    text = released[3];
  }
  const clearCccd = (t: string) => {
    const cccd = parseCccd(t);
    return cccd.kind === 'ok' ? cccd.value : null;
  };
  const clearDob = (t: string) => {
    const dob = parseSheetDate(t);
    return dob.kind === 'ok' ? dob.iso : null;
  };
  for (const part of text.split(';').map((t) => t.trim())) {
    if (!part || readBatchSegment(part, entry)) continue;
    const staffId = labelled(part, REGISTER_TEXT.staffIdLabel, staffIdKey);
    const cccd = staffId === undefined ? labelled(part, REGISTER_TEXT.cccdLabel, clearCccd) : undefined;
    const dob =
      staffId === undefined && cccd === undefined ? labelled(part, REGISTER_TEXT.dobLabel, clearDob) : undefined;
    if (staffId !== undefined) entry.staffId = staffId;
    else if (cccd !== undefined) entry.cccd = cccd;
    else if (dob !== undefined) entry.dobIso = dob;
    // The register's earlier form: a date of birth in clear, without its label.
    else if (/^\d/.test(part)) entry.dobIso = clearDob(part) ?? entry.dobIso;
    else {
      const name = checkPersonName(part);
      entry.name = name.ok ? name.display : part;
      entry.nameKey = name.ok ? name.key : null;
    }
  }
  return entry;
}

/** An entry or a person with its identifiers and date of birth sealed, as the register compares them. */
export function sealed<T extends Identity>(x: T, seal: Seal): T {
  return {
    ...x,
    staffId: x.staffId && seal('staffId', x.staffId),
    cccd: x.cccd && seal('cccd', x.cccd),
    dobIso: x.dobIso && seal('dob', x.dobIso),
  };
}

export function parseRegister(table: RawTable | null | undefined): RegisterEntry[] {
  if (!table || table.values.length < 2) return [];
  const entries: RegisterEntry[] = [];
  for (let i = 1; i < table.values.length; i++) {
    const row = table.values[i];
    const address = cleanText(row[0]).toLowerCase();
    if (address) entries.push(parsePersonCell(address, row[1] ?? ''));
  }
  return entries;
}

/** The register sheet's content, header first; the header names the key's check (seal.ts keyCheck). */
export function registerValues(entries: readonly RegisterEntry[], seal: Seal, check: string): CellValue[][] {
  return [
    [REGISTER_HEADER[0], REGISTER_TEXT.headerWithCheck(check)],
    ...entries.map((e): CellValue[] => [e.address, personCell(e, seal)]),
  ];
}

/** The key check a register's header names, or null (a register from before sealing). */
export function registerCheck(table: RawTable | null | undefined): string | null {
  return REGISTER_TEXT.checkPattern.exec(cleanText(table?.values[0]?.[1] ?? ''))?.[1] ?? null;
}

/** The register sheet's content, and the 1-based row from which it must be written back. */
export interface RegisterSheet {
  values: CellValue[][];
  firstChangedRow: number;
}

export const isActive = (e: RegisterEntry): boolean => e.releasedAt === '';

export interface Holders {
  /** Person index → the index of the register entry whose address that row holds. */
  entryOfPerson: Map<number, number>;
  entries: RegisterEntry[];
  /** Index of the first entry that differs from the register as read (the number read when none does); new entries go after. */
  firstChanged: number;
}

/** Rows (indices) by each key a register entry is matched with, and by the address they show. */
function indexPeople(people: readonly RosterPerson[]) {
  const byStaff = new Map<string, number[]>();
  const byCccd = new Map<string, number[]>();
  const byNameDob = new Map<string, number[]>();
  const byShown = new Map<string, number[]>();
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    if (p.blank) continue;
    if (p.staffId) pushTo(byStaff, p.staffId, i);
    if (p.cccd) pushTo(byCccd, p.cccd, i);
    if (p.nameKey && p.dobIso) pushTo(byNameDob, `${p.nameKey}|${p.dobIso}`, i);
    if (p.ledgerAddress) pushTo(byShown, p.ledgerAddress, i);
  }
  return { byStaff, byCccd, byNameDob, byShown };
}

/**
 * Which row holds each registered address now. In order of precedence, the address goes to
 * the earliest row of its person (same identity) that shows it; else the earliest row of
 * its person; else the earliest row showing it whose keys mostly agree with it (a name or
 * a CCCD corrected since). Each row holds at most one address. Only the add-on assigns
 * addresses: one shown on rows but missing from the register was typed there, and is never
 * registered (rules/typed-address.ts flags it). The holder's current identity is written
 * back to the register, so a corrected name or an added CCCD is what the next run compares with.
 */
export function findHolders(people: readonly RosterPerson[], register: readonly RegisterEntry[]): Holders {
  const entries = register.map((e) => ({ ...e }));
  let firstChanged = entries.length;
  const { byStaff, byCccd, byNameDob, byShown } = indexPeople(people);
  const entryOfPerson = new Map<number, number>();
  const held = new Set<number>();
  const take = (e: number, i: number): void => {
    entryOfPerson.set(i, e);
    held.add(e);
  };
  const samePerson = (e: RegisterEntry): number[] => {
    const found = new Set<number>();
    for (const list of [
      e.staffId ? byStaff.get(e.staffId) : undefined,
      e.cccd ? byCccd.get(e.cccd) : undefined,
      e.nameKey && e.dobIso ? byNameDob.get(`${e.nameKey}|${e.dobIso}`) : undefined,
    ])
      for (const i of list ?? []) if (compareIdentity(people[i], e) === 'same') found.add(i);
    return [...found].sort((a, b) => a - b);
  };
  const active: number[] = [];
  entries.forEach((e, index) => {
    if (isActive(e)) active.push(index);
  });
  const same = new Map(active.map((e) => [e, samePerson(entries[e])]));
  for (const e of active) {
    const i = same.get(e)!.find((r) => people[r].ledgerAddress === entries[e].address && !entryOfPerson.has(r));
    if (i !== undefined) take(e, i);
  }
  for (const e of active) {
    if (held.has(e)) continue;
    const i = same.get(e)!.find((r) => !entryOfPerson.has(r));
    if (i !== undefined) take(e, i);
  }
  for (const e of active) {
    if (held.has(e)) continue;
    const i = (byShown.get(entries[e].address) ?? []).find(
      (r) => !entryOfPerson.has(r) && mostlyAgrees(people[r], entries[e]),
    );
    if (i !== undefined) take(e, i);
  }
  for (const [i, e] of entryOfPerson)
    if (adoptIdentity(entries[e], people[i])) firstChanged = Math.min(firstChanged, e);
  return { entryOfPerson, entries, firstChanged };
}

/** The holder's current identity, where it has one, goes into its entry; true when that changed it. */
function adoptIdentity(entry: RegisterEntry, p: RosterPerson): boolean {
  const next = {
    staffId: p.staffId ?? entry.staffId,
    cccd: p.cccd ?? entry.cccd,
    nameKey: p.nameKey ?? entry.nameKey,
    name: p.nameKey ? p.name : entry.name,
    dobIso: p.dobIso ?? entry.dobIso,
  };
  const changed =
    next.staffId !== entry.staffId ||
    next.cccd !== entry.cccd ||
    next.nameKey !== entry.nameKey ||
    next.name !== entry.name ||
    next.dobIso !== entry.dobIso;
  if (changed) Object.assign(entry, next);
  return changed;
}

/** Marks `address` released; null when it is not an active entry. */
export function releaseAddress(
  register: readonly RegisterEntry[],
  address: string,
  at: Date,
  by: string,
): RegisterEntry[] | null {
  const wanted = cleanText(address).toLowerCase();
  const index = register.findIndex((e) => isActive(e) && e.address === wanted);
  if (index < 0) return null;
  return register.map((e, i) => (i === index ? { ...e, releasedAt: at, releasedBy: by } : e));
}
