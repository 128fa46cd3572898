/**
 * The layer rules are lint rules (eslint.config.mjs): each must refuse the code it is
 * about, in the places it is about, and let the allowed places be.
 */
import { clean, expectAll, has, problems } from './lint-probes';

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
});
