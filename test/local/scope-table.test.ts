/**
 * The table of scopes per Apps Script method is generated from Google's reference (the
 * "Authorization" note of each method, as gas-types-detailed carries it) and kept current.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateScopeTable, OUTPUT } from '../../scripts/gen-scope-table';
import { referenceScopes, requiredText, UNLISTED_SCOPES } from '../../src/local/gas/scopes';
import { SCOPE_GROUPS } from '../../src/local/gas/scopes.generated';

const AUTH = 'https://www.googleapis.com/auth/';

describe('scope table', () => {
  it('is what `npm run gen:scopes` makes from the installed reference (run it when this fails)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generateScopeTable());
  });

  it('holds each method once, with Google’s alternatives', () => {
    const methods = SCOPE_GROUPS.flatMap(([, m]) => m);
    expect(new Set(methods).size).toBe(methods.length);
    expect(methods.length).toBeGreaterThan(1000);
    // Spot checks against the reference pages themselves.
    expect(referenceScopes('DriveApp.createFile')).toEqual([`${AUTH}drive`]);
    expect(referenceScopes('Range.setValues')).toEqual([`${AUTH}spreadsheets`, `${AUTH}spreadsheets.currentonly`]);
    expect(referenceScopes('SpreadsheetApp.openById')).toEqual([`${AUTH}spreadsheets`]);
    expect(referenceScopes('Ui.showSidebar')).toEqual([`${AUTH}script.container.ui`]);
    expect(referenceScopes('MailApp.getRemainingDailyQuota')).toEqual([`${AUTH}script.send_mail`]);
  });

  it('keeps the runtime’s own decisions apart from the reference, and says where they come from', () => {
    const reference = new Set(SCOPE_GROUPS.flatMap(([, m]) => m));
    for (const method of Object.keys(UNLISTED_SCOPES)) expect(reference.has(method)).toBe(false);
    expect(referenceScopes('Drive.Files.create')).toContain(`${AUTH}drive.file`);
    expect(referenceScopes('No.suchMethod')).toBeUndefined();
  });

  it('writes alternatives as Google’s permission error does', () => {
    expect(requiredText([`${AUTH}drive`])).toBe(`${AUTH}drive`);
    expect(requiredText([`${AUTH}spreadsheets`, `${AUTH}spreadsheets.currentonly`])).toBe(
      `(${AUTH}spreadsheets || ${AUTH}spreadsheets.currentonly)`,
    );
  });

  it('covers every method the local runtime counts, so none is refused as unknown', () => {
    const dir = join(__dirname, '..', '..', 'src', 'local', 'gas');
    const source = (file: string) => readFileSync(join(dir, file), 'utf8');
    const named = (text: string, pattern: RegExp, prefix: string[]) =>
      [...text.matchAll(pattern)].flatMap((m) => prefix.map((p) => `${p}${m[1]}`));
    const counted = [
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.ts') && !f.includes('generated'))
        .flatMap((f) => named(source(f), /\bcall\(\s*'([A-Za-z]+\.[A-Za-z.]+)'/g, [''])),
      ...named(source('range.ts'), /this\.(?:read|write)\('(\w+)'/g, ['Range.']),
      ...named(source('html.ts'), /this\.count\('(\w+)'/g, ['HtmlOutput.']),
      ...named(source('validation.ts'), /this\.count\('(\w+)'/g, ['DataValidationBuilder.']),
      ...named(source('chart.ts'), /this\.count\('(\w+)'/g, ['EmbeddedChartBuilder.']),
      ...named(source('chart.ts'), /this\.countTyped\('(\w+)'/g, [
        'EmbeddedColumnChartBuilder.',
        'EmbeddedBarChartBuilder.',
      ]),
    ];
    expect(counted.length).toBeGreaterThan(150);
    expect(counted.filter((m) => referenceScopes(m) === undefined)).toEqual([]);
  });
});
