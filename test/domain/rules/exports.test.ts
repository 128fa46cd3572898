import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import {
  toEntraCsv,
  toFindingsCsv,
  toGoogleWorkspaceCsv,
  toZimbraScript,
  GOOGLE_HEADER,
} from '../../../src/domain/exports';
import { makePassword } from '../../../src/domain/passwords';
import { check, cleanPerson, input, roster } from './fixtures';
import { parseCsv } from '../../helpers/csv';

const password = () => makePassword((n) => randomBytes(n));

describe('provisioning exports', () => {
  const result = check(
    input(
      roster([
        cleanPerson(1),
        { ...cleanPerson(2), name: 'Nguyễn Văn An', gender: 'Nam', cccd: '' },
        { ...cleanPerson(3), phone: 'x' },
      ]),
    ),
  );

  it('Google Workspace: BOM, the full template header, given/family names, E.164 recovery phone, change at next sign-in', () => {
    const csv = toGoogleWorkspaceCsv(result.provisioning, password);
    expect(csv.startsWith('\uFEFFFirst Name [Required],Last Name [Required],Email Address [Required]')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(GOOGLE_HEADER);
    expect(rows).toHaveLength(3);
    const an = rows.find((r) => r[2] === 'annv@haiphong.edu.vn')!;
    expect([an[0], an[1]]).toEqual(['An', 'Nguyễn Văn']);
    expect(an[3].length).toBeGreaterThanOrEqual(12);
    expect(an[10]).toMatch(/^\+849\d{8}$/);
    expect(an[5]).toBe('/Phường Lê Chân/Trường THCS Lê Lợi');
    expect(an[25]).toBe('TRUE');
  });

  it('Entra: version line, then the header, and nobody with a finding', () => {
    const csv = toEntraCsv(result.provisioning, password);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('version:v1.0');
    expect(lines[1]).toBe(
      'Name [displayName] Required,User name [userPrincipalName] Required,Initial password [passwordProfile] Required,Block sign in (Yes/No) [accountEnabled] Required,First name [givenName],Last name [surname],Job title [jobTitle],Department [department]',
    );
    expect(lines.filter(Boolean)).toHaveLength(4);
  });

  it('Zimbra: one ca line per account, no BOM, every value quoted', () => {
    const script = toZimbraScript(result.provisioning, password);
    expect(script.charCodeAt(0)).not.toBe(0xfeff);
    const lines = script.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^ca 'annv@haiphong\.edu\.vn' '[^']{16}' displayName 'Nguyễn Văn An' givenName 'An' sn 'Nguyễn Văn' zimbraPasswordMustChange TRUE$/,
    );
    expect(lines[2]).toBe('exit');
  });

  it('passwords are random, 16 characters, of four kinds', () => {
    const seen = new Set(Array.from({ length: 200 }, password));
    expect(seen.size).toBe(200);
    for (const p of seen) expect(p).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[!#%*?_])[A-Za-z0-9!#%*?_]{16}$/);
  });

  it('property: no exported cell from user text starts a formula', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@'), fc.string({ maxLength: 20 }), (lead, rest) => {
        const base = check(
          input(roster([{ ...cleanPerson(9), unit: `${lead}${rest}` || 'x', position: `${lead}cmd|calc` }])),
        );
        for (const csv of [
          toGoogleWorkspaceCsv(base.provisioning, password).slice(1),
          toEntraCsv(base.provisioning, password).split('\r\n').slice(1).join('\r\n'),
        ]) {
          for (const row of parseCsv(csv)) for (const cell of row) expect(cell).not.toMatch(/^[=\-@]|^\+(?!84\d)/);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('findings.csv has the spec header and one line per finding', () => {
    const csv = toFindingsCsv(result.findings);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['sheet', 'row', 'column', 'code', 'message']);
    expect(
      rows
        .slice(1)
        .filter((r) => r.length > 1)
        .map((r) => [r[0], r[1], r[2], r[3]]),
    ).toEqual([['Danh sách', '4', 'Số điện thoại', 'PHONE_INVALID']]);
  });
});
