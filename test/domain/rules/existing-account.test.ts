import { flagExistingAccounts } from '../../../src/domain/rules/existing-account';
import { loadReferences } from '../../../src/domain/rules/references';
import { cleanPerson, input, roster } from './fixtures';
import { readPeople, table } from './step-fixtures';

const accountsOf = (rows: (string | Date)[][]) => {
  const notes: string[] = [];
  const header = ['Email', 'Họ và tên', 'Ngày sinh', 'Tên đơn vị', 'Mã định danh', 'Số CCCD'];
  const workbook = input(roster([]), { accounts: table('Tài khoản hiện có', header, rows) });
  return { ...loadReferences(workbook, 'haiphong.edu.vn', notes), notes };
};

describe('flagExistingAccount', () => {
  it('flags a person whose own address is on the domain, on that column', () => {
    const { sheet, people } = readPeople([{ ...cleanPerson(1), existingEmail: 'x@haiphong.edu.vn' }]);
    flagExistingAccounts([sheet], people, new Map(), '@haiphong.edu.vn', null);
    expect(people[0].findings).toEqual([
      expect.objectContaining({ code: 'HAS_ACCOUNT', column: 'Email công vụ hiện có' }),
    ]);
  });

  it('does not count the address this row was given, nor anything on a dropped duplicate', () => {
    const { sheet, people } = readPeople([
      { ...cleanPerson(2), existingEmail: 'mine@haiphong.edu.vn' },
      { ...cleanPerson(3), existingEmail: 'other@haiphong.edu.vn' },
    ]);
    people[0].ledgerAddress = 'mine@haiphong.edu.vn';
    flagExistingAccounts([sheet], people, new Map([[people[1], people[0]]]), '@haiphong.edu.vn', null);
    expect(people.map((p) => p.findings)).toEqual([[], []]);
  });

  it('finds the person in the directory by CCCD, naming the account found', () => {
    const p = cleanPerson(4);
    const { accounts } = accountsOf([['found@haiphong.edu.vn', '', '', '', '', p.cccd as string]]);
    expect(accounts?.ok).toBe(true);
    const { sheet, people } = readPeople([p, cleanPerson(5)]);
    flagExistingAccounts([sheet], people, new Map(), '@haiphong.edu.vn', accounts);
    expect(people[0].findings.map((f) => f.message).join()).toContain('found@haiphong.edu.vn');
    expect(people[1].findings).toEqual([]);
  });
});
