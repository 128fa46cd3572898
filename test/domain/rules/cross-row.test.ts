import type { CheckResult } from '../../../src/domain/check';
import { SUMMARY_HEADER_AS_TYPED } from '../../../scripts/reference-data';
import type { RawTable } from '../../../src/domain/types';
import { check, cleanPerson, codesOf, input, roster, type PersonInput } from './fixtures';
import { LEDGER_TEXT } from '../../../src/i18n/register';

const sheet = (name: string, header: string[], rows: unknown[][]): RawTable => ({
  sheetName: name,
  values: [header, ...(rows as RawTable['values'])],
});

describe('DUPLICATE_PERSON', () => {
  it('keeps the first row and names it, across units', () => {
    const a = cleanPerson(10);
    const twin = { ...a, unit: 'Trường Mầm non Hoa Sen', commune: 'Xã Vĩnh Bảo', phone: '', personalEmail: '' };
    const result = check(input(roster([a, cleanPerson(11), twin])));
    expect(codesOf(result, 2)).toEqual([]);
    expect(codesOf(result, 4)).toEqual(['DUPLICATE_PERSON']);
    expect(result.rows[2].messages).toContain('dòng 2');
    expect(result.rows[2].messages).toContain(String(a.unit));
    expect(result.rows[2].address).toBe('');
    expect(result.provisioning.map((r) => r.ref.row)).toEqual([2, 3]);
  });

  it('matches the same name and birth date typed differently', () => {
    const a = { ...cleanPerson(12), name: 'Nguyễn Thị Thủy', gender: 'Nữ', cccd: '', staffId: '' };
    const b = { ...a, name: '  NGUYỄN THỊ THUỶ '.normalize('NFD'), dob: '15/3/1985' };
    const result = check(input(roster([{ ...a, dob: new Date(1985, 2, 15) }, b])));
    expect(codesOf(result, 3)).toEqual(['DUPLICATE_PERSON']);
  });

  it('matches by CCCD or by Mã định danh even when the name is typed otherwise', () => {
    const a = cleanPerson(13);
    const byCccd = { ...cleanPerson(14), cccd: a.cccd, dob: a.dob, gender: a.gender };
    const byStaffId = { ...cleanPerson(15), staffId: a.staffId };
    const result = check(input(roster([a, byCccd, byStaffId])));
    expect(codesOf(result, 3)).toContain('DUPLICATE_PERSON');
    expect(codesOf(result, 4)).toContain('DUPLICATE_PERSON');
  });

  it('never merges namesakes born on different days', () => {
    const a = { ...cleanPerson(16), name: 'Nguyễn Văn An', gender: 'Nam', cccd: '', staffId: '' };
    const b = { ...a, dob: new Date(1990, 0, 1) };
    const result = check(input(roster([a, b])));
    expect(result.findings).toEqual([]);
    expect(new Set(result.provisioning.map((r) => r.address)).size).toBe(2);
  });

  it('never merges namesakes born the same day whose CCCD differ', () => {
    const a = {
      ...cleanPerson(17),
      name: 'Nguyễn Văn An',
      gender: 'Nam',
      dob: new Date(1985, 2, 15),
      cccd: '031085012345',
      staffId: '',
    };
    const b = { ...a, cccd: '031085099999' };
    const result = check(input(roster([a, b])));
    expect(result.findings).toEqual([]);
  });
});

describe('HAS_ACCOUNT', () => {
  const accounts = (rows: unknown[][]) =>
    sheet('Tài khoản hiện có', ['Email', 'Họ và tên', 'Ngày sinh', 'Tên đơn vị', 'Mã định danh', 'Số CCCD'], rows);

  it('from the person’s own existing address on the domain', () => {
    const result = check(input(roster([{ ...cleanPerson(20), existingEmail: 'Lan.NT@HaiPhong.edu.vn' }])));
    expect(codesOf(result, 2)).toEqual(['HAS_ACCOUNT']);
    expect(result.rows[0].messages).toContain('lan.nt@haiphong.edu.vn');
    expect(result.provisioning).toEqual([]);
  });

  it('not from an haiduong.edu.vn address alone', () => {
    const result = check(input(roster([{ ...cleanPerson(21), existingEmail: 'lannt@haiduong.edu.vn' }])));
    expect(result.findings).toEqual([]);
    expect(result.provisioning).toHaveLength(1);
  });

  it('from a directory record with the same CCCD, Mã định danh, or name and birth date', () => {
    const [a, b, c, d] = [cleanPerson(22), cleanPerson(23), cleanPerson(24), cleanPerson(25)];
    const table = accounts([
      ['x1@haiphong.edu.vn', '', '', '', '', a.cccd],
      ['x2@haiphong.edu.vn', '', '', '', b.staffId, ''],
      ['x3@haiphong.edu.vn', c.name, c.dob, '', '', ''],
      ['x4@haiduong.edu.vn', d.name, d.dob, '', '', ''],
    ]);
    const result = check(input(roster([a, b, c, d]), { accounts: table }));
    expect([2, 3, 4, 5].map((r) => codesOf(result, r))).toEqual([
      ['HAS_ACCOUNT'],
      ['HAS_ACCOUNT'],
      ['HAS_ACCOUNT'],
      [],
    ]);
  });

  it('takes the directory’s addresses out of the pool', () => {
    const p = { ...cleanPerson(26), name: 'Nguyễn Văn An', gender: 'Nam', cccd: '' };
    const result = check(
      input(roster([p]), {
        accounts: accounts([['annv@haiphong.edu.vn', 'Nguyễn Văn An', new Date(1960, 0, 1), '', '', '']]),
      }),
    );
    expect(result.rows[0].address).toBe('annv2@haiphong.edu.vn');
  });
});

describe('CSDL ngành', () => {
  const csdl = (rows: unknown[][]) =>
    sheet(
      'CSDL ngành',
      ['Mã định danh', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Tên đơn vị', 'Tên UBND cấp xã', 'Chức vụ', 'Số CCCD'],
      rows,
    );

  it('flags people not in the snapshot and differences of name or birth date', () => {
    const [a, b, c, d] = [cleanPerson(30), cleanPerson(31), cleanPerson(32), cleanPerson(33)];
    const table = csdl([
      [a.staffId, a.name, a.dob, a.gender, a.unit, a.commune, a.position, a.cccd],
      [b.staffId, 'Tên Khác Hẳn', b.dob, b.gender, b.unit, b.commune, b.position, b.cccd],
      [c.staffId, c.name, new Date(1961, 0, 1), c.gender, c.unit, c.commune, c.position, ''],
    ]);
    const result = check(input(roster([a, b, c, d]), { csdl: table }));
    expect([2, 3, 4, 5].map((r) => codesOf(result, r))).toEqual([
      [],
      ['CSDL_MISMATCH'],
      ['CSDL_MISMATCH'],
      ['NOT_IN_CSDL'],
    ]);
    expect(result.rows[1].messages).toContain('họ tên');
    expect(result.rows[2].messages).toContain('ngày sinh');
  });

  it('is skipped, and the report says so, when the sheet is absent', () => {
    const result = check(input(roster([cleanPerson(34)])));
    expect(result.findings).toEqual([]);
    expect(result.notes.join(' ')).toContain('CSDL ngành');
  });
});

describe('Tổng hợp', () => {
  const summary = (rows: unknown[][]) => sheet('Tổng hợp', [...SUMMARY_HEADER_AS_TYPED], rows);

  it('flags a declared head count that differs from the rows listed, and a bad focal phone', () => {
    const people: PersonInput[] = [cleanPerson(40), cleanPerson(42), cleanPerson(41)];
    const table = summary([
      [1, 'P. Lê Chân', 'Trường THCS Lê Lợi', 2, 'Nguyễn Thị Hà', '0912345678'],
      [2, 'Xã Gia Lộc', 'Trường Tiểu học Gia Lộc', 3, 'Trần Văn Nam', '01689123456'],
    ]);
    const result = check(input(roster(people), { summary: table }));
    const onSummary = result.findings.filter((f) => f.sheet === 'Tổng hợp').map((f) => [f.row, f.code]);
    expect(onSummary).toEqual([
      [3, 'PHONE_INVALID'],
      [3, 'COUNT_MISMATCH'],
    ]);
    expect(result.findings.find((f) => f.code === 'COUNT_MISMATCH')!.message).toContain('3');
  });
});

describe('focal persons', () => {
  const header = [...SUMMARY_HEADER_AS_TYPED, 'Email đầu mối'];

  it('come from Tổng hợp, matched to rows as its units are (short school names, old spellings), valid e-mails only', () => {
    const people = [cleanPerson(60), { ...cleanPerson(61), unit: 'TH Gia Lộc' }, cleanPerson(62)];
    const table = sheet('Tổng hợp', header, [
      [1, 'P. Lê Chân', 'Trường THCS Lê Lợi', 2, 'Nguyễn Thị Hà', '0912345678', 'khong-phai-email'],
      [2, 'Xã Gia Lộc', 'Trường Tiểu học Gia Lộc', 1, 'Trần Văn Nam', '0912345679', ' DauMoi.GiaLoc@Gmail.com '],
    ]);
    const result = check(input(roster(people), { summary: table }));
    expect(result.focalContacts).toEqual([
      {
        unitKey: result.rows[1].unitKey,
        unit: 'Trường Tiểu học Gia Lộc',
        commune: 'Xã Gia Lộc',
        email: 'daumoi.gialoc@gmail.com',
      },
    ]);
    expect(result.rows[0].unitKey).toBe(result.rows[2].unitKey);
    expect(result.rows[0].unitKey).not.toBe(result.rows[1].unitKey);
  });

  it('are unknown (null) without an e-mail column or without Tổng hợp', () => {
    const noColumn = sheet('Tổng hợp', header.slice(0, 6), [[1, 'Xã Gia Lộc', 'Trường Tiểu học Gia Lộc', 1, 'A', '']]);
    expect(check(input(roster([cleanPerson(63)]), { summary: noColumn })).focalContacts).toBeNull();
    expect(check(input(roster([cleanPerson(63)]))).focalContacts).toBeNull();
  });
});

describe('AFTER_DEADLINE', () => {
  const deadline = new Date(2025, 8, 2, 17, 0);
  const ledgerOf = (r: CheckResult) => ({ sheetName: 'Sổ ghi nhận', values: r.ledger.values });

  it('warns but still gives the address, by the time the add-on first saw the row', () => {
    const early = check(input(roster([cleanPerson(50)])), { now: new Date(2025, 8, 1, 8, 0), stampReceivedAt: true });
    const table = roster([cleanPerson(50), cleanPerson(51)]);
    const later = new Date(2025, 8, 3, 8, 0);
    const result = check(input(table, { ledger: ledgerOf(early) }), {
      now: later,
      stampReceivedAt: true,
      settings: { deadline },
    });
    expect(codesOf(result, 2)).toEqual([]);
    expect(codesOf(result, 3)).toEqual(['AFTER_DEADLINE']);
    expect(result.rows.map((r) => r.receivedAt)).toEqual([new Date(2025, 8, 1, 8, 0), later]);
    expect(result.rows[1].address).not.toBe('');
    expect(result.provisioning).toHaveLength(2);
  });

  it('believes no typed Ghi nhận lúc: a backdated one escapes nothing and is written back', () => {
    const typed = roster([cleanPerson(51)], [{ header: 'Ghi nhận lúc', values: [new Date(2025, 8, 1, 8, 0)] }]);
    const late = check(input(typed), {
      now: new Date(2025, 8, 3, 8, 0),
      stampReceivedAt: true,
      settings: { deadline },
    });
    expect(codesOf(late, 2)).toEqual(['AFTER_DEADLINE']);
    expect(late.rows[0].receivedAt).toEqual(new Date(2025, 8, 3, 8, 0));
    // Backdated again on the next run: the ledger still says when the row came.
    const again = check(input(typed, { ledger: ledgerOf(late) }), { settings: { deadline } });
    expect(codesOf(again, 2)).toEqual(['AFTER_DEADLINE']);
    expect(again.rows[0].receivedAt).toEqual(new Date(2025, 8, 3, 8, 0));
  });

  it('stamps when first seen and never restamps; the ledger holds no identifier in clear', () => {
    const person = cleanPerson(52);
    const stamped = check(input(roster([person])), { stampReceivedAt: true });
    expect(stamped.rows[0].receivedAt).toEqual(new Date(2025, 8, 5, 9, 0, 0));
    expect(stamped.newlySeen).toHaveLength(1);
    const text = JSON.stringify(stamped.ledger.values);
    for (const secret of [person.cccd, person.staffId, person.name]) expect(text).not.toContain(String(secret));
    const next = check(input(roster([person]), { ledger: ledgerOf(stamped) }), {
      now: new Date(2025, 8, 9, 9, 0),
      stampReceivedAt: true,
    });
    expect(next.rows[0].receivedAt).toEqual(new Date(2025, 8, 5, 9, 0, 0));
    expect(next.newlySeen).toEqual([]);
    expect(next.ledger.changed).toBe(false);
    // Stamps queued by onEdit count like the ledger's, and the earliest wins.
    const queued = check(input(roster([person]), { queuedSeen: stamped.newlySeen }), {
      now: new Date(2025, 8, 9, 9, 0),
      stampReceivedAt: true,
    });
    expect(queued.rows[0].receivedAt).toEqual(new Date(2025, 8, 5, 9, 0, 0));
    expect(queued.ledger.changed).toBe(true);
  });
});

describe('Sổ ghi nhận under the register key', () => {
  const deadline = new Date(2025, 8, 2, 17, 0);
  const KEY_A = '1a'.repeat(32);
  const KEY_B = '2b'.repeat(32);
  const tokensOf = (r: CheckResult): string[] =>
    r.ledger.values.filter((row) => row[0] === LEDGER_TEXT.seenKind).flatMap((row) => String(row[2]).split(' '));

  it('seals each person differently under another key, so nobody makes a token without the key', () => {
    const people = [cleanPerson(70), cleanPerson(71)];
    const a = check(input(roster(people)), { stampReceivedAt: true, registerKey: KEY_A });
    const b = check(input(roster(people)), { stampReceivedAt: true, registerKey: KEY_B });
    expect(tokensOf(a)).toHaveLength(2);
    for (const t of tokensOf(a)) expect(t).toMatch(/^(#[0-9a-f]{16})?\.(#[0-9a-f]{16})?\.(#[0-9a-f]{16})?$/);
    for (const t of tokensOf(a)) expect(tokensOf(b)).not.toContain(t);
  });

  it('believes no stamp sealed under another key: the person is first seen now, after the deadline', () => {
    const person = cleanPerson(72);
    const early = check(input(roster([person])), {
      now: new Date(2025, 8, 1, 8, 0),
      stampReceivedAt: true,
      registerKey: KEY_A,
    });
    const ledger = { sheetName: 'Sổ ghi nhận', values: early.ledger.values };
    const later = { now: new Date(2025, 8, 3, 8, 0), stampReceivedAt: true, settings: { deadline } };
    expect(codesOf(check(input(roster([person]), { ledger }), { ...later, registerKey: KEY_A }), 2)).toEqual([]);
    expect(codesOf(check(input(roster([person]), { ledger }), { ...later, registerKey: KEY_B }), 2)).toEqual([
      'AFTER_DEADLINE',
    ]);
  });
});

describe('units named in full or short', () => {
  it('counts "Trường Tiểu học Gia Lộc" and "TH Gia Lộc" as one unit', () => {
    const table = sheet(
      'Tổng hợp',
      [...SUMMARY_HEADER_AS_TYPED],
      [[1, 'Xã Gia Lộc', 'TH Gia Lộc', 2, 'Trần Văn Nam', '0912345678']],
    );
    const people: PersonInput[] = [cleanPerson(61), { ...cleanPerson(63), unit: 'trường tiểu học gia lộc' }];
    const result = check(input(roster(people), { summary: table }));
    expect(result.findings).toEqual([]);
  });
});
