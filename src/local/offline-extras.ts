/**
 * What the offline command takes from the runtime after the run, besides the exports:
 * the dashboard page exactly as doGet serves it, and this run's batch's hand-over lists,
 * one CSV and one printable page of slips per unit (in Google the units without a focal
 * e-mail share Văn phòng's one file; offline nothing is shared, so every unit gets its own).
 * The runtime starts from the downloaded workbook with an empty Drive, so the lists in it
 * are this run's; handover/ is emptied first and stays empty when nothing was new.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseString } from '@fast-csv/parse';
import { BOM, csvLine, EOL } from '../domain/exports/csv';
import { handoverFileNames } from '../domain/handover';
import { slipsPage } from '../domain/slips';
import { SLIP_TEXT } from '../i18n/slips';
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
  const ids: Record<string, number> = {};
  // The first-seen ledger, the approved recipients and the hand-over record are the add-on's sheets as the register is.
  for (const name of [SHEETS.register, SHEETS.ledger, SHEETS.recipients, SHEETS.handoverRecord]) {
    const sheet = runtime.spreadsheet.sheetNamed(name);
    if (sheet) ids[name] = sheet.store.id;
  }
  if (Object.keys(ids).length > 0) runtime.properties.document[OWNED_SHEET_IDS_KEY] = JSON.stringify(ids);
}

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

/** The batch's hand-over lists in the runtime's Drive ('Đợt 02 – … – ban-giao-….csv'). */
const isHandoverList = (name: string): boolean => / – ban-giao-.*\.csv$/.test(name);

/** Columns of HANDOVER_TEXT.header. */
const AT = { name: 1, unit: 2, commune: 3, address: 4, password: 5, signIn: 6 } as const;

/** Every hand-over list the run made, split by unit: a CSV and a page of slips each. */
export async function writeHandover(runtime: GasRuntime, out: string, batch: number | null): Promise<string[]> {
  const groups = new Map<string, { unit: string; commune: string; rows: string[][] }>();
  for (const file of runtime.drive.files.filter((f) => !f.trashed && isHandoverList(f.name))) {
    const [, ...rows] = await parseCsv(file.bytes.toString('utf8'));
    for (const row of rows) {
      const key = `${row[AT.commune]}|${unitNameKey(row[AT.unit])}`;
      const group = groups.get(key) ?? { unit: row[AT.unit], commune: row[AT.commune], rows: [] };
      group.rows.push(row);
      groups.set(key, group);
    }
  }
  const lists = [...groups.values()];
  const names = handoverFileNames(lists);
  rmSync(join(out, 'handover'), { recursive: true, force: true });
  mkdirSync(join(out, 'handover'), { recursive: true });
  return lists.flatMap((list, i) => {
    const lines = [
      csvLine(HANDOVER_TEXT.header),
      ...list.rows.map((row, n) => csvLine([String(n + 1), ...row.slice(1)])),
    ];
    writeFileSync(join(out, 'handover', names[i]), BOM + lines.join(EOL) + EOL);
    const page = names[i].replace(/\.csv$/, '.html');
    const slips = list.rows.map((row) => ({
      name: row[AT.name],
      unit: row[AT.unit],
      commune: row[AT.commune],
      address: row[AT.address],
      password: row[AT.password],
      signIn: row[AT.signIn],
    }));
    writeFileSync(join(out, 'handover', page), slipsPage(SLIP_TEXT.pageTitle(list.unit, batch ?? 0), slips));
    return [`handover/${names[i]}`, `handover/${page}`];
  });
}

/** Everything the offline command adds after the exports: handover/ and dashboard.html. */
export async function writeOfflineExtras(
  runtime: GasRuntime,
  out: string,
  options: { user: string; settings: { domain?: string }; batch: number | null },
): Promise<string[]> {
  return [
    ...(await writeHandover(runtime, out, options.batch)),
    writeDashboard(runtime, out, options.user, options.settings.domain),
  ];
}
