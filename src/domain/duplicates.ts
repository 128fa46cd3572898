/**
 * DUPLICATE_PERSON: the same person on an earlier row, in any unit. Same CCCD, or same
 * Mã định danh, or same name and date of birth unless both rows carry a CCCD or a Mã
 * định danh and these differ (namesakes born the same day are different people then).
 */
import { FINDING_TEXT } from '../i18n/findings';
import type { RosterPerson } from './person';

export interface DuplicateMatch {
  duplicate: RosterPerson;
  first: RosterPerson;
  by: keyof typeof FINDING_TEXT.duplicateBy;
}

function differentIdentifiers(a: RosterPerson, b: RosterPerson): boolean {
  return (!!a.cccd && !!b.cccd && a.cccd !== b.cccd) || (!!a.staffId && !!b.staffId && a.staffId !== b.staffId);
}

/** People in sheet order; returns each later row with the earliest row it repeats. */
export function findDuplicates(people: readonly RosterPerson[]): DuplicateMatch[] {
  const byCccd = new Map<string, RosterPerson>();
  const byStaffId = new Map<string, RosterPerson>();
  const byNameDob = new Map<string, RosterPerson[]>();
  const matches: DuplicateMatch[] = [];
  for (const person of people) {
    if (person.blank) continue;
    const candidates: DuplicateMatch[] = [];
    const sameCccd = person.cccd ? byCccd.get(person.cccd) : undefined;
    if (sameCccd) candidates.push({ duplicate: person, first: sameCccd, by: 'cccd' });
    const sameStaff = person.staffId ? byStaffId.get(person.staffId) : undefined;
    if (sameStaff) candidates.push({ duplicate: person, first: sameStaff, by: 'staffId' });
    const nameDob = person.nameKey && person.dobIso ? `${person.nameKey}|${person.dobIso}` : null;
    if (nameDob) {
      const earlier = (byNameDob.get(nameDob) ?? []).find((other) => !differentIdentifiers(other, person));
      if (earlier) candidates.push({ duplicate: person, first: earlier, by: 'nameDob' });
    }
    if (candidates.length > 0) matches.push(candidates.reduce((a, b) => (b.first.sheetRow < a.first.sheetRow ? b : a)));
    if (person.cccd && !byCccd.has(person.cccd)) byCccd.set(person.cccd, person);
    if (person.staffId && !byStaffId.has(person.staffId)) byStaffId.set(person.staffId, person);
    if (nameDob) {
      const bucket = byNameDob.get(nameDob);
      if (bucket) bucket.push(person);
      else byNameDob.set(nameDob, [person]);
    }
  }
  return matches;
}
