/**
 * Addresses belong to people: find the row that holds each registered address now. A row
 * shows only the address its person holds; the rows holding one come first when duplicates
 * are matched, so the row with the address is the one kept.
 */
import type { RosterPerson } from '../person';
import { findHolders, parseRegister, personCell, registerCheck, sealed, type RegisterEntry } from '../register';
import type { Seal } from '../seal';
import { cleanText } from '../text';
import type { RawTable } from '../types';

export interface Holdings {
  /** The register as read, in its order; the address step appends to it. */
  register: RegisterEntry[];
  /** People holding a registered address first, then the rest, each in roster order. */
  ordered: RosterPerson[];
  /** 1-based sheet row from which the register must be rewritten. */
  firstChangedRow: number;
  /** The register was sealed under another key: it cannot be matched, and nothing may be assigned. */
  otherKey: boolean;
}

/**
 * Sets each person's `ledgerAddress` to the address the register gives them ('' for none).
 * People are matched on sealed copies (seal.ts), so the register never needs a clear CCCD or
 * date of birth; a register of the earlier, clear form is sealed and rewritten whole.
 */
export function placeHolders(
  people: RosterPerson[],
  table: RawTable | null | undefined,
  seal: Seal,
  check: string,
): Holdings {
  const readCheck = registerCheck(table);
  const registered = parseRegister(table).map((e) => sealed(e, seal));
  // A missing header, rows without an address (typed by hand) or a register still in clear make
  // sheet rows and entries part ways: the register is rewritten whole then.
  const readRows = table?.values ?? [];
  const compact =
    cleanText(readRows[0]?.[0]) !== '' &&
    registered.length === readRows.length - 1 &&
    readCheck === check &&
    registered.every((e, i) => personCell(e, seal) === cleanText(readRows[i + 1][1]));
  // Sealed copies only to compare with sealed entries; new entries are sealed when written.
  const holders = findHolders(registered.length > 0 ? people.map((p) => sealed(p, seal)) : people, registered);
  const register = holders.entries;
  for (let i = 0; i < people.length; i++) {
    const e = holders.entryOfPerson.get(i);
    people[i].ledgerAddress = e === undefined ? '' : register[e].address;
  }
  const ordered = [
    ...people.filter((_, i) => holders.entryOfPerson.has(i)),
    ...people.filter((_, i) => !holders.entryOfPerson.has(i)),
  ];
  return {
    register,
    ordered,
    firstChangedRow: compact ? holders.firstChanged + 2 : 1,
    otherKey: readCheck !== null && readCheck !== check && registered.length > 0,
  };
}
