/**
 * Real forms (title rows, a numbering row, subtotal and blank rows, a list over several tabs)
 * give what the same people laid out tidily give: the same findings, addresses and report,
 * up to the names of sheets and rows.
 */
import fc from 'fast-check';
import { SUMMARY_HEADER_AS_TYPED } from '../../../scripts/reference-data';
import { formTable, type Filler, type FormOptions } from '../../../sample/form-layout';
import type { CheckResult } from '../../../src/domain/check';
import type { CellValue, RawTable } from '../../../src/domain/types';
import { check, cleanPerson, roster, type PersonInput } from './fixtures';

const TAB_NAMES = ['Danh sách - Phía Đông', 'Danh sách (2)', 'Danh sách Xã An Lão', 'DANH SÁCH 4', 'Danh sách - 5'];
const UNITS = [
  ['Phường Lê Chân', 'Trường THCS Lê Lợi'],
  ['Xã Gia Lộc', 'Trường Tiểu học Gia Lộc'],
];

/** A person as a unit lists them: clean, with a mistake, listed twice, or a blank line. */
const personArb = fc.record({
  i: fc.nat({ max: 400 }),
  kind: fc.constantFrom('clean', 'clean', 'clean', 'phone', 'dob', 'twice', 'blank', 'hasAccount'),
});

function people(spec: { i: number; kind: string }[]): PersonInput[] {
  return spec.map(({ i, kind }, k): PersonInput => {
    const p = cleanPerson(i);
    if (kind === 'phone') return { ...p, phone: '0123' };
    if (kind === 'dob') return { ...p, dob: '31/02/1990' };
    if (kind === 'twice' && k > 0) return { ...cleanPerson(spec[0].i), phone: '' };
    if (kind === 'blank') return {};
    if (kind === 'hasAccount') return { ...p, existingEmail: `cu${i}@haiphong.edu.vn` };
    return p;
  });
}

const fillerArb = fc.array(fc.constantFrom<Filler>('subtotal', 'total', 'blank'), { maxLength: 2 });
const formArb = fc.record({
  titles: fc.integer({ min: 0, max: 10 }),
  numbering: fc.constantFrom<FormOptions['numbering']>(false, 'brackets', 'plain'),
  fillers: fc.array(fc.tuple(fc.nat({ max: 40 }), fillerArb), { maxLength: 6 }),
});

type FormArb = { titles: number; numbering: FormOptions['numbering']; fillers: [number, Filler[]][] };

interface Laid {
  tables: RawTable[];
  /** "sheet!row" of the form → the tidy row. */
  tidyRow: Map<string, number>;
}

/** The tidy rows split into consecutive tabs, each laid out as a form. */
function layOut(tidy: RawTable, sizes: number[], forms: FormArb[], names: string[], lower?: (string | null)[]): Laid {
  const [header, ...rows] = tidy.values;
  const tables: RawTable[] = [];
  const tidyRow = new Map<string, number>();
  let from = 0;
  sizes.forEach((size, t) => {
    const slice = rows.slice(from, from + size);
    const f = forms[t % forms.length];
    const fillers = new Map<number, Filler[]>(f.fillers.map(([at, kinds]) => [at % (slice.length + 1), kinds]));
    const form = formTable(header, slice, { titles: f.titles, numbering: f.numbering, fillers, lower }, (i) =>
      String(slice[i]?.[2] ?? ''),
    );
    form.rowOf.forEach((sheetRow, i) => tidyRow.set(`${names[t]}!${sheetRow}`, from + i + 2));
    tables.push({ sheetName: names[t], values: form.values as CellValue[][] });
    from += size;
  });
  return { tables, tidyRow };
}

/** What a user would compare: every finding, address, status and the report, in tidy rows. */
function seen(result: CheckResult, where: (sheet: string, row: number) => string) {
  const named = (m: string) =>
    m.replace(/dòng (\d+) trang "([^"]+)"/g, (_, row, sheet) => `dòng ${where(sheet, Number(row))}`);
  return {
    findings: result.findings.map((f) => `${where(f.sheet, f.row)}|${f.column}|${f.code}|${named(f.message)}`).sort(),
    rows: result.rows
      .map((o) => [where(o.ref.sheet, o.ref.row), o.address, o.status, named(o.messages)])
      .filter(([at]) => !at.includes('?')),
    // A blank row the form adds between people shows nothing.
    extra: result.rows
      .filter((o) => where(o.ref.sheet, o.ref.row).includes('?'))
      .filter((o) => !o.blank || o.address || o.status || o.messages).length,
    report: result.report,
    counts: { ...result.counts, rowsRead: 0 },
  };
}

function summaryOf(listed: PersonInput[], miscount: number): RawTable {
  const rows = UNITS.map(([commune, unit], k) => {
    const count = listed.filter((p) => p.unit === unit).length + (k === miscount ? 1 : 0);
    return [k + 1, commune, unit, count, 'Nguyễn Văn An', '0912345678'];
  });
  return { sheetName: 'Tổng hợp', values: [[...SUMMARY_HEADER_AS_TYPED], ...rows] };
}

describe('a roster laid out as a real form', () => {
  it('gives the findings, addresses and report of its tidy twin, whatever the titles, numbering, fillers and tabs', () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 5 }),
        fc.array(formArb, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: -1, max: 1 }),
        fc.boolean(),
        (spec, cuts, forms, miscount, twoRowSummary) => {
          const listed = people(spec);
          const tidy = roster(listed);
          // Tab sizes from the cuts, the last tab taking the rest: 1 to 5 tabs, some maybe empty.
          const sizes = cuts.map((c) => c);
          sizes[sizes.length - 1] = Math.max(0, listed.length - cuts.slice(0, -1).reduce((a, b) => a + b, 0));
          let left = listed.length;
          for (let t = 0; t < sizes.length; t++) left -= sizes[t] = Math.min(sizes[t], left);
          const names = TAB_NAMES.slice(0, sizes.length);
          const laid = layOut(tidy, sizes, forms, names);
          const summaryTidy = summaryOf(listed, miscount);
          const header = summaryTidy.values[0].map((h) => (h === 'Số điện thoại (Zalo)' ? '' : String(h)));
          const lower = summaryTidy.values[0].map((h) =>
            h === 'Cán bộ đầu mối' ? 'Họ tên' : h === 'Số điện thoại (Zalo)' ? String(h) : null,
          );
          const summaryForm = formTable(twoRowSummary ? header : summaryTidy.values[0], summaryTidy.values.slice(1), {
            ...forms[0],
            fillers: new Map([[2, ['subtotal', 'total']]]),
            ...(twoRowSummary ? { lower } : {}),
          });
          const summaryRow = new Map(summaryForm.rowOf.map((r, i) => [r, i + 2]));
          const want = check({ roster: tidy, summary: summaryTidy, accounts: null, csdl: null });
          const got = check({
            rosterTabs: laid.tables,
            summary: { sheetName: 'Tổng hợp', values: summaryForm.values as CellValue[][] },
            accounts: null,
            csdl: null,
          });
          const tidyName = (sheet: string, row: number) => `${sheet}!${row}`;
          const formName = (sheet: string, row: number): string =>
            sheet === 'Tổng hợp'
              ? `Tổng hợp!${summaryRow.get(row) ?? `?${row}`}`
              : `Danh sách!${laid.tidyRow.get(`${sheet}!${row}`) ?? `?${sheet}!${row}`}`;
          expect(seen(got, formName)).toEqual(seen(want, tidyName));
        },
      ),
      { numRuns: 150 },
    );
  });
});
