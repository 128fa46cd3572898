/**
 * Lints probe files with the project's real ESLint configuration. ESLint loads its flat
 * config with a dynamic import, which jest's module system does not run, so the probes
 * asked for are linted together in one child process.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

const LINT_PROBES = `
const { ESLint } = require('eslint');
const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const [filePath, code] of probes) {
    const [result] = await eslint.lintText(code, { filePath });
    out.push(result.messages.map((m) => m.ruleId + ': ' + m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

const pending: { probe: [string, string]; resolve: (messages: string[]) => void }[] = [];

export function problems(filePath: string, code: string): Promise<string[]> {
  return new Promise((resolve) => pending.push({ probe: [filePath, code], resolve }));
}

/** Lints every probe asked for so far in one child process and settles their promises. */
function flush(): void {
  const batch = pending.splice(0);
  const out = execFileSync(process.execPath, ['-e', LINT_PROBES], {
    cwd: ROOT,
    input: JSON.stringify(batch.map((p) => p.probe)),
    encoding: 'utf8',
  });
  (JSON.parse(out) as string[][]).forEach((messages, i) => batch[i].resolve(messages));
}

/** Asks all probes, lints them at once, then checks. */
export async function expectAll(checks: [Promise<string[]>, (messages: string[]) => void][]): Promise<void> {
  flush();
  for (const [result, check] of checks) check(await result);
}

export const has = (rule: string) => (messages: string[]) => expect(messages.join('\n')).toContain(rule);
export const clean = (messages: string[]) => expect(messages).toEqual([]);
