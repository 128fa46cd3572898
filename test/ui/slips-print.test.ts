/**
 * The printable slips in Chromium at A4, as a focal person prints them: the offline command's
 * handover/*.html of the sample workbook, and slips with the longest names and units a
 * roster holds. One page a person, and no slip split over two pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slipsPage, type Slip } from '../../src/domain/slips';
import { ensureBuilt } from '../helpers/build-once';
import { pdfFacts } from '../helpers/chromium-pdf';
import { parseCsv } from '../helpers/csv';
import { sharedBrowser } from './harness';

const ROOT = join(__dirname, '..', '..');
const browser = sharedBrowser();
/** A4 less the page's 18 mm margins, in CSS pixels (96 a inch). */
const MM = 96 / 25.4;
const PRINTABLE = { width: (210 - 36) * MM, height: (297 - 36) * MM };

async function printed(html: string): Promise<{ pages: number; boxes: { top: number; height: number }[] }> {
  const page = await browser().newPage({ viewport: { width: Math.floor(PRINTABLE.width), height: 800 } });
  try {
    await page.setContent(html);
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.$$eval('.slip', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, height: r.height };
      }),
    );
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    return { pages: pdfFacts(pdf).pages, boxes };
  } finally {
    await page.close();
  }
}

describe('printable hand-over slips at A4', () => {
  const out = mkdtempSync(join(tmpdir(), 'slips-'));
  beforeAll(() => {
    ensureBuilt();
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'dist-local', 'cli.js'), 'check', join(ROOT, 'sample', 'mau-dang-ky.xlsx'), '--out', out, '--quiet'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status).toBe(0);
  });

  it('prints one page per person of a unit’s list, each slip whole on its page, with that person’s credentials', async () => {
    const pages = readdirSync(join(out, 'handover')).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    // The unit with the most people, and one with few.
    const sized = pages
      .map((p) => ({
        p,
        rows: parseCsv(readFileSync(join(out, 'handover', p.replace(/\.html$/, '.csv')), 'utf8').slice(1)).slice(1),
      }))
      .sort((a, b) => b.rows.length - a.rows.length);
    for (const { p, rows } of [sized[0], sized[sized.length - 1]]) {
      const html = readFileSync(join(out, 'handover', p), 'utf8');
      const { pages: count, boxes } = await printed(html);
      expect(boxes).toHaveLength(rows.length);
      expect(count).toBe(rows.length);
      for (const b of boxes) expect(b.height).toBeLessThanOrEqual(PRINTABLE.height);
      for (const row of rows) {
        expect(html).toContain(row[4]);
        expect(html).toContain(row[5]);
      }
      expect(html.match(/đổi mật khẩu ở lần đăng nhập đầu/g)).toHaveLength(rows.length);
    }
  }, 120_000);

  it('keeps the longest name and unit on one page, escaping what could be markup', async () => {
    const long: Slip = {
      name: 'Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Ngọc Bảo Quyên Lê Phạm',
      unit: 'Trường Trung học cơ sở và Trung học phổ thông Nguyễn Bỉnh Khiêm <b>số 2</b> – phân hiệu Vĩnh Bảo',
      commune: 'Xã Nguyễn Bỉnh Khiêm',
      address: 'quyenltnnbnguyenngocbao.phuongthao2@haiphong.edu.vn',
      password: 'Xy7#kP2mQ9!tRb4w',
      signIn: 'https://mail.google.com (tên đăng nhập là địa chỉ email công vụ)',
    };
    const slips = Array.from({ length: 5 }, (_, i) => ({ ...long, address: `${i}${long.address}` }));
    const html = slipsPage('Phiếu', slips);
    expect(html).not.toContain('<b>số 2</b>');
    const { pages, boxes } = await printed(html);
    expect(pages).toBe(5);
    for (const b of boxes) expect(b.height).toBeLessThanOrEqual(PRINTABLE.height);
  }, 60_000);
});
