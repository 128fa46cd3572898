/**
 * Whatever a unit types into a person's columns, or copies from another unit, the focal
 * persons' digests hold row numbers and counts only: no typed value reaches a mail.
 */
import fc from 'fast-check';
import { SUMMARY_HEADER_AS_TYPED } from '../../../scripts/reference-data';
import { buildDigests } from '../../../src/addon/notify';
import type { CellValue, RawTable } from '../../../src/domain/types';
import { check, cleanPerson, input, roster, type PersonInput } from '../../domain/rules/fixtures';

const SUMMARY: RawTable = {
  sheetName: 'Tổng hợp',
  values: [
    [...SUMMARY_HEADER_AS_TYPED, 'Email đầu mối'],
    [1, 'Phường Lê Chân', 'Trường THCS Lê Lợi', 4, 'Nguyễn Thị Hà', '0912345678', 'daumoi.lechan@haiphong.edu.vn'],
    [2, 'Xã Gia Lộc', 'Trường Tiểu học Gia Lộc', 4, 'Trần Văn Nam', '0912345679', 'ke.la@gmail.com'],
  ],
};

/** What a unit may type into a cell: near-misses of real values and plain garbage. */
const typed = fc.oneof(
  fc.stringMatching(/^0\d{8,11}$/),
  fc.stringMatching(/^\d{9,13}$/),
  fc.stringMatching(/^([0-3]\d)\/([01]\d)\/(19|20)\d\d$/),
  fc.stringMatching(/^[a-z]{3,8}@[a-z]{3,6}\.(com|vn)$/),
  fc.string({ minLength: 4, maxLength: 20 }),
);

const FIELDS = ['name', 'dob', 'staffId', 'cccd', 'phone', 'personalEmail', 'existingEmail'] as const;
type Edit = { row: number; field: (typeof FIELDS)[number]; value: string } | { copy: number; into: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ row: fc.nat(7), field: fc.constantFrom(...FIELDS), value: typed }),
  fc.record({ copy: fc.nat(7), into: fc.nat(7) }),
);

/** Every value of a person's columns after the edits (the strings a mail must not hold). */
function personalValues(people: PersonInput[]): string[] {
  return people.flatMap((p) =>
    FIELDS.map((f) => p[f]).flatMap((v: CellValue | undefined) =>
      v instanceof Date ? [v.toLocaleDateString('vi-VN')] : [String(v ?? '').trim()],
    ),
  );
}

describe('focal-person digests', () => {
  it('property: hold "Dòng N: k lỗi" lines only, never a typed or copied value', () => {
    let linesSeen = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => {
        const people: PersonInput[] = Array.from({ length: 8 }, (_, i) => cleanPerson(200 + i));
        for (const e of edits) {
          if ('copy' in e)
            people[e.into] = { ...people[e.copy], unit: people[e.into].unit, commune: people[e.into].commune };
          else people[e.row] = { ...people[e.row], [e.field]: e.value };
        }
        const digests = buildDigests(check(input(roster(people), { summary: SUMMARY })));
        if (digests === 'no-column') throw new Error('the summary has a focal column');
        const lines = digests.flatMap((d) => d.lines);
        for (const line of lines) expect(line).toMatch(/^- Dòng \d+: (\d+ lỗi cần sửa(, \d+ cảnh báo)?|\d+ cảnh báo)$/);
        linesSeen += lines.length;
        const text = lines.join('\n');
        // Row numbers (2–9) and counts are short: any typed value of 3+ characters would show.
        for (const v of personalValues(people)) if (v.length >= 3) expect(text).not.toContain(v);
        return true;
      }),
      { numRuns: 150 },
    );
    // The edits do reach the digests: most runs flag rows of both units.
    expect(linesSeen).toBeGreaterThan(150);
  });
});
