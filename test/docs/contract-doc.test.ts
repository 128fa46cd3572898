/**
 * docs/hop-dong-bang-tinh.md is the contract Văn phòng and the technical unit read: its
 * tables of headers, finding codes and export formats are what the code does, so a code,
 * a header or an export line in one and not the other fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT_DOC, renderContractDoc } from '../../scripts/contract-doc';
import { ROSTER_COLUMNS, SUMMARY_COLUMNS } from '../../src/domain/columns';
import { ENTRA_HEADER, EOFFICE_HEADER, GOOGLE_HEADER, SIGNATURE_HEADER } from '../../src/domain/exports';
import { FINDING_CODES } from '../../src/domain/types';
import { HANDOVER_TEXT } from '../../src/i18n/handover';
import { REPORT_TEXT } from '../../src/i18n/findings';

const ROOT = join(__dirname, '..', '..');
const doc = readFileSync(CONTRACT_DOC, 'utf8');

const block = (name: string): string => {
  const from = doc.indexOf(`<!-- BEGIN GENERATED ${name} `);
  const to = doc.indexOf(`<!-- END GENERATED ${name} -->`);
  expect(from).toBeGreaterThanOrEqual(0);
  return doc.slice(from, to);
};

describe('docs/hop-dong-bang-tinh.md', () => {
  it('is what the code generates (else: npm run gen:contract)', () => {
    expect(doc).toBe(renderContractDoc(doc));
  });

  it('names every finding code once in its table, and no code the check does not have', () => {
    const rows = block('findings')
      .split('\n')
      .map((line) => /^\| `([A-Z_]+)` \|/.exec(line)?.[1])
      .filter((c): c is string => Boolean(c));
    expect(rows).toEqual([...FINDING_CODES]);
    // Anywhere in the document, a code-like word in backticks (HAS_ACCOUNT) is one the check raises.
    const named = [...doc.matchAll(/`([A-Z]+(?:_[A-Z]+)+)`/g)].map((m) => m[1]);
    expect(named).toEqual(expect.arrayContaining(['DUPLICATE_PERSON', 'HAS_ACCOUNT']));
    expect(named.filter((c) => !(FINDING_CODES as readonly string[]).includes(c))).toEqual([]);
  });

  it('gives each finding code an example message in Vietnamese', () => {
    const examples = block('findings')
      .split('\n')
      .filter((line) => /^\| `[A-Z_]+` \|/.test(line))
      .map((line) => line.split(' | ')[3]);
    expect(examples).toHaveLength(FINDING_CODES.length);
    for (const example of examples) expect(example).toMatch(/[ạ-ỹàáâãèéêìíòóôõùúýăđơư]/i);
  });

  it('states every export header exactly as the exporters write it', () => {
    const exports = block('exports');
    for (const header of [GOOGLE_HEADER, ENTRA_HEADER, EOFFICE_HEADER, SIGNATURE_HEADER, HANDOVER_TEXT.header])
      expect(exports).toContain(`\n${header.join(',')}\n`);
    expect(exports).toContain('\nsheet,row,column,code,message\n');
    expect(exports).toContain(REPORT_TEXT.header.map((h) => `\`${h}\``).join(', '));
  });

  it('lists every sheet header the add-on matches', () => {
    const sheets = block('sheets');
    for (const spec of [...ROSTER_COLUMNS, ...SUMMARY_COLUMNS]) expect(sheets).toContain(`| \`${spec.header}\` |`);
  });

  it('is the contract the README sends readers to; nothing points outside the repository', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('docs/hop-dong-bang-tinh.md');
    expect(readme).not.toContain('../shared');
    expect(doc).not.toContain('../shared');
  });
});
