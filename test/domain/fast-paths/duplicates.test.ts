/** findDuplicates without per-person candidate lists must pick the same earlier row, by the same kind. */
import fc from 'fast-check';
import { findDuplicates, type DuplicateMatch } from '../../../src/domain/duplicates';
import type { RosterPerson } from '../../../src/domain/person';

/**
 * Every candidate in a list; the one earliest in the given order (precedence, not sheet
 * row) wins, and a match to a row that is itself a duplicate names that row's kept row.
 */
function reference(people: readonly RosterPerson[]): DuplicateMatch[] {
  const kept = new Map<RosterPerson, RosterPerson>();
  const differ = (a: RosterPerson, b: RosterPerson): boolean =>
    (!!a.cccd && !!b.cccd && a.cccd !== b.cccd) || (!!a.staffId && !!b.staffId && a.staffId !== b.staffId);
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
      const earlier = (byNameDob.get(nameDob) ?? []).find((other) => !differ(other, person));
      if (earlier) candidates.push({ duplicate: person, first: earlier, by: 'nameDob' });
    }
    if (candidates.length > 0) {
      const best = candidates.reduce((a, b) => (people.indexOf(b.first) < people.indexOf(a.first) ? b : a));
      const first = kept.get(best.first) ?? best.first;
      kept.set(person, first);
      matches.push({ ...best, first });
    }
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

const person = fc.record({
  blank: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  cccd: fc.constantFrom(null, '031085000001', '031085000002'),
  staffId: fc.constantFrom(null, 'A1', 'A2'),
  nameKey: fc.constantFrom(null, 'nguyễn văn an', 'lê thị bình'),
  dobIso: fc.constantFrom(null, '1985-03-15', '1990-01-01'),
});

describe('findDuplicates', () => {
  it('matches the candidate-list version on crowded rosters', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 30 }), fc.array(fc.nat(40), { maxLength: 30 }), (records, rows) => {
        // Rows need not be in sheet order here: the order given (rows holding an address first) decides.
        const people = records.map((r, i) => ({ ...r, sheetRow: rows[i] ?? i + 2 }) as unknown as RosterPerson);
        const strip = (ms: DuplicateMatch[]) =>
          ms.map((m) => [people.indexOf(m.duplicate), people.indexOf(m.first), m.by]);
        expect(strip(findDuplicates(people))).toEqual(strip(reference(people)));
      }),
      { numRuns: 5000 },
    );
  });
});
