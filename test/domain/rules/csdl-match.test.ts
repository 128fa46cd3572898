import { CSDL_HEADER_AS_TYPED } from '../../../scripts/reference-data';
import { flagCsdlMatch } from '../../../src/domain/rules/csdl-match';
import { loadReferences } from '../../../src/domain/rules/references';
import { cleanPerson, input, roster } from './fixtures';
import { readPeople, table } from './step-fixtures';

const header = [...CSDL_HEADER_AS_TYPED];
const csdlOf = (rows: unknown[][]) =>
  loadReferences(input(roster([]), { csdl: table('CSDL ngành', header, rows as never) }), 'haiphong.edu.vn', []).csdl;

describe('flagCsdlMatch', () => {
  const [a, b, c] = [cleanPerson(10), cleanPerson(11), cleanPerson(12)];
  const csdl = csdlOf([
    [a.staffId, a.name, a.dob, a.gender, a.unit, a.commune, a.position, a.cccd],
    [b.staffId, b.name, new Date(1950, 0, 1), b.gender, b.unit, b.commune, b.position, b.cccd],
  ]);

  it('passes a match, flags a different birth date on its column, and a person not found', () => {
    const { sheet, people } = readPeople([a, b, c]);
    for (const p of people) flagCsdlMatch(sheet, p, false, csdl);
    expect(people.map((p) => p.findings.map((f) => `${f.code}@${f.column}`))).toEqual([
      [],
      ['CSDL_MISMATCH@Ngày sinh'],
      ['NOT_IN_CSDL@Mã định danh'],
    ]);
  });

  it('does nothing for a dropped duplicate or without the sheet', () => {
    const { sheet, people } = readPeople([c, c]);
    flagCsdlMatch(sheet, people[0], true, csdl);
    flagCsdlMatch(sheet, people[1], false, null);
    expect(people.map((p) => p.findings)).toEqual([[], []]);
  });
});
