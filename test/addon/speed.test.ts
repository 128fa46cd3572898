/**
 * "Đo tốc độ" on the local runtime, whose clock advances by the cost model: the figures
 * it records must be the model's own constants, the scratch sheet must be gone, and
 * nobody but Văn phòng may run it.
 */
import { DEFAULT_COST_MODEL } from '../../src/local/gas/calls';
import { makeWorkbook, values } from './fixtures';
import { startRuntime, UNIT_USER } from './runtime';

type Figures = {
  callMs: number;
  flushMs: number;
  perCellMs: Record<'setValues' | 'getValues' | 'setBackgrounds' | 'setNotes', number>;
  rangeList: { perRangeMs: number; rulePerRangeMs: number };
};

describe('Đo tốc độ', () => {
  it('measures on a scratch sheet it removes, and records what it measured in Nhật ký', () => {
    const rt = startRuntime(makeWorkbook({ rows: 50 }));
    const sheetsBefore = rt.workbook().sheets.map((s) => s.name);
    const result = rt.run<{ ok: boolean; figures: Figures }>('menuMeasureSpeed', [], { as: 'menu' });
    expect(result.ok).toBe(true);
    const { figures } = result;
    // The runtime's clock is real time plus the central model's cost of each call, so the
    // probe must find the model's constants, plus a little of this machine's own work.
    const near = (measured: number, model: number, slack: number) => {
      expect(measured).toBeGreaterThanOrEqual(model * 0.95);
      expect(measured).toBeLessThan(model + slack);
    };
    near(figures.perCellMs.setValues, DEFAULT_COST_MODEL.perCellWriteMs, 0.05);
    near(figures.perCellMs.setNotes, DEFAULT_COST_MODEL.perCellWriteMs, 0.05);
    near(figures.perCellMs.setBackgrounds, DEFAULT_COST_MODEL.perCellWriteMs, 0.05);
    near(figures.perCellMs.getValues, DEFAULT_COST_MODEL.perCellReadMs, 0.05);
    // Each scattered one-cell range: its cell written plus the cost of naming one more range.
    // The runtime's own work per range (parsing, copying rules) is real time too: more slack on a loaded machine.
    near(figures.rangeList.perRangeMs, DEFAULT_COST_MODEL.perRangeMs + DEFAULT_COST_MODEL.perCellWriteMs, 0.25);
    near(figures.rangeList.rulePerRangeMs, DEFAULT_COST_MODEL.perRangeMs, 0.25);
    near(figures.flushMs, DEFAULT_COST_MODEL.perMethodMs['SpreadsheetApp.flush'], 50);
    near(figures.callMs, DEFAULT_COST_MODEL.perClassMs.Range, 50);

    const after = rt.workbook().sheets.map((s) => s.name);
    expect(after.filter((n) => n !== 'Nhật ký')).toEqual(sheetsBefore);
    const log = values(rt.workbook(), 'Nhật ký');
    const row = log[log.length - 1];
    expect(row[2]).toBe('Đo tốc độ');
    expect(String(row[7])).toContain(`ghi giá trị ${figures.perCellMs.setValues.toFixed(4)} ms/ô`);
    expect(String(row[7])).toContain('setNotes 10000 ô');
    expect(String(row[7])).toContain(`ghi theo danh sách vùng ${figures.rangeList.perRangeMs.toFixed(4)} ms/vùng`);
    expect(String(row[7])).toContain('RangeList.setValue 5000 vùng');
    expect(String(row[7])).toContain(
      `quy tắc tô màu nhiều vùng ${figures.rangeList.rulePerRangeMs.toFixed(4)} ms/vùng`,
    );
    expect(rt.ui.alerts.at(-1)?.message ?? JSON.stringify(rt.ui.alerts.at(-1))).toContain('Nhật ký');
  });

  it('refuses a unit editor in Vietnamese and leaves the workbook as it was', () => {
    const rt = startRuntime(makeWorkbook({ rows: 20 }), { user: UNIT_USER });
    const before = JSON.stringify(rt.workbook());
    const result = rt.run<{ ok: boolean; message: string }>('menuMeasureSpeed', [], { as: 'menu', user: UNIT_USER });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/Văn phòng|chủ sở hữu|quyền/i);
    expect(JSON.stringify(rt.workbook())).toBe(before);
  });
});
