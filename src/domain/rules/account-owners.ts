/**
 * Which roster person each record of 'Tài khoản hiện có' belongs to. An account belongs to
 * at most one person: the one whose own Email công vụ hiện có names it, else the one whose
 * Mã định danh or CCCD it carries, else the only person whose name and birth date match it
 * without an identifier contradicting them. At the city's size namesakes born the same day
 * are common: a record two of them could match by name alone is nobody's.
 */
import { identifiersDiffer } from '../identity';
import type { RosterPerson } from '../person';
import { nameDobKey, type IdentityRecord } from '../reference-tables';
import type { Accounts } from './references';

/** How an account was tied to its person; a lower rank is stronger evidence. */
const RANK = { named: 0, staffId: 1, cccd: 2, nameDob: 3 } as const;

interface Owned {
  record: IdentityRecord;
  rank: number;
}

function firstBy(people: readonly RosterPerson[], key: (p: RosterPerson) => string | null): Map<string, RosterPerson> {
  const map = new Map<string, RosterPerson>();
  for (const p of people) {
    const k = key(p);
    if (k && !map.has(k)) map.set(k, p);
  }
  return map;
}

function groupByNameDob(people: readonly RosterPerson[]): Map<string, RosterPerson[]> {
  const map = new Map<string, RosterPerson[]>();
  for (const p of people) {
    if (!p.nameKey || !p.dobIso) continue;
    const list = map.get(nameDobKey(p));
    if (list) list.push(p);
    else map.set(nameDobKey(p), [p]);
  }
  return map;
}

/**
 * `kept` are the rows that stand for their person (duplicates dropped); `keptOf` maps a dropped
 * row to its kept row, so an account a duplicate row names is its person's. Addresses the
 * add-on gave (`ledgerAddress`) belong to their holders and are nobody's "other" account.
 */
export function accountOwners(
  kept: readonly RosterPerson[],
  keptOf: ReadonlyMap<RosterPerson, RosterPerson>,
  suffix: string,
  accounts: Accounts,
): Map<RosterPerson, IdentityRecord> {
  const owned = new Map<RosterPerson, Owned>();
  if (!accounts?.ok) return new Map();
  const namedBy = new Map<string, RosterPerson | null>();
  for (const p of [...kept, ...keptOf.keys()]) {
    if (p.ledgerAddress) namedBy.set(p.ledgerAddress, null);
    const email = p.existingEmail;
    if (email.endsWith(suffix) && email !== p.ledgerAddress && !namedBy.has(email))
      namedBy.set(email, keptOf.get(p) ?? p);
  }
  const byStaff = firstBy(kept, (p) => p.staffId);
  const byCccd = firstBy(kept, (p) => p.cccd);
  const byNameDob = groupByNameDob(kept);
  const give = (p: RosterPerson | null | undefined, record: IdentityRecord, rank: number): boolean => {
    if (!p) return false;
    const before = owned.get(p);
    if (!before || rank < before.rank) owned.set(p, { record, rank });
    return true;
  };
  for (const record of accounts.index.records) {
    if (namedBy.has(record.email)) {
      give(namedBy.get(record.email), record, RANK.named);
      continue;
    }
    if (record.staffId && give(byStaff.get(record.staffId), record, RANK.staffId)) continue;
    if (record.cccd && give(byCccd.get(record.cccd), record, RANK.cccd)) continue;
    if (!record.nameKey || !record.dobIso) continue;
    const candidates = (byNameDob.get(nameDobKey(record)) ?? []).filter((p) => !identifiersDiffer(p, record));
    if (candidates.length === 1) give(candidates[0], record, RANK.nameDob);
  }
  return new Map([...owned].map(([p, o]) => [p, o.record]));
}
