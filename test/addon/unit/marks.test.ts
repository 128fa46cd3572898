import { applyMarks, MARK_COLOUR, stripOwnNote } from '../../../src/sheets/marks';

const grid = <T>(rows: number, cols: number, v: T): T[][] => Array.from({ length: rows }, () => Array(cols).fill(v));

describe('marks on user cells', () => {
  it('colours and notes flagged cells and leaves every other cell as it was', () => {
    const bg = grid(3, 4, '#ffffff');
    bg[2][3] = '#00ff00'; // the user's own colour
    const notes = grid(3, 4, '');
    notes[0][0] = 'Cô Hoà nghỉ thai sản';
    const flags = new Map([
      ['0,0', 'Số điện thoại không hợp lệ'],
      ['2,3', 'Trùng với dòng 2'],
    ]);
    const out = applyMarks(bg, notes, flags);
    expect(out.changed).toBe(true);
    expect(out.backgrounds[0][0]).toBe(MARK_COLOUR);
    expect(out.backgrounds[2][3]).toBe('#00ff00');
    expect(out.notes[0][0].startsWith('Cô Hoà nghỉ thai sản\n')).toBe(true);
    expect(out.notes[0][0]).toContain('Số điện thoại không hợp lệ');
    expect(out.notes[2][3]).toContain('Trùng với dòng 2');
    expect(out.backgrounds[1]).toEqual(bg[1]);
    expect(out.notes[1]).toEqual(notes[1]);
  });

  it('a later run clears its own marks once fixed and keeps the user note', () => {
    const first = applyMarks(
      grid(1, 2, '#ffffff'),
      [['Ghi chú của trường', '']],
      new Map([['0,0', 'Ngày sinh không hợp lệ']]),
    );
    const second = applyMarks(first.backgrounds, first.notes, new Map());
    expect(second.backgrounds).toEqual([['#ffffff', '#ffffff']]);
    expect(second.notes).toEqual([['Ghi chú của trường', '']]);
    expect(stripOwnNote(first.notes[0][0])).toBe('Ghi chú của trường');
  });

  it('reports no change when a re-run marks the same cells', () => {
    const flags = new Map([['0,1', 'Thiếu họ và tên']]);
    const first = applyMarks(grid(1, 2, '#ffffff'), grid(1, 2, ''), flags);
    expect(applyMarks(first.backgrounds, first.notes, flags).changed).toBe(false);
  });
});
