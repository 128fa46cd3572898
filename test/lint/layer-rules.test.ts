/**
 * The layer rules are lint rules (eslint.config.mjs): each must refuse the code it is
 * about, in the places it is about, and let the allowed places be.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * ESLint loads its flat config with a dynamic import, which jest's module system does not
 * run, so the probes are linted by the real ESLint in one child process.
 */
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

function problems(filePath: string, code: string): Promise<string[]> {
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
async function expectAll(checks: [Promise<string[]>, (messages: string[]) => void][]): Promise<void> {
  flush();
  for (const [result, check] of checks) check(await result);
}

const has = (rule: string) => (messages: string[]) => expect(messages.join('\n')).toContain(rule);
const clean = (messages: string[]) => expect(messages).toEqual([]);

describe('layer rules', () => {
  it('Apps Script services and types only in src/sheets, src/addon and src/local', async () => {
    const services = 'export const sheet = (): unknown => SpreadsheetApp.getActive();\n';
    const types = 'export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;\n';
    await expectAll([
      [problems('src/domain/probe.ts', services), has('no-restricted-globals')],
      [problems('src/ui/probe.ts', services), has('no-restricted-globals')],
      [problems('src/i18n/probe.ts', services), has('no-restricted-globals')],
      [problems('src/domain/probe.ts', types), has('Apps Script types')],
      [problems('src/sheets/probe.ts', services), clean],
      [problems('src/addon/probe.ts', services), clean],
      [problems('src/local/probe.ts', types), clean],
    ]);
  });

  it('src/domain imports only itself, src/i18n and libraries', async () => {
    const from = (path: string) => `export * from '${path}';\n`;
    await expectAll([
      [problems('src/domain/probe.ts', from('../sheets/read')), has('no-restricted-imports')],
      [problems('src/domain/exports/probe.ts', from('../../addon/env')), has('no-restricted-imports')],
      [problems('src/domain/probe.ts', from('../local/cli')), has('no-restricted-imports')],
      [problems('src/domain/probe.ts', from('../ui/rpc')), has('no-restricted-imports')],
      [problems('src/domain/probe.ts', from('../i18n/findings')), clean],
      [problems('src/domain/exports/probe.ts', from('../columns')), clean],
      [problems('src/domain/probe.ts', from('zod')), clean],
    ]);
  });

  it('Vietnamese text only in src/i18n and the contract vocabulary', async () => {
    const text = "export const title = 'Kiểm tra toàn bộ';\nexport const note = `Đã cấp ${1}`;\n";
    const twice = (messages: string[]) => expect(messages.filter((m) => m.includes('src/i18n'))).toHaveLength(2);
    await expectAll([
      [problems('src/sheets/probe.ts', text), twice],
      [problems('src/domain/probe.ts', text), twice],
      [problems('src/ui/probe.client.ts', text), twice],
      [problems('src/i18n/probe.ts', text), clean],
      [problems('src/domain/columns.ts', text), clean],
      // A type naming a contract value is not text a user reads, nor is plain ASCII.
      [problems('src/domain/probe.ts', "export type G = 'Nam' | 'Nữ';\n"), clean],
      [problems('src/domain/probe.ts', "export const plain = 'annv@haiphong.edu.vn';\n"), clean],
    ]);
  });

  it('functions read as one idea: at most 80 lines', async () => {
    const body = Array.from({ length: 81 }, (_, i) => `  total += ${i};`).join('\n');
    const long = `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}\n`;
    await expectAll([
      [problems('src/addon/probe.ts', long), has('max-lines-per-function')],
      [problems('src/domain/probe.ts', long), has('max-lines-per-function')],
    ]);
  });
});
