/**
 * Every error text the local runtime throws as Google's is marked verbatim (with its source) or
 * assumed (src/local/gas/error-sources.ts), and every assumed one is listed in the README's
 * section on the runtime, so nobody mistakes a guess for Google's wording.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GAS_ERRORS } from '../../src/local/gas/errors';
import { ASSUMED_ERRORS, ERROR_SOURCES } from '../../src/local/gas/error-sources';
import { TRIGGER_RULE_ERRORS } from '../../src/local/gas/trigger-rules';

describe('error texts of the local runtime', () => {
  it('are each marked verbatim with a source, or assumed with a reason', () => {
    const keys = [...Object.keys(GAS_ERRORS), ...Object.keys(TRIGGER_RULE_ERRORS)].sort();
    expect(Object.keys(ERROR_SOURCES).sort()).toEqual(keys);
    for (const mark of Object.values(ERROR_SOURCES))
      expect(Object.values(mark)[0]).toEqual(expect.stringMatching(/\S{3,}/));
  });

  it('list every assumed text in the README’s runtime section', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const list = /<!-- assumed-errors -->([\s\S]*?)<!-- \/assumed-errors -->/.exec(readme)?.[1] ?? '';
    const listed = [...list.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]).sort();
    expect(listed).toEqual([...ASSUMED_ERRORS].sort());
  });

  it('end as Google ends them: the trigger-runtime quota with its period, the Drive item text with ", or"', () => {
    expect(TRIGGER_RULE_ERRORS.runtimeQuota).toBe('Service using too much computer time for one day.');
    expect(GAS_ERRORS.noDriveItem).toBe(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
  });
});
