import { runCheck } from '../../../src/domain/check';
import { DEFAULT_SETTINGS } from '../../../src/domain/types';
import { check, cleanPerson, codesOf, input, NOW, roster, type PersonInput } from './fixtures';

const one = (overrides: PersonInput) => {
  const result = check(input(roster([{ ...cleanPerson(7), ...overrides }])));
  return { result, codes: codesOf(result, 2), messages: result.rows[0].messages };
};

describe('input the spec says must be accepted, not flagged', () => {
  const accepted: [string, PersonInput][] = [
    ['a name in NFD', { name: 'Nguyễn Thị Thủy'.normalize('NFD'), gender: 'Nữ', cccd: '' }],
    ['old tone-mark placement', { name: 'Trần Thị Thuỷ', gender: 'Nữ', cccd: '' }],
    [
      'doubled, leading and trailing spaces, NBSP and zero-width',
      { name: '  Lê\u00a0 Văn\u200b  Hoà ', cccd: '', gender: 'Nam' },
    ],
    ['odd case', { name: 'pHẠM vĂN bÌNH', cccd: '', gender: 'Nam' }],
    ['commune with the short prefix', { commune: 'P. Lê Chân' }],
    ['commune without prefix, any case', { commune: 'lê chân' }],
    ['commune without marks when unique', { commune: 'xa vinh bao' }],
    ['commune in old tone marks', { commune: 'Thuỷ Nguyên' }],
    ['a phone that lost its leading zero', { phone: 912345678 }],
    ['a phone with spaces', { phone: '0912 345 678' }],
    ['a phone with dots', { phone: '0912.345.678' }],
    ['a phone with dashes', { phone: '0912-345-678' }],
    ['a phone as +84', { phone: '+84 912 345 678' }],
    ['a phone as 84…', { phone: '84912345678' }],
    ['a Hai Phong landline', { phone: '0225 3 842 123' }],
    ['a date as dd/mm/yyyy text', { dob: '15/3/1985', cccd: '' }],
    ['a date with dashes', { dob: '15-03-1985', cccd: '' }],
    ['an ISO date', { dob: '1985-03-15', cccd: '' }],
    ['a date as a serial number', { dob: 31121, cccd: '' }],
    ['gender in lower case', { gender: 'nam', name: 'Nguyễn Văn An', cccd: '' }],
  ];
  it.each(accepted)('%s', (_, overrides) => {
    const { codes, messages } = one(overrides);
    expect({ codes, messages }).toEqual({ codes: [], messages: '' });
  });

  it('a CCCD stored as a number that lost its leading zero', () => {
    const p = cleanPerson(3);
    const { codes } = one({ ...p, cccd: Number(p.cccd) });
    expect(codes).toEqual([]);
  });
});

describe('findings on one row', () => {
  const flagged: [string, PersonInput, string, RegExp][] = [
    ['an empty name', { name: '' }, 'REQUIRED', /Họ và tên/],
    ['an empty date of birth', { dob: '' }, 'REQUIRED', /Ngày sinh/],
    ['an empty commune', { commune: '' }, 'REQUIRED', /UBND/],
    ['a single-word name', { name: 'Hùng' }, 'NAME_INVALID', /một từ/],
    ['digits in a name', { name: 'Nguyễn Văn 2' }, 'NAME_INVALID', /chữ số/],
    ['script in a name', { name: '<script>alert(x)</script>' }, 'NAME_INVALID', /ký tự/],
    ['31/02', { dob: '31/02/1985', cccd: '' }, 'DOB_INVALID', /không có thật/],
    ['a future date', { dob: '01/01/2030', cccd: '' }, 'DOB_INVALID', /tương lai/],
    ['under 18', { dob: '01/01/2010', cccd: '' }, 'DOB_INVALID', /18–70/],
    ['over 70', { dob: '01/01/1950', cccd: '' }, 'DOB_INVALID', /18–70/],
    ['a gender that is neither', { gender: 'Khác' }, 'GENDER_INVALID', /Nam hoặc Nữ/],
    ['an obsolete 11-digit mobile', { phone: '01234567890' }, 'PHONE_INVALID', /01234567890/],
    ['a phone too short', { phone: '091234567' }, 'PHONE_INVALID', /không phải/],
    ['a CCCD of 11 digits that cannot be recovered', { cccd: '03108501234' }, 'CCCD_INVALID', /11 chữ số/],
    ['a CCCD of 13 digits', { cccd: '0310850123456' }, 'CCCD_INVALID', /13 chữ số/],
    ['an unknown province code', { cccd: '999085012345' }, 'CCCD_INVALID', /999/],
    ['an invalid century digit', { cccd: '031585012345' }, 'CCCD_INVALID', /thế kỷ/],
    ['a personal e-mail that is not one', { personalEmail: 'an@gmail' }, 'EMAIL_INVALID', /an@gmail/],
    ['an unknown commune', { commune: 'Phường Hoàn Kiếm' }, 'COMMUNE_UNKNOWN', /không phải/],
    ['a pre-2025 district', { commune: 'Quận Lê Chân' }, 'COMMUNE_UNKNOWN', /Phường Lê Chân/],
    ['Cam Giang without marks', { commune: 'Cam Giang' }, 'COMMUNE_UNKNOWN', /Xã Cẩm Giang hoặc Xã Cẩm Giàng/],
  ];
  it.each(flagged)('%s', (_, overrides, code, message) => {
    const { codes, messages, result } = one(overrides);
    expect(codes).toContain(code);
    expect(messages).toMatch(message);
    expect(result.rows[0].address).toBe('');
  });

  it('names the CCCD birth-year digits against the date of birth', () => {
    const { codes, messages } = one({ dob: new Date(1986, 4, 2), cccd: '031085012345', gender: 'Nam' });
    expect(codes).toEqual(['CCCD_DOB_MISMATCH']);
    expect(messages).toContain('Năm sinh trong CCCD (85) khác ngày sinh (1986)');
  });

  it('flags a CCCD whose sex digit disagrees with the gender', () => {
    const { codes } = one({ dob: new Date(1985, 4, 2), cccd: '031185012345', gender: 'Nam', name: 'Nguyễn Văn An' });
    expect(codes).toEqual(['CCCD_DOB_MISMATCH']);
  });

  it('tells Cẩm Giang and Cẩm Giàng apart when typed with marks', () => {
    const a = one({ commune: 'Cẩm Giang' }).result;
    const b = one({ commune: 'Cẩm Giàng' }).result;
    expect(a.findings).toEqual([]);
    expect(b.findings).toEqual([]);
    expect(a.provisioning[0].communeCode).toBe('10888');
    expect(b.provisioning[0].communeCode).toBe('10903');
  });

  it('reports the column header as the sheet writes it', () => {
    const table = roster([{ ...cleanPerson(1), phone: 'abc' }]);
    table.values[0][9] = 'SĐT';
    const result = check(input(table));
    expect(result.findings.map((f) => [f.column, f.row, f.code])).toEqual([['SĐT', 2, 'PHONE_INVALID']]);
  });

  it('skips blank rows between data silently', () => {
    const people = [cleanPerson(1), ...Array.from({ length: 300 }, () => ({})), cleanPerson(2)];
    const result = check(input(roster(people.map((p) => p as PersonInput))));
    expect(result.findings).toEqual([]);
    expect(result.counts.people).toBe(2);
    expect(result.rows[301].address).not.toBe('');
  });
});

describe('unusable input', () => {
  it('says which required column is missing and writes nothing', () => {
    const table = roster([cleanPerson(1)]);
    table.values = table.values.map((row) => row.filter((_, i) => i !== 4));
    const result = runCheck(input(table), {
      settings: DEFAULT_SETTINGS,
      now: NOW,
      assignAddresses: true,
      stampReceivedAt: false,
    });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('"Ngày sinh"') });
  });

  it('finds columns by alias, whatever the case and marks', () => {
    const table = roster([cleanPerson(1)]);
    table.values[0] = [
      'stt',
      'xã/phường/đặc khu',
      'TRƯỜNG',
      'ho ten',
      'ngay sinh',
      'Giới tính',
      'Chức danh',
      'Mã CSDL',
      'CCCD',
      'Điện thoại',
      'Email cá nhân',
      'Email hiện có',
      'Ghi chú',
    ];
    const result = check(input(table));
    expect(result.findings).toEqual([]);
    expect(result.provisioning).toHaveLength(1);
  });
});

describe('template rows', () => {
  it('a row a unit pre-filled with its commune, unit and position but no person is not flagged', () => {
    const result = check(
      input(
        roster([
          cleanPerson(1),
          { commune: 'Phường Lê Chân', unit: 'Trường THCS Lê Lợi', position: 'Giáo viên' },
          cleanPerson(2),
        ]),
      ),
    );
    expect(result.findings).toEqual([]);
    expect(result.counts.people).toBe(2);
  });
});
