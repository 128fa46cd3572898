/** Property-based fuzzing: the normalisers and the whole check never throw on anything a sheet can hold. */
import fc from 'fast-check';
import { runCheck } from '../../src/domain/check';
import { parseCccd } from '../../src/domain/cccd';
import { resolveCommune } from '../../src/domain/communes';
import { parseSheetDate } from '../../src/domain/dates';
import { parseEmail, parseGender } from '../../src/domain/email';
import { parsePhone } from '../../src/domain/phone';
import { cleanText, foldKey, nameKey, normalizeToneMarks } from '../../src/domain/text';
import { DEFAULT_SETTINGS, FINDING_CODES, type CellValue } from '../../src/domain/types';
import { ROSTER_HEADER_AS_TYPED } from '../../scripts/reference-data';

const HEADER = [...ROSTER_HEADER_AS_TYPED];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '  ',
    '\u200b',
    '=1+1',
    '#DIV/0!',
    'Phường Lê Chân',
    'Cam Giang',
    'Nguyễn Văn An',
    '0912345678',
    '031085012345',
    '15/3/1985',
    'Nữ',
    'مدرسة',
    '😀',
    '<script>',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date({ min: new Date(-1e13), max: new Date(1e13) }),
  fc.string({ minLength: 1000, maxLength: 5000 }),
);

describe('normalisers never throw', () => {
  it.each([
    ['cleanText', cleanText],
    ['nameKey', nameKey],
    ['foldKey', foldKey],
    ['parsePhone', parsePhone],
    ['parseCccd', parseCccd],
    ['parseSheetDate', parseSheetDate],
    ['resolveCommune', resolveCommune],
    ['parseEmail', parseEmail],
    ['parseGender', parseGender],
  ] as [string, (v: unknown) => unknown][])('%s', (_, fn) => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.constant(null), fc.constant(undefined)), (v) => void fn(v)),
      { numRuns: 300 },
    );
  });

  it('cleaning and keys are idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(cleanText(cleanText(s))).toBe(cleanText(s));
        expect(nameKey(nameKey(s))).toBe(nameKey(s));
        expect(foldKey(foldKey(s))).toBe(foldKey(s));
        expect(normalizeToneMarks(normalizeToneMarks(s))).toBe(normalizeToneMarks(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the whole check on arbitrary tables', () => {
  it('never throws, reports only known codes on rows of the table, and gives no address to a held row', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 13, maxLength: 13 }), { maxLength: 25 }), (rows) => {
        const result = runCheck(
          { roster: { sheetName: 'Danh sách', values: [HEADER, ...rows] }, summary: null, accounts: null, csdl: null },
          { settings: DEFAULT_SETTINGS, now: new Date(2025, 8, 5), assignAddresses: true, stampReceivedAt: true },
        );
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const f of result.findings) {
          expect(FINDING_CODES).toContain(f.code);
          expect(f.row).toBeGreaterThanOrEqual(2);
          expect(f.row).toBeLessThanOrEqual(rows.length + 1);
          expect(f.message.length).toBeGreaterThan(0);
        }
        for (const row of result.rows) {
          const held = row.findings.some((f) => f.code !== 'AFTER_DEADLINE');
          if (held) expect(row.address).toBe('');
          if (row.address) expect(row.address).toMatch(/^[a-z0-9._-]{1,64}@haiphong\.edu\.vn$/);
        }
      }),
      { numRuns: 100 },
    );
  });
});
