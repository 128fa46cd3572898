/**
 * Addresses belong to people: find the row that holds each registered address now. A row
 * shows only the address its person holds; the rows holding one come first when duplicates
 * are matched, so the row with the address is the one kept.
 */
import type { RosterPerson } from '../person';
import { findHolders, parseRegister, type RegisterEntry } from '../register';
import { cleanText } from '../text';
import type { RawTable } from '../types';

export interface Holdings {
  /** The register as read, in its order; the address step appends to it. */
  register: RegisterEntry[];
  /** People holding a registered address first, then the rest, each in roster order. */
  ordered: RosterPerson[];
  /** 1-based sheet row from which the register must be rewritten. */
  firstChangedRow: number;
  /** What each row's 'Email công vụ' showed as read (lower-case), by roster index: untrusted input. */
  shown: string[];
}

/** Sets each person's `ledgerAddress` to the address the register gives them ('' for none). */
export function placeHolders(people: RosterPerson[], table: RawTable | null | undefined): Holdings {
  const registered = parseRegister(table);
  // A missing header, or rows without an address (typed by hand), make sheet rows and entries
  // part ways: the register is rewritten whole then.
  const readRows = table?.values ?? [];
  const compact = cleanText(readRows[0]?.[0]) !== '' && registered.length === readRows.length - 1;
  const shown = people.map((p) => p.ledgerAddress);
  const holders = findHolders(people, registered);
  const register = holders.entries;
  for (let i = 0; i < people.length; i++) {
    const e = holders.entryOfPerson.get(i);
    people[i].ledgerAddress = e === undefined ? '' : register[e].address;
  }
  const ordered = [
    ...people.filter((_, i) => holders.entryOfPerson.has(i)),
    ...people.filter((_, i) => !holders.entryOfPerson.has(i)),
  ];
  return { register, ordered, firstChangedRow: compact ? holders.firstChanged + 2 : 1, shown };
}
