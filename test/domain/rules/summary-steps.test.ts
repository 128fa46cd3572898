import { collectFindings } from '../../../src/domain/rules/findings';
import type { RowOutcome } from '../../../src/domain/rules/outcome';
import { checkSummarySheet, focalContacts } from '../../../src/domain/rules/summary-sheet';
import { tallyUnits } from '../../../src/domain/rules/unit-tally';
import type { Finding } from '../../../src/domain/types';
import { cleanPerson } from './fixtures';
import { readPeople } from './step-fixtures';

describe('tallyUnits', () => {
  it('counts non-blank people per unit and per unit name, noting those whose commune is unknown', () => {
    const { people } = readPeople([cleanPerson(0), cleanPerson(2), {}, { ...cleanPerson(4), commune: 'Xã Không Có' }]);
    const t = tallyUnits(people);
    expect([...t.listedByUnit.values()].sort()).toEqual([1, 2]);
    expect([...t.listedByName.values()]).toEqual([{ total: 3, unresolved: 1 }]);
    expect(t.unitKeys[2]).toBeUndefined();
    expect(t.unitKeys[0]).toBe(t.unitKeys[1]);
  });
});

describe('checkSummarySheet and focalContacts', () => {
  it('notes an absent summary sheet and has no focal contacts then', () => {
    const notes: string[] = [];
    const summary = checkSummarySheet(null, tallyUnits([]), notes);
    expect(summary).toBeNull();
    expect(notes).toHaveLength(1);
    expect(focalContacts(summary)).toBeNull();
  });
});

describe('collectFindings', () => {
  it('orders findings by sheet then row, keeping each row’s own order', () => {
    const f = (sheet: string, row: number, code: Finding['code']): Finding => ({
      sheet,
      row,
      column: '',
      code,
      message: '',
    });
    const outcome = (findings: Finding[]) => ({ findings }) as RowOutcome;
    const all = collectFindings(
      [
        outcome([f('Danh sách', 3, 'PHONE_INVALID'), f('Danh sách', 3, 'HAS_ACCOUNT')]),
        outcome([f('Danh sách', 2, 'REQUIRED')]),
      ],
      {
        ok: true,
        units: [],
        findings: [f('Tổng hợp', 2, 'COUNT_MISMATCH')],
        focalEmailColumn: false,
      },
    );
    expect(all.map((x) => `${x.sheet}${x.row}${x.code}`)).toEqual([
      'Danh sách2REQUIRED',
      'Danh sách3PHONE_INVALID',
      'Danh sách3HAS_ACCOUNT',
      'Tổng hợp2COUNT_MISMATCH',
    ]);
  });
});
