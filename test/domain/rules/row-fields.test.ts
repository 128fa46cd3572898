import { ROSTER_COLUMNS, matchColumns } from '../../../src/domain/columns';
import { parseRosterRow, type RosterPerson } from '../../../src/domain/person';
import { checkEmail, checkPhone } from '../../../src/domain/rules/row-contact';
import { RowFindings } from '../../../src/domain/rules/row-findings';
import { checkCccd, checkDob, checkGender, checkName } from '../../../src/domain/rules/row-identity';
import { checkCommune, checkUnit } from '../../../src/domain/rules/row-place';
import { cleanPerson, NOW, rosterRow, ROSTER_HEADER } from './fixtures';

const { columns } = matchColumns(ROSTER_HEADER, ROSTER_COLUMNS);
const blankPerson = (): RosterPerson =>
  parseRosterRow(
    rosterRow({}, 1),
    { ref: { sheet: 'Danh sách', row: 2 }, index: 0, tab: 0 },
    columns,
    ROSTER_HEADER,
    NOW,
  );
const fresh = () => ({ person: blankPerson(), findings: new RowFindings('Danh sách', 2, columns, ROSTER_HEADER) });
const codes = (f: RowFindings) => f.list.map((x) => `${x.code}@${x.column}`);

describe('row field rules', () => {
  it('RowFindings names the roster’s own header, or the field when the roster lacks the column', () => {
    const f = new RowFindings('Danh sách', 7, { phone: 9 }, ROSTER_HEADER);
    f.flag('phone', 'PHONE_INVALID', 'm');
    f.flag('gender', 'GENDER_INVALID', 'm');
    expect(f.list.map((x) => [x.row, x.column])).toEqual([
      [7, 'Số điện thoại'],
      [7, 'gender'],
    ]);
    expect(f.headerText('gender', 'Giới tính')).toBe('Giới tính');
  });

  it('name and birth date: kept when valid, flagged on their column when not', () => {
    const p = cleanPerson(5);
    const ok = fresh();
    checkName(p.name, ok.person, ok.findings);
    checkDob(p.dob, NOW, ok.person, ok.findings);
    expect(ok.findings.list).toEqual([]);
    expect(ok.person.nameKey).not.toBeNull();
    expect(ok.person.dobIso).toMatch(/^\d{4}-\d\d-\d\d$/);
    const bad = fresh();
    checkName('', bad.person, bad.findings);
    checkDob(new Date(NOW.getFullYear() - 10, 0, 1), NOW, bad.person, bad.findings);
    expect(codes(bad.findings)).toEqual(['REQUIRED@Họ và tên', 'DOB_INVALID@Ngày sinh']);
    expect(bad.person.dob).toBeNull();
  });

  it('CCCD is compared with the birth date and gender already read', () => {
    const p = cleanPerson(6);
    const { person, findings } = fresh();
    checkDob(p.dob, NOW, person, findings);
    checkGender(p.gender === 'Nam' ? 'Nữ' : 'Nam', person, findings);
    checkCccd(p.cccd, person, findings);
    expect(codes(findings)).toEqual(['CCCD_DOB_MISMATCH@Số CCCD']);
    expect(person.cccd).toBe(p.cccd);
    const short = fresh();
    checkCccd('0310123', short.person, short.findings);
    expect(codes(short.findings)).toEqual(['CCCD_INVALID@Số CCCD']);
  });

  it('contact and place: phone, e-mails, commune and unit', () => {
    const { person, findings } = fresh();
    checkPhone('0912345678', person, findings);
    expect(person.phoneE164).toBe('+84912345678');
    expect(checkEmail('A@Gmail.com', 'personalEmail', findings)).toBe('a@gmail.com');
    expect(checkEmail('not-an-email', 'existingEmail', findings)).toBe('');
    checkCommune('Phường Lê Chân', person, findings);
    expect(person.commune?.fullName).toBe('Phường Lê Chân');
    checkCommune('Xã Không Có Thật', person, findings);
    checkUnit(person, findings);
    expect(codes(findings)).toEqual([
      'EMAIL_INVALID@Email công vụ hiện có',
      'COMMUNE_UNKNOWN@Tên UBND cấp xã',
      'REQUIRED@Tên đơn vị',
    ]);
  });
});
