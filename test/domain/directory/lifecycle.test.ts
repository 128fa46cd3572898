/**
 * What the directory's list does to the check: its addresses are never handed out again,
 * an address the add-on assigned and the list holds is its person's own account (no
 * finding), `Trạng thái` follows each address through its stages, NOT_CREATED fires
 * exactly when a batch is more than 7 days old, and Báo cáo's funnel never widens.
 */
import fc from 'fast-check';
import { baseLocalPart } from '../../../src/domain/addresses';
import { COMMUNES } from '../../../src/domain/communes';
import type { Directory, DirectoryAccount } from '../../../src/domain/directory';
import {
  isNotCreated,
  lifecycleOf,
  NOT_CREATED_AFTER_DAYS,
  reached,
  registerExports,
  STAGES,
  type ExportBatch,
  type Stage,
} from '../../../src/domain/lifecycle';
import { buildReport, type PersonTally } from '../../../src/domain/report';
import { flagNotCreated } from '../../../src/domain/rules/lifecycle-step';
import type { CheckResult } from '../../../src/domain/check';
import type { CellValue, RawTable } from '../../../src/domain/types';
import { FINDING_TEXT, REPORT_TEXT } from '../../../src/i18n/findings';
import { check, cleanPerson, input, NOW, roster, withLedger, type PersonInput } from '../rules/fixtures';
import { readPeople } from '../rules/step-fixtures';

const DOMAIN = 'haiphong.edu.vn';
const DAY = 86_400_000;
const registerOf = (r: CheckResult): RawTable => ({ sheetName: 'Sổ địa chỉ', values: r.register.values });
const GOOGLE = ['Email Address [Required]', 'Status [READ ONLY]', 'Last Sign In [READ ONLY]'];
const directoryTable = (rows: CellValue[][]): RawTable => ({
  sheetName: 'Danh bạ tài khoản',
  values: [GOOGLE, ...rows],
});
const reportColumn = (r: CheckResult, header: string): number[] => {
  const at = r.report.header.indexOf(header);
  return r.report.rows.map((row) => Number(row[at]));
};
const totalOf = (r: CheckResult, header: string): number => reportColumn(r, header).at(-1)!;
const account = (a: Partial<DirectoryAccount> = {}): DirectoryAccount => ({ signedIn: false, enabled: true, ...a });

describe('stages of an address', () => {
  it('puts the directory’s word before the register’s batch, and in use only when signed in and not blocked', () => {
    fc.assert(
      fc.property(
        fc.option(fc.record({ batch: fc.integer({ min: 1, max: 40 }), exportedAt: fc.date({ noInvalidDate: true }) })),
        fc.option(fc.record({ signedIn: fc.boolean(), enabled: fc.boolean() })),
        (exported, listed) => {
          const l = lifecycleOf(exported, listed ?? undefined);
          const expected: Stage = listed
            ? listed.signedIn && listed.enabled
              ? 'inUse'
              : 'created'
            : exported
              ? 'exported'
              : 'assigned';
          expect(l.stage).toBe(expected);
          if (l.stage === 'exported') expect(l.batch).toBe(exported!.batch);
          for (const s of STAGES) expect(reached(l.stage, s)).toBe(STAGES.indexOf(s) <= STAGES.indexOf(expected));
        },
      ),
    );
  });

  it('reads each address’s batch from the register entries that carry one', () => {
    const at = new Date(2025, 8, 12, 10, 0);
    const lookup = registerExports([
      { address: 'a@haiphong.edu.vn', batch: 2, exportedAt: at },
      { address: 'b@haiphong.edu.vn', batch: null, exportedAt: null },
      { address: 'c@haiphong.edu.vn' },
    ]);
    expect(lookup('a@haiphong.edu.vn')).toEqual({ batch: 2, exportedAt: at });
    expect(lookup('b@haiphong.edu.vn')).toBeNull();
    expect(lookup('c@haiphong.edu.vn')).toBeNull();
  });
});

describe('NOT_CREATED', () => {
  const address = 'annv@haiphong.edu.vn';
  const ageArb = fc.oneof(
    fc.integer({ min: 0, max: 30 * DAY }),
    fc.integer({ min: -2, max: 2 }).map((d) => NOT_CREATED_AFTER_DAYS * DAY + d),
  );

  it('is said exactly for a batch more than 7 days old whose address a list exists without', () => {
    fc.assert(
      fc.property(ageArb, fc.boolean(), fc.boolean(), (age, hasList, listed) => {
        const exported: ExportBatch = { batch: 3, exportedAt: new Date(NOW.getTime() - age) };
        const directory: Directory | null = hasList
          ? { accounts: new Map(listed ? [[address, account()]] : []), knowsSignIns: true }
          : null;
        const expected = hasList && !listed && age > NOT_CREATED_AFTER_DAYS * DAY;
        expect(isNotCreated(address, exported, directory, NOW)).toBe(expected);

        const { sheet, people } = readPeople([cleanPerson(1)]);
        people[0].ledgerAddress = address;
        flagNotCreated(sheet, people[0], (a) => (a === address ? exported : null), directory, NOW);
        expect(people[0].findings.map((f) => [f.code, f.column])).toEqual(
          expected ? [['NOT_CREATED', 'Email công vụ']] : [],
        );
      }),
    );
  });

  it('names the batch and its day, and is never said of an address no batch exported', () => {
    const { sheet, people } = readPeople([cleanPerson(1)]);
    people[0].ledgerAddress = address;
    const empty: Directory = { accounts: new Map(), knowsSignIns: false };
    flagNotCreated(sheet, people[0], () => null, empty, NOW);
    expect(people[0].findings).toEqual([]);
    const exportedAt = new Date(NOW.getTime() - 8 * DAY);
    flagNotCreated(sheet, people[0], () => ({ batch: 4, exportedAt }), empty, NOW);
    expect(people[0].findings[0].message).toContain('đợt 4 (28/08/2025)');
  });
});

/** Run 1 assigns; run 2 reads the register back, the addresses shown, and `directory`. */
function twoRuns(people: PersonInput[], more: (first: CheckResult) => Partial<Parameters<typeof input>[1]>) {
  const table = roster(people);
  const first = check(input(table));
  const second = check(input(withLedger(table, first), { register: registerOf(first), ...more(first) }));
  return { first, second };
}

describe('the directory in the check', () => {
  const people = Array.from({ length: 12 }, (_, i) => cleanPerson(i + 1));

  it('gives the status of each addressed row its stage and raises no finding for a person’s own account', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('absent', 'never', 'signedIn', 'suspended'), { minLength: 12, maxLength: 12 }),
        (says) => {
          const { first, second } = twoRuns(people, (r) => {
            const addresses = r.rows.map((o) => o.address);
            const listed = addresses.flatMap((a, i): CellValue[][] =>
              says[i] === 'absent'
                ? []
                : [
                    [
                      a.toUpperCase(),
                      says[i] === 'suspended' ? 'Suspended' : 'Active',
                      says[i] === 'never' ? 'Never logged in' : new Date(2025, 8, 3, 8, 0),
                    ],
                  ],
            );
            // Văn phòng may also paste the list into 'Tài khoản hiện có', with who each account is.
            const accounts: RawTable = {
              sheetName: 'Tài khoản hiện có',
              values: [
                ['Email', 'Họ và tên', 'Ngày sinh', 'Số CCCD'],
                ...people.flatMap((p, i) => (says[i] === 'absent' ? [] : [[addresses[i], p.name, p.dob, p.cccd]])),
              ],
            };
            return { directory: directoryTable(listed), accounts };
          });
          expect(first.findings).toEqual([]);
          expect(second.findings).toEqual([]);
          expect(second.rows.map((o) => o.address)).toEqual(first.rows.map((o) => o.address));
          const expected = says.map((s) =>
            s === 'absent' ? 'Đã cấp địa chỉ' : s === 'signedIn' ? 'Đang sử dụng' : 'Đã tạo tài khoản',
          );
          expect(second.rows.map((o) => o.status)).toEqual(expected);
          const created = says.filter((s) => s !== 'absent').length;
          const inUse = says.filter((s) => s === 'signedIn').length;
          expect(totalOf(second, 'Đã cấp địa chỉ')).toBe(12);
          expect(totalOf(second, 'Đã xuất')).toBe(created);
          expect(totalOf(second, 'Đã tạo tài khoản')).toBe(created);
          expect(totalOf(second, 'Đang sử dụng')).toBe(inUse);
          expect(second.notes).not.toContain(REPORT_TEXT.noDirectory);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps an exported address’s stage and account whatever error its row shows later, and files only valid rows', () => {
    const exportAll = { kind: 'new' as const, at: NOW, mailbox: true, eoffice: false, signature: false };
    fc.assert(
      fc.property(
        fc.array(fc.record({ bad: fc.boolean(), says: fc.constantFrom('absent', 'never', 'signedIn') }), {
          minLength: 8,
          maxLength: 8,
        }),
        (rows) => {
          const table = roster(people.slice(0, 8));
          const first = check(input(table), { batch: exportAll });
          const addresses = first.rows.map((o) => o.address);
          // A unit mistypes some phones after the export, and the directory says how far each got.
          const typed = roster(people.slice(0, 8).map((p, i) => (rows[i].bad ? { ...p, phone: '0123' } : p)));
          const listed = addresses.flatMap((a, i): CellValue[][] =>
            rows[i].says === 'absent'
              ? []
              : [[a, 'Active', rows[i].says === 'never' ? 'Never logged in' : new Date(2025, 8, 3, 8, 0)]],
          );
          const later = input(withLedger(typed, first), {
            register: registerOf(first),
            directory: directoryTable(listed),
          });
          const second = check(later);
          const stageText = { absent: 'Đã xuất đợt 1', never: 'Đã tạo tài khoản', signedIn: 'Đang sử dụng' };
          expect(second.rows.map((o) => o.status)).toEqual(rows.map((r) => stageText[r.says]));
          expect(second.rows.map((o) => o.address)).toEqual(addresses);
          const bad = rows.filter((r) => r.bad).length;
          second.rows.forEach((o, i) => expect(o.messages !== '').toBe(rows[i].bad));
          expect([totalOf(second, 'Đã cấp địa chỉ'), totalOf(second, 'Đã xuất'), totalOf(second, 'Có lỗi')]).toEqual([
            8,
            8,
            bad,
          ]);
          // A reset of the whole batch re-issues the valid rows only: an error waits for its correction.
          const reset = check(later, { batch: { kind: 'reset', at: NOW, select: { batch: 1 } } });
          expect(reset.provisioning.map((r) => r.address)).toEqual(addresses.filter((_, i) => !rows[i].bad));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('never gives a newcomer an address the directory holds', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 25 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 30 }),
        (ids, tails) => {
          const newcomers = ids.map((i) => cleanPerson(i));
          // The names the newcomers would get first, and some numbered after them, are accounts already.
          const taken = new Set<string>();
          tails.forEach((n, k) => {
            const base = baseLocalPart(String(newcomers[k % newcomers.length].name), '{given}{initials}');
            taken.add(`${base}${n === 1 ? '' : n}@${DOMAIN}`);
          });
          const r = check(
            input(roster(newcomers), { directory: directoryTable([...taken].map((a) => [a, 'Active', ''])) }),
          );
          const given = r.rows.map((o) => o.address).filter(Boolean);
          expect(given).toHaveLength(newcomers.length);
          for (const a of given) expect(taken.has(a)).toBe(false);
          expect(new Set(given).size).toBe(given.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('says when there is no list, and names the column a list lacks', () => {
    const r = check(input(roster(people.slice(0, 2))));
    expect(r.notes).toContain(REPORT_TEXT.noDirectory);
    const bad = check(
      input(roster(people.slice(0, 2)), { directory: { sheetName: 'Danh bạ tài khoản', values: [['Họ tên']] } }),
    );
    expect(bad.notes).toContain(REPORT_TEXT.missingOptional('Danh bạ tài khoản', ['Email']));
  });
});

describe('an edit, which reads neither batches nor the list', () => {
  it('keeps the stage and the NOT_CREATED warning the row shows, and computes nothing else', () => {
    const people = [cleanPerson(1), cleanPerson(2), cleanPerson(3)];
    const first = check(input(roster(people)));
    const message = FINDING_TEXT.notCreated(2, '28/08/2025', 7);
    const shown = roster(people, [
      { header: 'Email công vụ', values: first.rows.map((o) => o.address) },
      { header: 'Trạng thái', values: ['Đã xuất đợt 2', 'Đang sử dụng', 'Đã xuất đợt 9x'] },
      { header: 'Lỗi', values: [message, '', 'Đã xuất ở đợt 3 (gõ tay)'] },
    ]);
    const edited = check(input(shown, { register: registerOf(first) }), {
      assignAddresses: false,
      onlyRows: [2, 3, 4].map((row) => ({ sheet: 'Danh sách', row })),
      lifecycleUnread: true,
    });
    expect(edited.rows.map((o) => o.status)).toEqual(['Đã xuất đợt 2', 'Đang sử dụng', 'Đã cấp địa chỉ']);
    expect(edited.rows.map((o) => o.messages)).toEqual([message, '', '']);
    expect(edited.findings.map((f) => [f.row, f.code])).toEqual([[2, 'NOT_CREATED']]);
  });
});

describe('Báo cáo’s funnel', () => {
  it('never widens: assigned ≥ exported ≥ created ≥ in use in every commune, region and the total', () => {
    const tally = fc.record({
      commune: fc.constantFrom(null, ...COMMUNES.slice(0, 6)),
      unitKey: fc.constantFrom('u1', 'u2', 'u3'),
      state: fc.constantFrom('valid', 'duplicate', 'hasAccount', 'error') as fc.Arbitrary<PersonTally['state']>,
      stage: fc.constantFrom(...STAGES),
    });
    fc.assert(
      fc.property(fc.array(tally, { maxLength: 80 }), (raw) => {
        const tallies: PersonTally[] = raw.map((t) => ({
          ...t,
          assigned: t.state === 'valid',
          stage: t.state === 'valid' ? t.stage : null,
        }));
        const report = buildReport(tallies, []);
        const col = (h: string) => report.header.indexOf(h);
        const [assigned, exported, created, inUse] = [
          'Đã cấp địa chỉ',
          'Đã xuất',
          'Đã tạo tài khoản',
          'Đang sử dụng',
        ].map(col);
        for (const row of report.rows) {
          const n = (c: number) => Number(row[c]);
          expect(n(assigned)).toBeGreaterThanOrEqual(n(exported));
          expect(n(exported)).toBeGreaterThanOrEqual(n(created));
          expect(n(created)).toBeGreaterThanOrEqual(n(inUse));
        }
        const total = report.rows.at(-1)!;
        const valid = tallies.filter((t) => t.assigned);
        expect(Number(total[inUse])).toBe(valid.filter((t) => t.stage === 'inUse').length);
        expect(Number(total[exported])).toBe(valid.filter((t) => t.stage !== 'assigned').length);
      }),
      { numRuns: 30 },
    );
  });
});
