/**
 * What the offline command takes from the runtime after the run, besides the exports:
 * the dashboard page exactly as doGet serves it, and the hand-over lists, one CSV per
 * unit (in Google the units without a focal e-mail share Văn phòng's one file; offline
 * nothing is shared, so every unit gets its own).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseString } from '@fast-csv/parse';
import { BOM, csvLine, EOL } from '../domain/exports/csv';
import { handoverFileNames } from '../domain/handover';
import { unitNameKey } from '../domain/summary';
import { HANDOVER_TEXT } from '../i18n/handover';
import type { GasRuntime } from './gas';
import { SHEETS } from '../sheets/names';
import { OWNED_SHEET_IDS_KEY } from '../sheets/owned-sheet';
import { REGISTER_KEY } from '../addon/register-key';

/** The register key this run uses: Văn phòng's key file when there is one (the add-on makes one otherwise). */
export function useRegisterKey(runtime: GasRuntime, keyFile: string | undefined): void {
  if (keyFile && existsSync(keyFile)) runtime.properties.document[REGISTER_KEY] = readFileSync(keyFile, 'utf8').trim();
}

/** Keeps the run's key where the next run finds it (readable by its owner alone), unless it is there already. */
export function keepRegisterKey(runtime: GasRuntime, keyFile: string): void {
  const key = runtime.properties.document[REGISTER_KEY];
  if (key && !existsSync(keyFile)) writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
}

/**
 * The file is Văn phòng's own download, where Google's run kept the register it made: offline,
 * the 'Sổ địa chỉ' in it is taken as the add-on's (no document property survives an .xlsx).
 * SECURITY.md says what this trusts.
 */
export function trustDownloadedRegister(runtime: GasRuntime): void {
  const sheet = runtime.spreadsheet.sheetNamed(SHEETS.register);
  if (sheet) runtime.properties.document[OWNED_SHEET_IDS_KEY] = JSON.stringify({ [SHEETS.register]: sheet.store.id });
}

const HANDOVER_PREFIX = 'handover.';

/** GET on the web app as a reader of the domain; the content Google would serve. */
export function writeDashboard(runtime: GasRuntime, out: string, user: string, settingsDomain?: string): string {
  // The reader: the runner when of the settings' domain, else an account of it.
  const domain = (settingsDomain ?? 'haiphong.edu.vn').trim().toLowerCase();
  const viewer = user.toLowerCase().endsWith(`@${domain}`) ? user : `vanphong@${domain}`;
  const page = runtime.run<{ getContent(): string }>('doGet', [{ parameter: {}, queryString: '' }], {
    as: 'webApp',
    user: viewer,
  });
  writeFileSync(join(out, 'dashboard.html'), page.getContent());
  return 'dashboard.html';
}

function parseCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(text.replace(/^\uFEFF/, ''), { headers: false })
      .on('error', reject)
      .on('data', (row: string[]) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

/** Every hand-over file the run made or updated (remembered in the document properties), split by unit. */
export async function writeHandover(runtime: GasRuntime, out: string): Promise<string[]> {
  const fileIds = Object.entries(runtime.properties.document)
    .filter(([key]) => key.startsWith(HANDOVER_PREFIX))
    .map(([, value]) => (JSON.parse(value) as { fileId: string }).fileId);
  const header = HANDOVER_TEXT.header;
  // Columns of HANDOVER_TEXT.header: unit, then commune.
  const unitAt = 2;
  const communeAt = 3;
  const groups = new Map<string, { unit: string; commune: string; rows: string[][] }>();
  for (const id of fileIds) {
    const file = runtime.drive.files.find((f) => f.id === id && !f.trashed);
    if (!file) continue;
    const [, ...rows] = await parseCsv(file.bytes.toString('utf8'));
    for (const row of rows) {
      const key = `${row[communeAt]}|${unitNameKey(row[unitAt])}`;
      const group = groups.get(key) ?? { unit: row[unitAt], commune: row[communeAt], rows: [] };
      group.rows.push(row);
      groups.set(key, group);
    }
  }
  const lists = [...groups.values()];
  const names = handoverFileNames(lists);
  mkdirSync(join(out, 'handover'), { recursive: true });
  return lists.map((list, i) => {
    const lines = [csvLine(header), ...list.rows.map((row, n) => csvLine([String(n + 1), ...row.slice(1)]))];
    writeFileSync(join(out, 'handover', names[i]), BOM + lines.join(EOL) + EOL);
    return `handover/${names[i]}`;
  });
}

/** Everything the offline command adds after the exports: handover/ and dashboard.html. */
export async function writeOfflineExtras(
  runtime: GasRuntime,
  out: string,
  options: { user: string; settings: { domain?: string } },
): Promise<string[]> {
  return [...(await writeHandover(runtime, out)), writeDashboard(runtime, out, options.user, options.settings.domain)];
}
