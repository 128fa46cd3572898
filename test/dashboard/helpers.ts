/**
 * Shared by the dashboard tests: a workbook run through "Cấp địa chỉ và xuất tất cả tệp"
 * in the local runtime, the Báo cáo it wrote, and the page doGet serves afterwards.
 */
import { join } from 'node:path';
import type { WorkbookData } from '../../src/local/workbook-data';
import { readXlsx } from '../../src/local/xlsx/read';
import { generateWorkbook } from '../../sample/generator';
import { OWNER, startRuntime, type Runtime } from '../addon/runtime';

export const SAMPLE = join(__dirname, '..', '..', 'sample', 'mau-dang-ky.xlsx');

export const sampleWorkbook = (): Promise<WorkbookData> => readXlsx(SAMPLE);

export const generated = (people: number, seed = 7): WorkbookData =>
  generateWorkbook({ people, seed, mistakes: true }).workbook;

export function runAll(workbook: WorkbookData, options: Record<string, unknown> = {}): Runtime {
  const rt = startRuntime(workbook, options);
  const result = rt.run<{ ok: boolean; pending?: boolean; message?: string }>('menuRunAll', [], { as: 'menu' });
  if (!result.ok || result.pending) throw new Error(`menuRunAll: ${result.message ?? 'pending'}`);
  return rt;
}

export interface Page {
  html: string;
  title: string;
  calls: Record<string, number>;
  total: number;
}

/** GET on the web app as `viewer`, counting the service calls of that request alone. */
export function openPage(rt: Runtime, viewer = OWNER): Page {
  rt.calls.reset();
  const output = rt.run<{ getContentUncounted(): string; title: string }>('doGet', [{ parameter: {} }], {
    as: 'webApp',
    user: viewer,
  });
  const snapshot = rt.calls.snapshot();
  return {
    html: output.getContentUncounted(),
    title: output.title,
    calls: snapshot.byMethod,
    total: snapshot.total,
  };
}

/** The sheet as its values, row by row. */
export function sheetValues(rt: Runtime, name: string): unknown[][] {
  const sheet = rt.workbook().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.rows.map((r) => (r ?? []).map((c) => c?.value ?? ''));
}

/** Rows of the page's detail table: first cell (name) → the other cells' text. */
export function pageTable(html: string): Map<string, string[]> {
  const body = html.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
  const rows = new Map<string, string[]>();
  for (const tr of body.match(/<tr[^>]*>[\s\S]*?<\/tr>/g) ?? []) {
    const cells = [...tr.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1]));
    rows.set(cells[0], cells.slice(1));
  }
  return rows;
}

export function pageHeader(html: string): string[] {
  const head = html.match(/<thead>([\s\S]*?)<\/thead>/)?.[1] ?? '';
  return [...head.matchAll(/<th>([\s\S]*?)<\/th>/g)].map((m) => decode(m[1]));
}

export const decode = (s: string): string =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/<[^>]+>/g, '');
