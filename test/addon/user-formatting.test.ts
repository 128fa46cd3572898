/**
 * A workbook a unit has dressed up (its own fills, alternating colours, a rule of its
 * own and notes) keeps every bit of it through every action, in Sheets and in the
 * offline result.xlsx, while flagged cells still show as flagged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayedFormat } from '../../src/local/gas/displayed-format';
import type { SheetStore } from '../../src/local/gas/sheet-store';
import { cellKey } from '../../src/local/workbook-data';
import { readXlsx } from '../../src/local/xlsx/read';
import { saveWorkbook } from '../../src/local/xlsx/write';
import { MARK_COLOUR, OWN_NOTE } from '../../src/sheets/marks';
import { makeWorkbook, rosterRow, ROSTER_HEADER } from './fixtures';
import { editAsUnit, startRuntime, type Runtime } from './runtime';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

const N = 120;
const BAD_PHONE_ROW = 12;
const PHONE = ROSTER_HEADER.indexOf('Số điện thoại') + 1;
const NAME = ROSTER_HEADER.indexOf('Họ và tên') + 1;
const POSITION = ROSTER_HEADER.indexOf('Chức vụ') + 1;
const WIDTH = ROSTER_HEADER.length;
const USER_NOTE = 'Cô giáo mới chuyển về từ Kiến An';

function dressedUp(): Runtime {
  const rows = Array.from({ length: N }, (_, i) => rosterRow(i));
  rows[BAD_PHONE_ROW - 2][PHONE - 1] = '01234567890';
  const rt = startRuntime(makeWorkbook({ rows }));
  const app = (rt.globals as unknown as { SpreadsheetApp: App }).SpreadsheetApp;
  const sheet = app.getActive().getSheetByName('Danh sách')!;
  sheet.getRange(1, 1, N + 1, WIDTH).applyRowBanding(app.BandingTheme.BLUE);
  sheet.getRange(BAD_PHONE_ROW, PHONE).setBackground('#ffff00').setNote(USER_NOTE);
  sheet.getRange(20, NAME).setBackground('white');
  sheet.getRange(30, NAME).setNote('Đã đối chiếu hồ sơ');
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenTextContains('hiệu trưởng')
      .setBackground('#b7e1cd')
      .setRanges([sheet.getRange(2, POSITION, N, 1)])
      .build(),
  ]);
  return rt;
}

const roster = (rt: Runtime): SheetStore => rt.spreadsheet.sheetNamed('Danh sách')!.store;

/** Everything the user set on their own columns. */
function userFormatting(store: SheetStore) {
  const inUserColumns = <T>(map: Map<number, T>) =>
    [...map.entries()].filter(([k]) => k % 20_000 <= WIDTH).sort(([a], [b]) => a - b);
  return {
    backgrounds: inUserColumns(store.backgrounds),
    userNotes: inUserColumns(store.notes).map(([k, note]) => [k, note.split('\n⚠')[0].split('⚠')[0]]),
    bandings: JSON.stringify(store.bandings),
    userRules: JSON.stringify(store.conditionalFormats.filter((r) => r.background !== MARK_COLOUR)),
  };
}

const edit = (rt: Runtime, row: number, column: number, value: string) =>
  editAsUnit(rt, 'Danh sách', row, column, value);

describe("the users' own formatting", () => {
  const dir = mkdtempSync(join(tmpdir(), 'user-formatting-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('survives every action; a flagged cell shows the mark over it and the user colour once fixed', () => {
    const rt = dressedUp();
    const before = userFormatting(roster(rt));
    expect(before.backgrounds).toContainEqual([cellKey(20, NAME), '#ffffff']);

    for (const action of [
      'menuCheckAll',
      'menuAssignAddresses',
      'menuBuildReport',
      'menuExportFindings',
      'menuExportGoogle',
      'menuRunAll',
    ]) {
      const result = rt.run<{ ok: boolean }>(action, [], { as: 'menu' });
      expect(result.ok).toBe(true);
      expect(userFormatting(roster(rt))).toEqual(before);
    }
    const store = roster(rt);
    // The flagged phone shows pale red over the user's yellow, with both notes.
    expect(displayedFormat(store, BAD_PHONE_ROW, PHONE).background).toBe(MARK_COLOUR);
    expect(store.notes.get(cellKey(BAD_PHONE_ROW, PHONE))).toBe(`${USER_NOTE}\n${OWN_NOTE}`);
    // A clean cell shows the alternating colours; the explicit white stays white.
    expect(displayedFormat(store, 13, PHONE).background).toBe('#e8f0fe');
    expect(displayedFormat(store, 14, PHONE).background).toBe('#ffffff');
    expect(displayedFormat(store, 20, NAME).background).toBe('#ffffff');
    // Only flagged cells carry the add-on's note.
    const marked = [...store.notes.entries()].filter(([, n]) => n.includes(OWN_NOTE)).map(([k]) => k);
    expect(marked).toEqual([cellKey(BAD_PHONE_ROW, PHONE)]);

    // A unit fixes the phone: the row's Lỗi empties and the mark gives way to the user's yellow.
    edit(rt, BAD_PHONE_ROW, PHONE, '0912345678');
    expect(userFormatting(roster(rt))).toEqual(before);
    expect(displayedFormat(roster(rt), BAD_PHONE_ROW, PHONE).background).toBe('#ffff00');
    rt.run('menuCheckAll', [], { as: 'menu' });
    expect(roster(rt).notes.get(cellKey(BAD_PHONE_ROW, PHONE))).toBe(USER_NOTE);
    expect([...roster(rt).notes.values()].some((n) => n.includes(OWN_NOTE))).toBe(false);
    expect(userFormatting(roster(rt))).toEqual(before);
  });

  it('writes no cell outside the owned columns and the flagged cells', () => {
    const rt = dressedUp();
    rt.calls.reset();
    rt.run('menuCheckAll', [], { as: 'menu' });
    const written = rt.calls.cells().written;
    // Owned block (4 columns, header included) plus the report-free check's marks and log.
    expect(written).toBeLessThan(4 * (N + 1) + 50);
  });

  it('marks with the same Sheets calls at 200 and 2,000 rows, writing no clean cell', () => {
    const run = (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => rosterRow(i));
      // One row in ten flagged: a second run must not ask the position of each marked cell.
      rows.forEach((row, i) => {
        if (i % 10 === 3) row[PHONE - 1] = '01234567890';
      });
      const rt = startRuntime(makeWorkbook({ rows }));
      rt.run('menuCheckAll', [], { as: 'menu' });
      rt.calls.reset();
      rt.run('menuCheckAll', [], { as: 'menu' });
      const { byMethod } = rt.calls.snapshot();
      return { byMethod, written: rt.calls.cells().written, n };
    };
    const [small, large] = [run(200), run(2000)];
    expect(small.byMethod).toEqual(large.byMethod);
    expect(small.byMethod['Sheet.setConditionalFormatRules']).toBe(1);
    // A second run over the same findings writes only the Nhật ký row (10 cells: 8, then plan
    // 5277's two figures) and three whole-range formats (the dropdowns): no owned cell that did
    // not change, no note, no fill.
    for (const r of [small, large]) expect(r.written).toBe(10 + 3);
  });

  it('keeps user fills, alternating colours, rules and notes in result.xlsx', async () => {
    const rt = dressedUp();
    rt.run('menuRunAll', [], { as: 'menu' });
    const path = join(dir, 'result.xlsx');
    await saveWorkbook(rt, path);
    const back = (await readXlsx(path)).sheets.find((s) => s.name === 'Danh sách')!;
    expect(back.rows[BAD_PHONE_ROW - 1][PHONE - 1]).toMatchObject({
      background: '#ffff00',
      note: `${USER_NOTE}\n${OWN_NOTE}`,
    });
    expect(back.rows[19][NAME - 1]!.background).toBe('#ffffff');
    expect(back.rows[29][NAME - 1]!.note).toBe('Đã đối chiếu hồ sơ');
    expect(back.bandings).toEqual(roster(rt).bandings);
    expect(back.conditionalFormats).toEqual(roster(rt).conditionalFormats);
  });
});
