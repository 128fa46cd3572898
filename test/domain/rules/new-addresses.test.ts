import { assignNewAddresses, takenAddresses } from '../../../src/domain/rules/new-addresses';
import { DEFAULT_SETTINGS } from '../../../src/domain/types';
import { cleanPerson } from './fixtures';
import { readPeople } from './step-fixtures';

const domain = 'haiphong.edu.vn';

describe('takenAddresses and assignNewAddresses', () => {
  it('keeps reserved names and addresses in use out of the pool', () => {
    const { people } = readPeople([{ ...cleanPerson(1), existingEmail: 'used@haiphong.edu.vn' }]);
    const taken = takenAddresses([], people, null, null, domain);
    expect(taken.has('used@haiphong.edu.vn')).toBe(true);
    expect(taken.has('admin@haiphong.edu.vn')).toBe(true);
  });

  it('gives clean newcomers an address and registers it; not a dropped row, a flagged row, or with assignment off', () => {
    const { people } = readPeople([cleanPerson(2), cleanPerson(3), { ...cleanPerson(4), dob: '' }]);
    const register: Parameters<typeof assignNewAddresses>[2] = [];
    const fresh = assignNewAddresses(people, new Set([people[1]]), register, new Set(), DEFAULT_SETTINGS, domain, true);
    // Keyed by roster index: only the first person (sheet row 2) gets one.
    expect([...fresh.keys()]).toEqual([people[0].index]);
    expect(register.map((e) => e.address)).toEqual([fresh.get(people[0].index)]);
    expect(fresh.get(people[0].index)).toMatch(/@haiphong\.edu\.vn$/);
    const none = assignNewAddresses(people, new Set(), [], new Set(), DEFAULT_SETTINGS, domain, false);
    expect(none.size).toBe(0);
  });
});
