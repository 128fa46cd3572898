/**
 * The Zimbra script read back the way `zmprov -f` reads it (a port of zm-mailbox's
 * StringUtil.parseLine and readLine): every value comes back exactly, as one value,
 * whatever quotes, backslashes, spaces, tabs or Vietnamese letters it holds.
 */
import fc from 'fast-check';
import { neutralise } from '../../../src/domain/exports/csv';
import { toZimbraScript, zmprovQuote, ZMPROV_EXIT } from '../../../src/domain/exports/zimbra';
import type { ProvisionRecord } from '../../../src/domain/exports/records';
import { parseLine, parseScript } from '../../helpers/zmprov-parse-line';

const TRICKY = ["'", '"', '\\', ' ', '\t', '\n', '\r', 'ê', 'Ơ', 'đ', 'ữ', 'a', 'H', '@', '.', '-', '\u00a0', '\u2028'];
const tricky = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 24 });
/** Any text of whole code points (a file is UTF-8: a lone surrogate cannot be written). */
const anyText = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 24 }));
const address = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,10}([._-][a-z0-9]{1,6})?$/), fc.constantFrom('haiphong.edu.vn'))
  .map(([local, domain]) => `${local}@${domain}`);

function record(a: string, full: string, given: string, family: string): ProvisionRecord {
  return {
    ref: { sheet: 'Danh sách', row: 2 },
    address: a,
    fullName: full,
    givenName: given,
    familyAndMiddle: family,
    commune: 'Phường Lê Chân',
    communeCode: '11311',
    region: '',
    unit: 'Trường THCS Lê Lợi',
    position: '',
    staffId: '',
    personalEmail: '',
    phoneE164: '',
    phoneIsMobile: false,
  };
}

/** What one ca line must hand zmprov: the command, then each value as it was meant (formula-safe names). */
const intended = (r: ProvisionRecord, password: string): string[] => [
  'ca',
  r.address,
  password,
  'displayName',
  neutralise(r.fullName),
  'givenName',
  neutralise(r.givenName),
  'sn',
  neutralise(r.familyAndMiddle),
  'zimbraPasswordMustChange',
  'TRUE',
];

describe('zmprov quoting, checked against zmprov’s own line parser', () => {
  it('keeps H’Hen Niê one value, where shell quoting makes three', () => {
    expect(parseLine(`displayName ${zmprovQuote("H'Hen Niê")}`)).toEqual(['displayName', "H'Hen Niê"]);
    // The POSIX shell's '\'' idiom: the first quote ends the value, \' starts an unquoted one
    // in which the next quote is a plain character, and the space ends it.
    expect(parseLine(`displayName 'H'\\''Hen Niê'`)).toEqual(['displayName', 'H', "''Hen", "Niê'"]);
    expect(parseLine(zmprovQuote('C:\\new\\table'))).toEqual(['C:\\new\\table']);
  });

  it('property: any value, quoted, is read back as exactly that one value', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(parseLine(zmprovQuote(value))).toEqual([value]);
      }),
      { numRuns: 5000 },
    );
  });

  it('property: a whole script gives each account exactly its values, line by line, then exit', () => {
    const people = fc.array(fc.tuple(address, anyText, anyText, anyText, fc.string({ minLength: 1 })), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(people, (rows) => {
        const records = rows.map(([a, full, given, family]) => record(a, full, given, family));
        const passwords = new Map(records.map((r, i) => [r, rows[i][4]]));
        const script = toZimbraScript(records, (r) => passwords.get(r)!);
        // Written to the file as UTF-8 and read back as zmprov's reader does.
        const read = parseScript(Buffer.from(script, 'utf8').toString('utf8'));
        expect(read).toEqual([...records.map((r) => intended(r, passwords.get(r)!)), [ZMPROV_EXIT]]);
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes the address too, and puts one account on each line of the file', () => {
    const r = record('hhenn@haiphong.edu.vn', "H'Hen Niê", 'Niê', "H'Hen");
    const script = toZimbraScript(
      [r, { ...r, address: 'ymoanb@haiphong.edu.vn', fullName: 'Y Moan\tÊ Ban' }],
      () => 'Pw1!',
    );
    const lines = script.split('\n');
    expect(lines).toEqual([
      "ca 'hhenn@haiphong.edu.vn' 'Pw1!' displayName 'H\\'Hen Niê' givenName 'Niê' sn 'H\\'Hen' zimbraPasswordMustChange TRUE",
      "ca 'ymoanb@haiphong.edu.vn' 'Pw1!' displayName 'Y Moan\tÊ Ban' givenName 'Niê' sn 'H\\'Hen' zimbraPasswordMustChange TRUE",
      'exit',
      '',
    ]);
    expect(toZimbraScript([], () => 'x')).toBe('');
  });
});
