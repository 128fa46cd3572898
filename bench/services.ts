/**
 * npx tsx bench/services.ts [rows…] — figures, not a test: what plan 5277's service decisions
 * add to a check. Times decideServices alone on parsed people, and the whole runCheck on the
 * same roster with its four service columns and with their headers renamed (same width, no
 * service), medians of alternating runs.
 */
import { runCheck } from '../src/domain/check';
import { matchColumns, ROSTER_COLUMNS } from '../src/domain/columns';
import { parseRosterRow } from '../src/domain/person';
import { decideServices } from '../src/domain/services';
import { DEFAULT_SETTINGS, WARNING_CODES, type RawTable } from '../src/domain/types';
import { generateWorkbook, ROSTER_HEADER } from '../sample/generator';
import { rawTable } from '../src/local/workbook-data';

const NOW = new Date('2025-09-05T09:00:00+07:00');
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const rows of SIZES.length ? SIZES : [10_000, 100_000]) {
  const { workbook } = generateWorkbook({ people: rows, seed: 7, mistakes: true });
  const table = (name: string) => rawTable(workbook, name);
  const roster = table('Danh sách')!;
  const header = roster.values[0];
  const renamed = header.map((h, i) => (i >= ROSTER_HEADER.indexOf('Đăng ký eOffice') ? `Cột ${i}` : h));
  const plain: RawTable = { ...roster, values: [renamed, ...roster.values.slice(1)] };
  const rest = { summary: table('Tổng hợp'), accounts: table('Tài khoản hiện có'), csdl: table('CSDL ngành') };
  const options = { settings: DEFAULT_SETTINGS, now: NOW, assignAddresses: true, stampReceivedAt: false };

  const { columns } = matchColumns(header, ROSTER_COLUMNS);
  const people = roster.values
    .slice(1)
    .map((row, i) =>
      parseRosterRow(row, { ref: { sheet: 'Danh sách', row: i + 2 }, index: i, tab: 0 }, columns, header, NOW),
    );
  const alone: number[] = [];
  for (let k = 0; k < 7; k++) {
    const copy = people.map((p) => ({ ...p, findings: [...p.findings] }));
    const t = performance.now();
    decideServices(
      [{ sheet: 'Danh sách', header, rows: roster.values, cccdHeader: 'Số CCCD' }],
      copy,
      (p) => (p.ref.row % 10 === 0 ? '' : 'a@haiphong.edu.vn'),
      (p) => p.findings.some((f) => !WARNING_CODES.has(f.code)),
    );
    alone.push(performance.now() - t);
  }
  const withColumns: number[] = [];
  const without: number[] = [];
  let counts = { eofficeRequests: 0, signatureRequests: 0 };
  for (let k = 0; k < 5; k++) {
    let t = performance.now();
    runCheck({ roster: plain, ...rest }, options);
    without.push(performance.now() - t);
    t = performance.now();
    const result = runCheck({ roster, ...rest }, options);
    withColumns.push(performance.now() - t);
    if (result.ok) counts = result.counts;
  }
  console.log(
    `${rows} rows: decideServices ${median(alone).toFixed(0)} ms; runCheck ${median(without).toFixed(0)} ms without ` +
      `service columns, ${median(withColumns).toFixed(0)} ms with (${counts.eofficeRequests} eOffice, ` +
      `${counts.signatureRequests} signature requests)`,
  );
}
