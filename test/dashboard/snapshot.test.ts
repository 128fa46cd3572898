/**
 * The snapshot follows Báo cáo by header name: the plan 5277 columns (eOffice, digital
 * signature) reach the page when the report has them, wherever they stand, and are
 * absent when it does not; the communes behind and those not reported are the right ones.
 */
import fc from 'fast-check';
import { snapshotParts } from '../../src/addon/dashboard';
import {
  buildSnapshot,
  figure,
  furthestBehind,
  neededTotal,
  notReported,
  parseSnapshot,
  progress,
} from '../../src/domain/dashboard/snapshot';
import { COMMUNES } from '../../src/domain/communes';
import { STAGES } from '../../src/domain/lifecycle';
import { buildReport, type PersonTally } from '../../src/domain/report';
import { REPORT_TEXT } from '../../src/i18n/findings';
import { renderDashboard } from '../../src/ui/dashboard-page';
import { REPORT_HEADER_BEFORE_5277 } from '../addon/fixtures';
import { decode, pageHeader, pageTable } from './helpers';

const NOW = new Date('2025-09-05T02:30:00Z');
/** Báo cáo's columns before plan 5277 added its two: the test adds those itself. */
const BASE = REPORT_HEADER_BEFORE_5277;

/** A Báo cáo as the check writes it: every commune, the two regions, the total; `extra` columns at the end. */
function report(figures: (i: number) => number[], extra: string[] = []) {
  const width = BASE.length - 2 + extra.length;
  const rows = COMMUNES.map((c, i) => [c.fullName, c.region, ...figures(i).slice(0, width)]);
  const sum = (region: string | null) =>
    Array.from({ length: width }, (_, k) =>
      rows.filter((r) => region === null || r[1] === region).reduce((n, r) => n + Number(r[k + 2]), 0),
    );
  return {
    header: [...BASE, ...extra],
    rows: [
      ...rows,
      ['Đông', 'Đông', ...sum('Đông')],
      ['Tây', 'Tây', ...sum('Tây')],
      [REPORT_TEXT.total, '', ...sum(null)],
    ],
  };
}

const counts = (i: number): number[] => {
  const listed = i % 7 === 0 ? 0 : 20 + (i % 13);
  const assigned = Math.floor(listed * ((i % 10) / 10));
  return [listed ? 2 : 0, listed, listed, assigned, 0, 1, listed - assigned - 1 < 0 ? 0 : 1, assigned, i % 3, i % 2];
};

describe('dashboard snapshot', () => {
  it('shows eOffice and signature requests when Báo cáo has those columns, in any case and spacing', () => {
    const r = report(counts, ['Đề nghị  eOffice', 'đề nghị chữ ký số']);
    const snapshot = buildSnapshot(r, NOW, 'haiphong.edu.vn');
    expect(snapshot.figures).toContain('eoffice');
    expect(snapshot.figures).toContain('signature');
    const html = renderDashboard(snapshot);
    const header = pageHeader(html);
    expect(header).toContain('Đề nghị eOffice');
    expect(header).toContain('Đề nghị chữ ký số');
    const total = pageTable(html).get('Tổng cộng')!;
    const totalRow = r.rows[r.rows.length - 1];
    expect(total[header.indexOf('Đề nghị eOffice') - 1]).toBe(String(totalRow[BASE.length]));
    expect(total[header.indexOf('Đề nghị chữ ký số') - 1]).toBe(String(totalRow[BASE.length + 1]));
  });

  it('leaves them out when Báo cáo has no such columns', () => {
    const html = renderDashboard(buildSnapshot(report(counts), NOW, 'haiphong.edu.vn'));
    expect(html).not.toContain('eOffice');
    expect(html).not.toContain('chữ ký số');
  });

  it('names as not reported exactly the communes with nobody listed, and never one of them as behind', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: COMMUNES.length, maxLength: COMMUNES.length }), (listed) => {
        const r = report((i) => [
          1,
          listed[i],
          listed[i],
          listed[i],
          Math.floor(listed[i] / 2),
          0,
          0,
          0,
          Math.floor(listed[i] / 2),
        ]);
        const snapshot = buildSnapshot(r, NOW, 'haiphong.edu.vn');
        expect(notReported(snapshot).map((c) => c.name)).toEqual(
          COMMUNES.filter((_, i) => listed[i] === 0).map((c) => c.fullName),
        );
        const behind = furthestBehind(snapshot, 10);
        expect(behind.length).toBeLessThanOrEqual(10);
        for (let k = 1; k < behind.length; k++)
          expect(progress(snapshot, behind[k])).toBeGreaterThanOrEqual(progress(snapshot, behind[k - 1]));
        const worst = Math.min(...snapshot.communes.filter((c) => c.values[2] > 0).map((c) => progress(snapshot, c)));
        if (behind.length > 0) expect(progress(snapshot, behind[0])).toBe(worst);
      }),
      { numRuns: 50 },
    );
  });
});

/** Báo cáo as the check builds it for `units` units over every commune, 50 people each. */
function sectorReport(units: number) {
  const tallies: PersonTally[] = [];
  for (let u = 0; u < units; u++)
    for (let k = 0; k < 50; k++) {
      const state = (
        ['valid', 'valid', 'valid', 'valid', 'valid', 'valid', 'error', 'hasAccount', 'duplicate'] as const
      )[(u + k) % 9];
      tallies.push({
        commune: COMMUNES[u % COMMUNES.length],
        unitKey: `u${u}`,
        state,
        assigned: state === 'valid',
        stage: state === 'valid' ? STAGES[(u * 7 + k) % STAGES.length] : null,
        eoffice: k % 5 === 0,
        signature: k % 7 === 0,
      });
    }
  const declared = Array.from({ length: units }, (_, u) => ({
    commune: COMMUNES[u % COMMUNES.length],
    unitKey: `u${u}`,
    declared: 52,
  }));
  return { tallies, report: buildReport(tallies, declared) };
}

describe('the roll-out’s progress on the dashboard', () => {
  it('leads with mailboxes in use against those needed, then the funnel from the list to in use', () => {
    const { tallies, report } = sectorReport(300);
    const snapshot = buildSnapshot(report, NOW, 'haiphong.edu.vn');
    const html = renderDashboard(snapshot);
    const inUse = tallies.filter((t) => t.stage === 'inUse').length;
    // Each commune needs what it declared or listed (duplicates out), whichever is more, less people who had an account.
    let need = 0;
    for (const c of COMMUNES) {
      const mine = tallies.filter((t) => t.commune === c);
      const units = new Set(mine.map((t) => t.unitKey)).size;
      const listed = mine.filter((t) => t.state !== 'duplicate').length;
      need += Math.max(52 * units, listed) - mine.filter((t) => t.state === 'hasAccount').length;
    }
    expect(figure(snapshot, snapshot.total, 'inUse')).toBe(inUse);
    expect(neededTotal(snapshot)).toBe(need);
    const dots = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const headline = decode(html.match(/<section class="headline"[\s\S]*?<\/section>/)![0]);
    expect(headline).toContain(`${dots(inUse)} / ${dots(need)} người cần hộp thư`);
    expect(html.indexOf('id="headline"')).toBeLessThan(html.indexOf('id="funnel"'));
    expect(html.indexOf('id="funnel"')).toBeLessThan(html.indexOf('class="cards"'));
    const funnel = decode(html.match(/<svg id="funnel"[\s\S]*?<\/svg>/)![0]);
    const steps = ['Trong danh sách', 'Hợp lệ', 'Đã cấp địa chỉ', 'Đã xuất', 'Đã tạo tài khoản', 'Đang sử dụng'];
    let last = -1;
    for (const step of steps) {
      const at = funnel.indexOf(`${step}:`);
      expect([step, at > last]).toEqual([step, true]);
      last = at;
    }
  });

  it('shows no headline from a snapshot saved before Báo cáo had the progress columns', () => {
    const html = renderDashboard(buildSnapshot(report(counts), NOW, 'haiphong.edu.vn'));
    expect(html).not.toContain('id="headline"');
    expect(html).not.toContain('id="funnel"');
  });

  it('stays a few KB as stored, at 114 communes and 2,000 units', () => {
    const { report: big } = sectorReport(2000);
    const snapshot = buildSnapshot(big, NOW, 'haiphong.edu.vn');
    expect(snapshot.communes).toHaveLength(COMMUNES.length);
    const text = snapshotParts(snapshot).join('');
    const stored = text.length;
    expect(stored).toBeLessThan(8 * 1024);
    // What the page reads back is what was saved, names and all.
    expect(parseSnapshot(text)).toEqual(snapshot);
    // The units' number changes figures, not the shape: 200 units store as much, but for a digit more in each count.
    const small = snapshotParts(buildSnapshot(sectorReport(200).report, NOW, 'haiphong.edu.vn')).join('').length;
    expect(stored - small).toBeLessThan(2 * 1024);
    // A snapshot stored before this form still opens.
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});
