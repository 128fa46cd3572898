/**
 * The table of scopes per Apps Script method is generated from Google's reference (the
 * "Authorization" note of each method, as gas-types-detailed carries it) and kept current.
 */
import { readFileSync } from 'node:fs';
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
});
