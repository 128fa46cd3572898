/**
 * A PDF maker for the local runtime's Blob.getAs('application/pdf'): Debian's Chromium prints
 * the very HTML the add-on produced (`--print-to-pdf`, synchronously, as Apps Script calls are).
 * A test tool only: the runtime itself never starts a browser.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfMaker } from '../../src/local/gas';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../ui/harness';

/** `printed` receives every HTML document handed to Chromium, in order. */
export function chromiumPdfMaker(printed: string[] = []): PdfMaker {
  return (html: string) => {
    printed.push(html);
    const dir = mkdtempSync(join(tmpdir(), 'gas-pdf-'));
    try {
      const page = join(dir, 'page.html');
      const out = join(dir, 'page.pdf');
      writeFileSync(page, html, 'utf8');
      const args = [...CHROMIUM_ARGS, `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer'];
      const run = spawnSync(CHROMIUM_PATH, [...args, `--print-to-pdf=${out}`, `file://${page}`], { timeout: 60_000 });
      if (run.status !== 0) throw new Error(`Chromium could not print: ${run.stderr.toString().slice(-500)}`);
      return readFileSync(out);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** What a reader of the PDF sees first: its page count and the title in its document information. */
export function pdfFacts(bytes: Uint8Array): { isPdf: boolean; pages: number; title: string | null } {
  const text = Buffer.from(bytes).toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text)?.[1];
  const title = hex ? Buffer.from(hex, 'hex').swap16().toString('utf16le') : null;
  return { isPdf: text.startsWith('%PDF-') && text.trimEnd().endsWith('%%EOF'), pages, title };
}
