/**
 * DUPLICATE_PERSON: the same person on an earlier row, in any unit. Same CCCD, or same
 * Mã định danh, or same name and date of birth unless both rows carry a CCCD or a Mã
 * định danh and these differ (namesakes born the same day are different people then).
 */
import { FINDING_TEXT } from '../i18n/findings';
import { identifiersDiffer } from './identity';
import type { RosterPerson } from './person';

export interface DuplicateMatch {
  duplicate: RosterPerson;
  first: RosterPerson;
  by: keyof typeof FINDING_TEXT.duplicateBy;
}

/**
 * People in order of precedence (the rows that hold an address first, then sheet order);
 * returns each later row with the row kept for its person: the first row it repeats, or,
 * when that row is itself a duplicate, the row that one was matched to, so no finding
 * points at a row that is flagged and dropped itself.
 */
export function findDuplicates(people: readonly RosterPerson[]): DuplicateMatch[] {
  const keptFor = new Map<RosterPerson, RosterPerson>();
  const order = new Map<RosterPerson, number>();
  people.forEach((p, i) => order.set(p, i));
  const rank = (p: RosterPerson): number => order.get(p)!;
  const byCccd = new Map<string, RosterPerson>();
  const byStaffId = new Map<string, RosterPerson>();
  const byNameDob = new Map<string, RosterPerson[]>();
  const matches: DuplicateMatch[] = [];
  for (const person of people) {
    if (person.blank) continue;
    // The earliest of the rows it repeats; on a tie the first kind checked (CCCD, then staff ID, then name and date of birth).
    let first: RosterPerson | undefined;
    let by: DuplicateMatch['by'] = 'cccd';
    const sameCccd = person.cccd ? byCccd.get(person.cccd) : undefined;
    if (sameCccd) first = sameCccd;
    const sameStaff = person.staffId ? byStaffId.get(person.staffId) : undefined;
    if (sameStaff && (!first || rank(sameStaff) < rank(first))) {
      first = sameStaff;
      by = 'staffId';
    }
    const nameDob = person.nameKey && person.dobIso ? `${person.nameKey}|${person.dobIso}` : null;
    const bucket = nameDob ? byNameDob.get(nameDob) : undefined;
    if (bucket) {
      let earlier: RosterPerson | undefined;
      for (const other of bucket) {
        if (!identifiersDiffer(other, person)) {
          earlier = other;
          break;
        }
      }
      if (earlier && (!first || rank(earlier) < rank(first))) {
        first = earlier;
        by = 'nameDob';
      }
    }
    if (first) {
      const kept = keptFor.get(first) ?? first;
      keptFor.set(person, kept);
      matches.push({ duplicate: person, first: kept, by });
    }
    if (person.cccd && !sameCccd && !byCccd.has(person.cccd)) byCccd.set(person.cccd, person);
    if (person.staffId && !sameStaff && !byStaffId.has(person.staffId)) byStaffId.set(person.staffId, person);
    if (nameDob) {
      if (bucket) bucket.push(person);
      else byNameDob.set(nameDob, [person]);
    }
  }
  return matches;
}
