/**
 * Blob.getAs('application/pdf') and HtmlOutput.getBlob / getAs in the local runtime
 * (src/local/gas/blob-convert.ts): the result's type and name, the daily conversion quota per
 * account, and a PDF printed by Chromium from the very HTML the script built.
 */
import { scriptDir } from '../helpers/script-dir';
import { chromiumPdfMaker, pdfFacts } from '../helpers/chromium-pdf';
import { createGasRuntime, LOCAL_NO_PDF_MAKER, type GasRuntimeOptions } from '../../src/local/gas';

const VP = 'vanphong@haiphong.edu.vn';
const VP2 = 'chuyenvien.vp@haiphong.edu.vn';

const SLIPS = `<!doctype html><html><head><meta charset="utf-8"><title>Phiếu bàn giao — THCS Lê Chân</title>
<style>.slip { page-break-after: always; } .slip:last-child { page-break-after: auto; }</style></head><body>
<div class="slip">Nguyễn Thị Hoà — hoa.nt@haiphong.edu.vn</div>
<div class="slip">Trần Văn Đức — duc.tv@haiphong.edu.vn</div>
<div class="slip">Lê Minh Châu — chau.lm@haiphong.edu.vn</div>
</body></html>`;

const CODE = `
var SLIPS = ${JSON.stringify(SLIPS)};
function fromOutput() {
  var out = HtmlService.createHtmlOutput(SLIPS);
  var html = out.getBlob();
  var pdf = out.getAs('application/pdf');
  var file = Drive.Files.create({ name: 'Phieu ban giao.pdf', mimeType: pdf.getContentType() }, pdf, { fields: 'id,name,mimeType' });
  return { htmlType: html.getContentType(), html: html.getDataAsString(), type: pdf.getContentType(), name: file.name,
    fileType: file.mimeType, blobName: pdf.getName() };
}
function renamed(name) { return Utilities.newBlob(SLIPS, 'text/html', name).getAs('application/pdf').getName(); }
function convertOnce() { return Utilities.newBlob('x', 'text/html', 'a.html').getAs('application/pdf').getContentType(); }
function pdfBytes() { return Utilities.newBlob(SLIPS, 'text/html', 'slips.html').getAs('application/pdf').getBytes(); }
function toPng() { return Utilities.newBlob(SLIPS, 'text/html', 'a.html').getAs('image/png'); }
`;

const HOUR = 3_600_000;

function start(options: GasRuntimeOptions = {}) {
  const rt = createGasRuntime({ user: VP, owner: VP, now: new Date('2025-09-05T09:00:00+07:00'), ...options });
  rt.loadBundle(scriptDir('pdf-', { 'Code.js': CODE }));
  return rt;
}

/** A maker for the quota checks: they are about counting, not printing, so no browser starts. */
const countingMaker = (printed: string[]) => (html: string) => (printed.push(html), Buffer.from('%PDF-1.4\n%%EOF\n'));

describe('HtmlOutput.getBlob / getAs and Blob.getAs to PDF, printed by Chromium', () => {
  it('prints the same HTML: one page a slip, the page title, a PDF file in Drive', () => {
    const printed: string[] = [];
    const rt = start({ pdfMaker: chromiumPdfMaker(printed) });
    const out = rt.run<Record<string, unknown>>('fromOutput');
    expect(out).toMatchObject({
      htmlType: 'text/html',
      html: SLIPS,
      type: 'application/pdf',
      name: 'Phieu ban giao.pdf',
    });
    expect(out.fileType).toBe('application/pdf');
    expect(out.blobName).toBeNull();
    expect(printed).toEqual([SLIPS]);
    const file = rt.drive.files.find((f) => f.name === 'Phieu ban giao.pdf')!;
    expect(pdfFacts(file.bytes)).toEqual({ isPdf: true, pages: 3, title: 'Phiếu bàn giao — THCS Lê Chân' });
    expect(rt.calls.byMethod()['HtmlOutput.getAs']).toBe(1);
  });
});

describe('Blob.getAs: name, type and quota', () => {
  it('replaces what follows the last period with "pdf", as Google\'s example says', () => {
    const rt = start({ pdfMaker: countingMaker([]) });
    expect(rt.run('renamed', ['ShoppingList.12.25.2014'])).toBe('ShoppingList.12.25.pdf');
    expect(rt.run('renamed', ['Phieu'])).toBe('Phieu.pdf');
  });

  it('refuses a conversion Google does not offer for the blob', () => {
    const rt = start({ pdfMaker: countingMaker([]) });
    expect(() => rt.run('toPng')).toThrow('Converting from text/html to image/png is not supported.');
  });

  it('says plainly that no PDF maker is installed, and spends no quota then', () => {
    const rt = start();
    expect(() => rt.run('convertOnce')).toThrow(LOCAL_NO_PDF_MAKER);
    const later = start({ pdfMaker: countingMaker([]), limits: { filesConvertedPerDay: 1 } });
    expect(() => later.run('convertOnce')).not.toThrow();
  });

  it('allows 2,000 conversions a consumer account, 4,000 a Workspace one, per account, for 24 hours from the first', () => {
    for (const [account, limit] of [
      ['consumer', 2_000],
      ['workspace', 4_000],
    ] as const) {
      const printed: string[] = [];
      const rt = start({ pdfMaker: countingMaker(printed), account });
      for (let i = 0; i < limit; i++) rt.run('convertOnce');
      expect(() => rt.run('convertOnce')).toThrow('Service invoked too many times for one day: convert.');
      expect(rt.run('convertOnce', [], { user: VP2 })).toBe('application/pdf');
      expect(printed).toHaveLength(limit + 1);
    }
  });

  it('counts the day from the first conversion, not from midnight', () => {
    const rt = start({ pdfMaker: countingMaker([]), limits: { filesConvertedPerDay: 2 } });
    rt.run('convertOnce');
    rt.clock.advance(20 * HOUR);
    rt.run('convertOnce');
    rt.clock.advance(2 * HOUR); // past midnight, 22 h after the first: still the same window
    expect(() => rt.run('convertOnce')).toThrow('Service invoked too many times for one day: convert.');
    rt.clock.advance(2 * HOUR + 1);
    expect(rt.run('convertOnce')).toBe('application/pdf');
  });
});
