import { flagDuplicatePeople } from '../../../src/domain/rules/duplicate-people';
import { placeHolders } from '../../../src/domain/rules/holders';
import { NO_BATCH, registerValues, sealed, type RegisterEntry } from '../../../src/domain/register';
import { keyCheck, makeSeal } from '../../../src/domain/seal';

const seal = makeSeal('');
const check = keyCheck('');
import { cleanPerson } from './fixtures';
import { readPeople } from './step-fixtures';

const entry = (address: string, staffId: string | null, name: string): RegisterEntry => ({
  address,
  staffId,
  cccd: null,
  name,
  nameKey: null,
  dobIso: null,
  releasedAt: '',
  releasedBy: '',
  ...NO_BATCH,
});

describe('placeHolders then flagDuplicatePeople', () => {
  it('gives the registered address to the row that holds it, and keeps that row when the person is listed twice', () => {
    const a = cleanPerson(1);
    const { sheet, people } = readPeople([a, cleanPerson(2), a]);
    const register = {
      sheetName: 'Sổ địa chỉ',
      values: registerValues([entry('x@haiphong.edu.vn', a.staffId as string, a.name as string)], seal, check),
    };
    const holdings = placeHolders(people, register, seal, check);
    const holder = people.find((p) => p.ledgerAddress === 'x@haiphong.edu.vn')!;
    expect(holdings.ordered[0]).toBe(holder);
    // The entry learns its holder's CCCD and birth date, so it is rewritten from its own row.
    expect(holdings.register[0].cccd).toBe(sealed(holder, seal).cccd);
    expect(holdings.firstChangedRow).toBe(2);
    const dropped = flagDuplicatePeople([sheet], holdings.ordered);
    expect(dropped.size).toBe(1);
    expect(dropped.has(holder)).toBe(false);
    const [[d, kept]] = dropped;
    expect(kept).toBe(holder);
    expect(d.findings).toEqual([expect.objectContaining({ code: 'DUPLICATE_PERSON', row: d.ref.row })]);
  });

  it('rewrites the register whole when it has no header', () => {
    const { people } = readPeople([cleanPerson(3)]);
    expect(placeHolders(people, null, seal, check)).toEqual({
      register: [],
      ordered: people,
      firstChangedRow: 1,
      shown: [''],
      otherKey: false,
    });
  });
});
