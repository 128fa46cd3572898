/**
 * A workbook laid out as units send it (title rows, a numbering row, a subtotal after each
 * unit, the roster over several 'Danh sách…' tabs) through the built add-on: the findings of
 * its tidy twin in the right tab and row, onEdit and the registration form on any tab, rows
 * that are not people left as they are, and calls that grow with the tabs, never the rows.
 */
import { formTable, type Filler } from '../../sample/form-layout';
import type { CellScalar, WorkbookData } from '../../src/local/workbook-data';
import { makeWorkbook, registrationForm, rosterRow, ROSTER_HEADER, sheet, values } from './fixtures';
import { editAsUnit, startRuntime, UNIT_USER, type Runtime } from './runtime';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const PHONE = ROSTER_HEADER.indexOf('Số điện thoại');
const TAB = (t: number) => (t === 0 ? 'Danh sách' : `Danh sách (${t + 1})`);

interface Form {
  workbook: WorkbookData;
  /** Tidy sheet row (2 = first person) → where it is in the form. */
  at: Map<number, { sheet: string; row: number }>;
}

/** `rows` split into `tabs` consecutive tabs, each under three title rows and a numbering row. */
function formWorkbook(rows: CellScalar[][], tabs: number): Form {
  const tidy = makeWorkbook({ rows });
  const at = new Map<number, { sheet: string; row: number }>();
  const size = Math.ceil(rows.length / tabs);
  const forms = Array.from({ length: tabs }, (_, t) => {
    const slice = rows.slice(t * size, (t + 1) * size);
    const fillers = new Map<number, Filler[]>();
    slice.forEach((row, i) => {
      if (i > 0 && row[2] !== slice[i - 1][2]) fillers.set(i, ['subtotal', 'blank']);
    });
    fillers.set(slice.length, ['subtotal', 'total']);
    const form = formTable(ROSTER_HEADER, slice, { titles: 3, numbering: 'brackets', fillers });
    form.rowOf.forEach((row, i) => at.set(t * size + i + 2, { sheet: TAB(t), row }));
    return { ...sheet(TAB(t), form.values, new Set([7, 8, 9])), merges: form.merges };
  });
  const [summary, , accounts] = tidy.sheets;
  return { workbook: { ...tidy, sheets: [summary, ...forms, accounts] }, at };
}

const people = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const row = rosterRow(i);
    if (i % 17 === 5) row[PHONE] = '01234567890';
    return row;
  });

/** Header-keyed owned values of every person, by tidy row. */
function shown(
  rt: Runtime,
  at: (tidyRow: number) => { sheet: string; row: number },
  n: number,
  headerRow: (s: string) => number,
) {
  const out: string[] = [];
  for (let r = 2; r < n + 2; r++) {
    const { sheet: name, row } = at(r);
    const grid = values(rt.workbook(), name);
    const header = grid[headerRow(name) - 1].map(String);
    const of = (h: string) => String(grid[row - 1][header.indexOf(h)] ?? '');
    out.push([of('Email công vụ'), of('Trạng thái'), of('Lỗi').replace(/dòng \d+ trang "[^"]+"/g, 'dòng …')].join('|'));
  }
  return out;
}

const edit = editAsUnit;

describe('a roster laid out as a real form, over several tabs', () => {
  const N = 200;

  it("gets its tidy twin's addresses, statuses and messages in the right tab and row, and leaves the other rows alone", () => {
    const rows = people(N);
    const form = formWorkbook(rows, 3);
    const tidy = startRuntime(makeWorkbook({ rows }));
    const rt = startRuntime(form.workbook);
    const before = new Map(rt.workbook().sheets.map((s) => [s.name, values(rt.workbook(), s.name)]));
    for (const r of [tidy, rt]) expect(r.run<{ ok: boolean }>('menuRunAll', [], { as: 'menu' }).ok).toBe(true);
    const want = shown(
      tidy,
      (r) => ({ sheet: 'Danh sách', row: r }),
      N,
      () => 1,
    );
    const got = shown(
      rt,
      (r) => form.at.get(r)!,
      N,
      () => 4,
    );
    expect(got).toEqual(want);
    expect(want.filter((w) => w.includes('Có lỗi') || w.split('|')[2] !== '').length).toBeGreaterThan(5);
    // Title, numbering and subtotal rows keep every cell; the owned headers sit on row 4.
    const listed = new Set([...form.at.values()].map((p) => `${p.sheet}!${p.row}`));
    for (let t = 0; t < 3; t++) {
      const was = before.get(TAB(t))!;
      const now = values(rt.workbook(), TAB(t));
      now.forEach((line, r) => {
        if (listed.has(`${TAB(t)}!${r + 1}`) || r === 3) return;
        expect(line.slice(0, was[r].length)).toEqual(was[r]);
        expect(line.slice(was[r].length).every((v) => v === '')).toBe(true);
      });
      expect(now[3].slice(ROSTER_HEADER.length, ROSTER_HEADER.length + 4)).toEqual([
        'Email công vụ',
        'Trạng thái',
        'Lỗi',
        'Ghi nhận lúc',
      ]);
    }
  });

  it('re-checks an edited row on any tab, and names the earlier tab of a person listed twice', () => {
    const form = formWorkbook(people(120), 3);
    const rt = startRuntime(form.workbook);
    rt.run('menuCheckAll', [], { as: 'menu' });
    const bad = form.at.get(5 + 17 + 2)!; // person 22 has the bad phone
    const lỗi = (p: { sheet: string; row: number }) => {
      const grid = values(rt.workbook(), p.sheet);
      return String(grid[p.row - 1][grid[3].map(String).indexOf('Lỗi')] ?? '');
    };
    expect(lỗi(bad)).toContain('01234567890');
    edit(rt, bad.sheet, bad.row, PHONE + 1, '0912345678');
    expect(lỗi(bad)).toBe('');
    // Person 0 (first tab) typed again on the last tab.
    const last = form.at.get(121)!;
    const copy = rosterRow(0);
    const app = (rt.globals as unknown as { SpreadsheetApp: App }).SpreadsheetApp;
    const tab = app.getActive().getSheetByName(last.sheet)!;
    tab.getRange(last.row, 1, 1, copy.length).setValues([copy]);
    edit(rt, last.sheet, last.row, 4, copy[3]);
    expect(lỗi(last)).toContain(`dòng ${form.at.get(2)!.row} trang "Danh sách"`);
  });

  it('has the hourly check stamp every person on every tab, subtotal rows not, and wake up only for a change', () => {
    const form = formWorkbook(people(90), 3);
    const rt = startRuntime(form.workbook);
    rt.run('menuToggleAutoCheck', [], { as: 'menu' });
    const fire = () => {
      rt.clock.advance(3600_000);
      rt.triggers.fireDue();
      return values(rt.workbook(), 'Nhật ký').length;
    };
    const logged = fire();
    const listed = new Set([...form.at.values()].map((p) => `${p.sheet}!${p.row}`));
    for (let t = 0; t < 3; t++) {
      const grid = values(rt.workbook(), TAB(t));
      const stamp = grid[3].map(String).indexOf('Ghi nhận lúc');
      grid.forEach((line, r) => {
        if (r > 4) expect([r + 1, line[stamp] instanceof Date]).toEqual([r + 1, listed.has(`${TAB(t)}!${r + 1}`)]);
      });
    }
    expect(fire()).toBe(logged);
    // A change on the last tab only is a change of the roster.
    const last = form.at.get(91)!;
    edit(rt, last.sheet, last.row, PHONE + 1, '0123');
    expect(fire()).toBe(logged + 1);
  });

  it('releases an address held on any tab, emptying only that cell', () => {
    const form = formWorkbook(people(90), 3);
    const rt = startRuntime(form.workbook);
    rt.run('menuAssignAddresses', [], { as: 'menu' });
    const held = form.at.get(85)!;
    const addressAt = (p: { sheet: string; row: number }) => {
      const grid = values(rt.workbook(), p.sheet);
      return String(grid[p.row - 1][grid[3].map(String).indexOf('Email công vụ')] ?? '');
    };
    const target = addressAt(held);
    expect(target).toMatch(/@haiphong\.edu\.vn$/);
    const others = [...form.at.values()].filter((p) => p !== held).map(addressAt);
    rt.ui.answerNext('OK', target);
    expect(rt.run('menuReleaseAddress', [], { as: 'menu' })).toMatchObject({ ok: true, rows: 1 });
    expect(addressAt(held)).toBe('');
    expect([...form.at.values()].filter((p) => p !== held).map(addressAt)).toEqual(others);
  });

  it('offers the units of every tab in the entry form', () => {
    const rt = startRuntime(formWorkbook(people(120), 3).workbook);
    const data = rt.run('getRegistrationFormData', [], { as: 'scriptRun', user: UNIT_USER }) as {
      units: Record<string, string[]>;
    };
    for (const i of [0, 50, 110]) expect(data.units[unitOf(i).commune]).toContain(unitOf(i).unit);
    expect(
      Object.values(data.units)
        .flat()
        .some((u) => /Cộng|Tổng/.test(u)),
    ).toBe(false);
  });

  it('saves a registration into the tab its unit is on, below that tab', () => {
    const form = formWorkbook(people(120), 3);
    const rt = startRuntime(form.workbook);
    const lastRows = [0, 1, 2].map((t) => values(rt.workbook(), TAB(t)).length);
    // Person 90's unit (the third unit) is listed on the last tab only.
    const saved = rt.run('submitRegistration', [registrationForm(90 + 1000, { ...unitOf(90) })], {
      as: 'scriptRun',
      user: UNIT_USER,
    }) as { ok: boolean; sheet: string; row: number };
    expect(saved).toMatchObject({ ok: true, sheet: TAB(2), row: lastRows[2] + 1 });
    for (const t of [0, 1]) expect(values(rt.workbook(), TAB(t)).length).toBe(lastRows[t]);
  });

  it('makes the same calls whatever the rows, and calls that grow only with the tabs', () => {
    const calls = (n: number, tabs: number) => {
      const rt = startRuntime(formWorkbook(people(n), tabs).workbook);
      rt.run('menuRunAll', [], { as: 'menu' });
      rt.calls.reset();
      rt.run('menuRunAll', [], { as: 'menu' });
      return rt.calls.snapshot().byMethod;
    };
    const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
    const [one, three, ten] = [1, 3, 10].map((t) => calls(600, t));
    // Rows do not count: twice the people on the same tabs, the same calls.
    expect(calls(1200, 3)).toEqual(three);
    // Each further tab costs the same few dozen calls: its read, its owned block, its dropdowns and its marks.
    const perTab = (total(three) - total(one)) / 2;
    expect(perTab).toBeGreaterThan(0);
    expect(perTab).toBeLessThan(60);
    expect(total(ten) - total(one)).toBe(9 * perTab);
  });
});

function unitOf(i: number): Record<string, string> {
  const row = rosterRow(i);
  return { commune: String(row[1]), unit: String(row[2]) };
}
