import { assembleOutcomes } from '../../../src/domain/rules/outcome';
import { ownedColumns, selectRows, OWNED_HEADERS } from '../../../src/domain/rules/owned-columns';
import type { ServiceDecisions } from '../../../src/domain/services';
import { cleanPerson, ROSTER_HEADER } from './fixtures';
import { readPeople } from './step-fixtures';

const services: ServiceDecisions = {
  active: { eoffice: true, signature: false },
  states: { eoffice: ['requested', '', ''], signature: [] },
  records: { eoffice: [], signature: [] },
  ownedAt: {},
};

describe('selectRows and ownedColumns', () => {
  const { sheet, people } = readPeople([cleanPerson(1), cleanPerson(2), cleanPerson(3)]);
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
    expect(selectRows(outcomes, [4, 2, 99]).map((o) => o.sheetRow)).toEqual([4, 2]);
    expect(selectRows(outcomes, undefined)).toBe(outcomes);
  });

  it('appends the missing mailbox columns after the header, then an active service, with one value per selected row', () => {
    const owned = ownedColumns(sheet, selectRows(outcomes, [3, 2]), services);
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
