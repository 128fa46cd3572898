import { readRoster } from '../../../src/domain/rules/read-roster';
import { cleanPerson, NOW, roster, ROSTER_HEADER } from './fixtures';

describe('readRoster', () => {
  it('says what is wrong when the roster is absent, empty or lacks a required column', () => {
    expect(readRoster([], NOW)).toEqual({ ok: false, message: expect.stringContaining('Danh sách') });
    expect(readRoster([{ sheetName: 'Danh sách', values: [['', '']] }], NOW).ok).toBe(false);
    const noName = roster([cleanPerson(1)]);
    noName.values[0] = noName.values[0].map((h) => (h === 'Họ và tên' ? 'Ghi chú 2' : h));
    const read = readRoster([noName], NOW);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain('Họ và tên');
  });

  it('parses every row after the header, numbered as sheet rows, with their own findings', () => {
    const read = readRoster([roster([cleanPerson(1), { ...cleanPerson(2), phone: '12345' }, {}])], NOW);
    if (!read.ok) throw new Error(read.message);
    expect(read.people.map((p) => p.ref.row)).toEqual([2, 3, 4]);
    expect(read.people.map((p) => p.blank)).toEqual([false, false, true]);
    expect(read.people[1].findings.map((f) => f.code)).toEqual(['PHONE_INVALID']);
    expect(read.tabs[0].header).toEqual(ROSTER_HEADER);
    expect(read.notes).toEqual([]);
  });

  it('notes a header given twice, and reads the first of the two columns', () => {
    const t = roster([cleanPerson(3)]);
    t.values[0] = [...t.values[0], 'Số điện thoại'];
    t.values[1] = [...t.values[1], 'không phải số'];
    const read = readRoster([t], NOW);
    if (!read.ok) throw new Error(read.message);
    expect(read.notes).toHaveLength(1);
    expect(read.notes[0]).toContain('Số điện thoại');
    expect(read.people[0].findings).toEqual([]);
  });
});
