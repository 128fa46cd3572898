/**
 * Files people actually have, given to the offline command: an Excel 97–2003 .xls, a
 * password-protected .xlsx, a LibreOffice .ods and a zip bomb each get one clear
 * Vietnamese line and exit 2 — the bomb before it costs time or memory. The files are
 * made here, the way the programs that make them lay them out.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, createInflateRaw, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { createZip, type DeflatedPart } from '../../src/local/xlsx/zip';
import { ensureBuilt } from '../helpers/build-once';
import { BIFF8_WORKBOOK, oleFile } from '../helpers/ole-file';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cli-kinds-'));
const MB = 1024 * 1024;

/** The child's own figures, written as it exits: CPU time is what it spent, whatever the machine's load. */
const MEASURE = join(dir, 'measure.js');
writeFileSync(
  MEASURE,
  `process.on('exit', () => {
    const u = process.resourceUsage();
    require('fs').writeFileSync(process.env.MEASURE_OUT, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }));
  });\n`,
);

function cli(file: string) {
  const measured = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const run = spawnSync(
    process.execPath,
    ['-r', MEASURE, join(ROOT, 'dist-local', 'cli.js'), 'check', join(dir, file), '--out', join(dir, 'out')],
    { encoding: 'utf8', timeout: 120_000, env: { ...process.env, MEASURE_OUT: measured } },
  );
  const figures = JSON.parse(readFileSync(measured, 'utf8')) as { cpuMs: number; maxRssMb: number };
  return { ...run, ...figures };
}

function oneLine(run: ReturnType<typeof cli>, message: RegExp): void {
  expect(run.status).toBe(2);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(run.stderr).not.toMatch(/\bat .+:\d+|Error:/);
  expect(run.stdout).toBe('');
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>';
const SHEET_TAIL = '</sheetData></worksheet>';

/**
 * A sheet part of `spaces` blank characters between its rows (valid XML, so a reader that
 * does not bound it parses on), deflated as a stream: one 16 MB block flushed, repeated.
 */
function bombSheet(spaces: number, level: number): DeflatedPart {
  const chunk = Buffer.alloc(16 * MB, 0x20);
  const flushed = (bytes: Buffer) => deflateRawSync(bytes, { level, finishFlush: constants.Z_FULL_FLUSH });
  const block = flushed(chunk);
  const count = spaces / chunk.length;
  let crc = crc32(SHEET_HEAD);
  for (let i = 0; i < count; i++) crc = crc32(chunk, crc);
  crc = crc32(SHEET_TAIL, crc);
  const deflated = Buffer.concat([
    flushed(Buffer.from(SHEET_HEAD)),
    ...Array.from({ length: count }, () => block),
    deflateRawSync(Buffer.from(SHEET_TAIL), { level }),
  ]);
  return { deflated, crc, size: Buffer.byteLength(SHEET_HEAD) + count * chunk.length + Buffer.byteLength(SHEET_TAIL) };
}

/** An .xlsx whose one sheet is `sheet`, declaring `declared` bytes for it (a forged zip lies). */
async function writeBomb(name: string, sheet: DeflatedPart, declared = sheet.size): Promise<string> {
  const path = join(dir, name);
  const zip = createZip(path);
  await zip.addText(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  await zip.addText(
    '_rels/.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  await zip.addText(
    'xl/workbook.xml',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  await zip.addText(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  await zip.addDeflated('xl/worksheets/sheet1.xml', { ...sheet, size: declared });
  await zip.finish();
  return name;
}

describe('files that are not an .xlsx', () => {
  beforeAll(() => {
    ensureBuilt();
    const summary: [string, Buffer][] = [
      ['\u0001CompObj', Buffer.alloc(107)],
      ['\u0005SummaryInformation', Buffer.alloc(236)],
      ['\u0005DocumentSummaryInformation', Buffer.alloc(244)],
    ];
    writeFileSync(join(dir, 'danh-sach-2003.xls'), oleFile([...summary, ['Workbook', BIFF8_WORKBOOK]]));
    // BIFF5 (Excel 5.0/95) names its stream "Book"; people still rename those .xlsx.
    writeFileSync(join(dir, 'excel95.xlsx'), oleFile([['Book', BIFF8_WORKBOOK]]));
    const encrypted: [string, Buffer][] = [
      ['EncryptionInfo', Buffer.from('04000400400000000400', 'hex')],
      ['EncryptedPackage', Buffer.alloc(8192, 0x5a)],
    ];
    writeFileSync(join(dir, 'co-mat-khau.xlsx'), oleFile(encrypted));
    // Version 4 compound files have 4,096-byte sectors.
    writeFileSync(join(dir, 'co-mat-khau-v4.xlsx'), oleFile(encrypted, 4096));
    writeFileSync(join(dir, 'danh-sach-v4.xls'), oleFile([...summary, ['Workbook', BIFF8_WORKBOOK]], 4096));
    writeFileSync(join(dir, 'van-ban.xlsx'), oleFile([...summary, ['WordDocument', Buffer.alloc(1024)]]));
    // OpenDocument: "mimetype" first and stored, then the content (LibreOffice Calc, Google's .ods download).
    const ods = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8(
        '<office:document-content><office:body><office:spreadsheet/></office:body></office:document-content>',
      ),
      'META-INF/manifest.xml': strToU8('<manifest:manifest/>'),
    });
    writeFileSync(join(dir, 'danh-sach.ods'), ods);
    const odt = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }] });
    writeFileSync(join(dir, 'cong-van.odt'), odt);
  });

  it('an Excel 97–2003 workbook is told to save as .xlsx, not that it has a password', () => {
    for (const file of ['danh-sach-2003.xls', 'excel95.xlsx', 'danh-sach-v4.xls']) {
      const run = cli(file);
      oneLine(run, /là tệp Excel 97–2003 \(\.xls\).*\.xlsx/);
      expect(run.stderr).not.toContain('mật khẩu');
    }
  });

  it('a password-protected .xlsx keeps its message', () => {
    for (const file of ['co-mat-khau.xlsx', 'co-mat-khau-v4.xlsx'])
      oneLine(cli(file), /đang đặt mật khẩu: bỏ mật khẩu rồi chạy lại\./);
  });

  it('another OLE file (a Word document) is not an Excel file', () => {
    oneLine(cli('van-ban.xlsx'), /không phải tệp Excel \.xlsx/);
  });

  it('an OpenDocument spreadsheet is told to save as .xlsx, not that Danh sách is missing', () => {
    const run = cli('danh-sach.ods');
    oneLine(run, /là bảng tính OpenDocument \(\.ods\).*\.xlsx/);
    expect(run.stderr).not.toContain('Danh sách');
    // A text document saved by the same programs is no workbook at all.
    oneLine(cli('cong-van.odt'), /không phải tệp Excel \.xlsx/);
  });
});

describe('a zip bomb', () => {
  const BOMB = /giải nén ra quá lớn \(một trang quá 512 MB, cả tệp quá 1024 MB\)/;
  let dense: DeflatedPart;
  let honest: string;
  let forged: string;
  let forgedLarge: string;
  beforeAll(async () => {
    ensureBuilt();
    // 1.5 GB of sheet: at level 9 about 1.5 MB on disk, at level 1 about 7 MB (the streaming reader's size).
    dense = bombSheet(96 * 16 * MB, 9);
    honest = await writeBomb('bom.xlsx', dense);
    forged = await writeBomb('bom-khai-sai.xlsx', dense, 150_000);
    forgedLarge = await writeBomb('bom-lon.xlsx', bombSheet(96 * 16 * MB, 1), 150_000);
  });

  it('is built as described: a few MB on disk whose sheet inflates to 1.5 GB', async () => {
    expect(statSync(join(dir, honest)).size).toBeLessThan(4 * MB);
    expect(statSync(join(dir, forgedLarge)).size).toBeGreaterThan(4 * MB);
    expect(dense.size).toBeGreaterThan(1.5 * 1000 * MB);
    // The same construction, 64 MB long, inflates to exactly what it declares (1.5 GB would take seconds).
    const small = bombSheet(4 * 16 * MB, 9);
    let inflated = 0;
    const inflate = createInflateRaw().on('data', (chunk: Buffer) => (inflated += chunk.length));
    inflate.end(small.deflated);
    await once(inflate, 'end');
    expect(inflated).toBe(small.size);
  });

  it.each([
    ['declaring its 1.5 GB', () => honest],
    ['declaring 150 kB, on the exceljs path', () => forged],
    ['declaring 150 kB, on the streaming path', () => forgedLarge],
  ])('%s: refused with one line within 2 s of CPU and 300 MB', (_, file) => {
    const run = cli(file());
    oneLine(run, BOMB);
    // Unbounded, this took 9 s and 1.75 GB.
    expect(run.cpuMs).toBeLessThan(2000);
    expect(run.maxRssMb).toBeLessThan(300);
  });
});
