/**
 * The plan for the owned columns, on plain values: applied to what the sheet showed it
 * must give exactly the new values, never touch a cell outside the owned columns, never
 * write more cells than a span would, and stay within a number of calls that does not
 * depend on the rows.
 */
import fc from 'fast-check';
import type { OwnedColumn } from '../../../src/domain/check';
import type { CellValue } from '../../../src/domain/types';
import { columnLetter } from '../../../src/sheets/a1';
import {
  changedRows,
  MAX_VALUES_BY_VALUE,
  planOwnedWrites,
  type OwnedWritePlan,
} from '../../../src/sheets/owned-write-plan';

const HEADERS = ['Email công vụ', 'Trạng thái', 'Lỗi', 'Ghi nhận lúc', 'eOffice', 'Chữ ký số'];
const FIELDS = ['address', 'status', 'messages', 'receivedAt', 'eoffice', 'signature'] as const;
const USER_COLUMNS = 3;

/** Column letters back to numbers, for applying A1 ranges in the model. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function cellsOf(a1: string): { row: number; column: number }[] {
  const [from, to = from] = a1.split(':');
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return { column: columnNumber(m[1]), row: Number(m[2]) };
  };
  const a = parse(from);
  const b = parse(to);
  const out: { row: number; column: number }[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) out.push({ row: r, column: c });
  return out;
}

/**
 * The sheet as a grid (row 1 = index 0) after the plan is carried out; counts the cells it
 * writes. `refused`: Sheets would not take a range list, so the by-value columns go as spans.
 */
function apply(shown: CellValue[][], plan: OwnedWritePlan, refused = false): { grid: CellValue[][]; cells: number } {
  const grid = shown.map((row) => [...row]);
  let cells = 0;
  const put = (row: number, column: number, value: CellValue) => {
    while (grid.length < row) grid.push([]);
    grid[row - 1][column - 1] = value;
    cells++;
  };
  const spans = refused ? [...plan.spans, ...plan.byValueAsSpans()] : plan.spans;
  for (const span of spans)
    span.grid.forEach((line, r) => line.forEach((v, c) => put(span.top + r, span.column + c, v)));
  if (!refused)
    for (const w of plan.byValue)
      for (const a1 of w.a1) for (const cell of cellsOf(a1)) put(cell.row, cell.column, w.value);
  for (const h of plan.headers) put(1, h.column, h.header);
  return { grid, cells };
}

const shownValue = fc.constantFrom<CellValue>(
  '',
  'Đề nghị cấp',
  'Đã có',
  'Không đăng ký',
  'Có lỗi',
  'x@haiphong.edu.vn',
);
const newValue = fc.oneof(shownValue, fc.stringMatching(/^[a-zđ]{1,3}$/), fc.constant<CellValue>(new Date(2025, 8, 1)));
/** Most cells keep what the sheet shows (null); the rest change, often to one of a few values, as runs do. */
const edit = fc.oneof(
  { arbitrary: fc.constant(null), weight: 6 },
  { arbitrary: shownValue, weight: 2 },
  { arbitrary: newValue, weight: 1 },
);

function columns(rows: CellValue[][], appended: boolean): OwnedColumn[] {
  return HEADERS.map((header, k) => ({
    field: FIELDS[k],
    header,
    column: USER_COLUMNS + 1 + k,
    appended,
    values: rows.map((r) => r[k]),
  }));
}

/**
 * Cells the plain approach writes: each run of adjacent changed columns as one block from its
 * first changed row (or the header, when one of them needs it) to its last; lone headers one cell each.
 */
function blockCells(owned: OwnedColumn[], shown: CellValue[][], headerShown: boolean): number {
  let cells = headerShown ? 0 : owned.length;
  let block: { first: number; last: number; width: number } | null = null;
  const close = () => {
    // With the header: sheet rows 1 (the header) to the last changed; without: first to last changed.
    if (block) cells += (headerShown ? block.last - block.first + 1 : block.last + 2) * block.width;
    block = null;
  };
  for (const o of owned) {
    const rows = changedRows(o, shown);
    const span = rows.length > 0 ? { first: rows[0], last: rows[rows.length - 1] } : null;
    if (!span) {
      close();
      continue;
    }
    if (!headerShown) cells -= 1; // its header is part of the block
    block = block
      ? { first: Math.min(block.first, span.first), last: Math.max(block.last, span.last), width: block.width + 1 }
      : { ...span, width: 1 };
  }
  close();
  return cells;
}

const same = (a: CellValue | undefined, b: CellValue | undefined) =>
  a instanceof Date || b instanceof Date
    ? a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
    : String(a ?? '') === String(b ?? '');

describe('planOwnedWrites', () => {
  it('leaves exactly the new values, user cells untouched, in no more cells than spans and bounded calls (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 60 })
          .chain((n) =>
            fc.tuple(
              fc.array(fc.array(shownValue, { minLength: 6, maxLength: 6 }), { minLength: n, maxLength: n }),
              fc.array(fc.array(edit, { minLength: 6, maxLength: 6 }), { minLength: n, maxLength: n }),
              fc.boolean(),
            ),
          ),
        ([shownRows, edits, headerShown]) => {
          const newRows = shownRows.map((row, r) => row.map((v, k) => (edits[r][k] === null ? v : edits[r][k])));
          const user = (r: number) => Array.from({ length: USER_COLUMNS }, (_, c) => `người ${r}-${c}`);
          const shown: CellValue[][] = [
            [...user(0), ...(headerShown ? HEADERS : HEADERS.map(() => ''))],
            ...shownRows.map((row, r) => [...user(r + 1), ...row]),
          ];
          const owned = columns(newRows, false);
          const plan = planOwnedWrites(owned, shown);
          const { grid, cells } = apply(shown, plan);
          // Should Sheets refuse a range list, the fallback spans give the same sheet.
          for (const result of [grid, apply(shown, plan, true).grid])
            for (let r = 0; r < result.length; r++) {
              expect(result[r].slice(0, USER_COLUMNS)).toEqual(shown[r].slice(0, USER_COLUMNS));
              for (let k = 0; k < HEADERS.length; k++) {
                const expected = r === 0 ? HEADERS[k] : newRows[r - 1][k];
                expect(same(result[r][USER_COLUMNS + k], expected)).toBe(true);
              }
            }
          expect(cells).toBeLessThanOrEqual(blockCells(owned, shown, headerShown));
          expect(plan.spans.length).toBeLessThanOrEqual(HEADERS.length);
          expect(plan.byValue.length).toBeLessThanOrEqual(MAX_VALUES_BY_VALUE * HEADERS.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on a first run writes only the filled cells of the mostly-empty service columns, in as many calls at 100 as at 20,000 rows', () => {
    const plans = [100, 20_000].map((n) => {
      // Heads and team leaders are a few rows of each school; teachers have empty service cells.
      const rows = Array.from({ length: n }, (_, r): CellValue[] => {
        const head = r % 25 === 0;
        const leader = r % 25 === 7;
        return [
          `gv${r}@haiphong.edu.vn`,
          r % 13 === 0 ? 'Có lỗi' : 'Đã cấp địa chỉ',
          r % 13 === 0 ? `Số điện thoại không hợp lệ (dòng ${r + 2})` : '',
          '',
          head || leader ? 'Đề nghị cấp' : '',
          head ? 'Đề nghị cấp' : '',
        ];
      });
      const shown = [
        ['Họ và tên', 'Ngày sinh', 'Tên đơn vị'],
        ...rows.map(() => ['Nguyễn Văn A', '01/01/1990', 'THCS']),
      ];
      const plan = planOwnedWrites(columns(rows, true), shown);
      return { plan, cells: apply(shown, plan).cells, n };
    });
    for (const { plan, cells, n } of plans) {
      const filled = Math.ceil(n / 25) * 2 + (n > 7 ? Math.ceil((n - 7) / 25) : 0);
      // Three dense columns and their headers, the header of the empty stamp column, and the filled service cells.
      expect(cells).toBe(3 * (n + 1) + 1 + 2 + filled);
      const letter = columnLetter(USER_COLUMNS + 5);
      const heads = plan.byValue.find((w) => w.value === 'Đề nghị cấp')!;
      // A head of school asks for both: one range over the two columns.
      expect(heads.a1).toContain(`${letter}2:${columnLetter(USER_COLUMNS + 6)}2`);
    }
    const calls = plans.map(({ plan }) => [plan.spans.length, plan.byValue.length, plan.headers.length]);
    expect(calls[0]).toEqual(calls[1]);
  });

  it('on an hourly re-check writes just the few statuses that changed, not the rows between them', () => {
    const n = 50_000;
    const rows = Array.from({ length: n }, (_, r): CellValue[] => [
      `gv${r}@haiphong.edu.vn`,
      'Đã cấp địa chỉ',
      '',
      '',
      '',
      '',
    ]);
    const shown = [
      ['Họ và tên', 'Ngày sinh', 'Tên đơn vị', ...HEADERS],
      ...rows.map((row) => ['Nguyễn Văn A', '01/01/1990', 'THCS', ...row]),
    ];
    const next = rows.map((row) => [...row]);
    for (const r of [12, 20_000, 49_990]) {
      next[r][1] = 'Có lỗi';
      next[r][2] = `Trùng với dòng ${r}`;
    }
    const plan = planOwnedWrites(columns(next, false), shown);
    expect(apply(shown, plan).cells).toBe(6);
    expect(plan.spans).toEqual([]);
  });

  it('writes a column with many different new values as one span', () => {
    const rows = Array.from({ length: 40 }, (_, r): CellValue[] => [`gv${r}@haiphong.edu.vn`, '', '', '', '', '']);
    const shown = [['Họ và tên', 'Ngày sinh', 'Tên đơn vị', ...HEADERS], ...rows.map(() => ['a', 'b', 'c'])];
    const plan = planOwnedWrites(columns(rows, false), shown);
    expect(plan.spans).toHaveLength(1);
    expect(plan.spans[0].grid).toHaveLength(40);
  });
});
