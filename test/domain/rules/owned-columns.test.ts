import { assembleOutcomes } from '../../../src/domain/rules/outcome';
import { ownedColumns, selectRows, OWNED_HEADERS } from '../../../src/domain/rules/owned-columns';
import type { ServiceDecisions } from '../../../src/domain/services';
import { cleanPerson, ROSTER_HEADER } from './fixtures';
import { readPeople } from './step-fixtures';

const services: ServiceDecisions = {
  active: { eoffice: true, signature: false },
  states: { eoffice: ['requested', '', ''], signature: [] },
  records: { eoffice: [], signature: [] },
  ownedAt: [{}],
  activeIn: [{ eoffice: true, signature: false }],
};

describe('selectRows and ownedColumns', () => {
  const { tabs, people } = readPeople([cleanPerson(1), cleanPerson(2), cleanPerson(3)]);
  const { outcomes } = assembleOutcomes(
    people,
    () => 'x@haiphong.edu.vn',
    () => ({ stage: 'assigned' }),
    ['a', 'b', 'c'],
    services,
    '@haiphong.edu.vn',
    0,
  );

  it('selects the asked rows in the asked order, skipping rows the roster lacks', () => {
    const at = (row: number) => ({ sheet: 'Danh sách', row });
    expect(selectRows(outcomes, [at(4), at(2), at(99), { sheet: 'Khác', row: 3 }]).map((o) => o.ref.row)).toEqual([
      4, 2,
    ]);
    expect(selectRows(outcomes, undefined)).toBe(outcomes);
  });

  it('appends the missing mailbox columns after the header, then an active service, with one value per selected row', () => {
    const at = (row: number) => ({ sheet: 'Danh sách', row });
    const [tab] = ownedColumns(tabs, outcomes, selectRows(outcomes, [at(3), at(2)]), services);
    expect(tab.rows).toEqual([3, 2]);
    const owned = tab.columns;
    expect(owned.map((o) => [o.field, o.column, o.appended])).toEqual([
      ['address', ROSTER_HEADER.length + 1, true],
      ['status', ROSTER_HEADER.length + 2, true],
      ['messages', ROSTER_HEADER.length + 3, true],
      ['receivedAt', ROSTER_HEADER.length + 4, true],
      ['eoffice', ROSTER_HEADER.length + 5, true],
    ]);
    expect(owned[0].header).toBe(OWNED_HEADERS.address);
    expect(owned[0].values).toEqual(['x@haiphong.edu.vn', 'x@haiphong.edu.vn']);
    expect(owned[4].values[1]).not.toBe(owned[4].values[0]);
  });
});
