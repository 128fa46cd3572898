/**
 * The offline command: runs the BUILT bundle's own menu entry points inside the local
 * Apps Script runtime on a downloaded workbook, then writes the results to a folder.
 * Findings are data (exit 0); unusable input exits 2 with one Vietnamese line.
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CLI_TEXT } from '../i18n/cli';
import { createGasRuntime, type GasRuntime } from './gas';
import { HIGH_FIXED } from './gas/calls';
import { boundToThisWorkbook } from './offline-deploy';
import { keepRegisterKey, trustDownloadedRegister, useRegisterKey, writeOfflineExtras } from './offline-extras';
import { EXPORT_TARGETS } from './output-files';
import type { GridWorkbook, WorkbookData } from './workbook-data';
import { readWorkbookFile, type WorkbookFile } from './xlsx/read';
import { XlsxError, type XlsxProblem } from './xlsx/errors';
import { saveWorkbook } from './xlsx/write';
import { INFLATE_LIMITS } from './xlsx/zip';

const ROOT = resolve(__dirname, '..');
/** Built beside this file; reads and prepares sheets on the second core. */
const SHEET_WORKER = join(__dirname, 'xlsx-worker.js');
const SAMPLE = join(ROOT, 'sample', 'mau-dang-ky.xlsx');

class UsageError extends Error {}
class InputError extends Error {}

interface Options {
  command: 'check' | 'demo' | 'help';
  file?: string;
  out?: string;
  user: string;
  now?: Date;
  /** Settings as Cài đặt takes them, applied through the add-on's own saveSettings. */
  settings: { domain?: string; addressPattern?: string; deadline?: string; mailPlatform?: string };
  quiet: boolean;
  debug: boolean;
  /** Văn phòng's register key file: read when it exists, else made with this run's key. */
  keyFile?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    command: 'help',
    user: 'vanphong@haiphong.edu.vn',
    settings: {},
    quiet: false,
    debug: false,
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(CLI_TEXT.usage);
      return v;
    };
    if (arg === '--help' || arg === '-h') return { ...options, command: 'help' };
    else if (arg === '--out' || arg === '-o') options.out = value();
    else if (arg === '--user') options.user = value();
    else if (arg === '--now') {
      const text = value();
      const now = new Date(text);
      if (Number.isNaN(now.getTime())) throw new UsageError(CLI_TEXT.badNow(text));
      options.now = now;
    } else if (arg === '--deadline') options.settings.deadline = value();
    else if (arg === '--domain') options.settings.domain = value();
    else if (arg === '--pattern') options.settings.addressPattern = value();
    else if (arg === '--platform') options.settings.mailPlatform = value();
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--key-file') options.keyFile = value();
    else if (arg === '--debug') options.debug = true;
    else if (arg.startsWith('-')) throw new UsageError(CLI_TEXT.unknownOption(arg));
    else positional.push(arg);
  }
  const [command, file] = positional;
  if (!command) return options;
  if (command === 'demo')
    return { ...options, command: 'demo', file: SAMPLE, out: options.out ?? join(ROOT, 'out', 'demo') };
  if (command !== 'check') throw new UsageError(CLI_TEXT.unknownCommand(command));
  if (!file) throw new UsageError(CLI_TEXT.usage);
  return {
    ...options,
    command: 'check',
    file,
    out: options.out ?? join('out', basename(file).replace(/\.xlsx$/i, '')),
  };
}

type ExportedFile = { kind: string; fileId: string; rows: number };
type ActionResult = {
  ok: boolean;
  message?: string;
  counts?: Record<string, number>;
  pending?: boolean;
  files?: ExportedFile[];
  batchInfo?: { number: number | null; accounts: number };
};

const MB = 1024 * 1024;
/** The one line for a file the command cannot use. */
const FILE_PROBLEM_TEXT: Record<XlsxProblem, (file: string) => string> = {
  missing: CLI_TEXT.missing,
  not_xlsx: CLI_TEXT.notXlsx,
  encrypted: CLI_TEXT.encrypted,
  xls: CLI_TEXT.xls,
  ods: CLI_TEXT.ods,
  too_large: (file) => CLI_TEXT.tooLarge(file, INFLATE_LIMITS.partBytes / MB, INFLATE_LIMITS.totalBytes / MB),
  corrupt: CLI_TEXT.corrupt,
};

async function runOfflineCheck(options: Options): Promise<number> {
  const started = Date.now();
  if (!existsSync(join(ROOT, 'build', 'Code.js'))) throw new InputError(CLI_TEXT.noBundle);
  const file = options.file!;
  const out = resolve(options.out!);
  let opened: WorkbookFile;
  try {
    opened = await readWorkbookFile(file, SHEET_WORKER);
  } catch (error) {
    if (error instanceof XlsxError) {
      throw new InputError(FILE_PROBLEM_TEXT[error.problem](file));
    }
    throw error;
  }
  try {
    return await checkWorkbook(opened, options, out, started);
  } finally {
    opened.dispose();
  }
}

/** Settings as Cài đặt takes them, saved through the add-on's own saveSettings. */
function applySettings(runtime: GasRuntime, settings: Options['settings']): void {
  const form = {
    domain: 'haiphong.edu.vn',
    addressPattern: '{given}{initials}',
    deadline: '',
    allowedUsers: '',
    notifyFocalPersons: false,
    ...settings,
  };
  const saved = runtime.run<{ ok: boolean; message?: string }>('saveSettings', [form], { as: 'scriptRun' });
  if (!saved.ok) throw new UsageError(CLI_TEXT.badSettings(saved.message ?? ''));
}

/** A call Google would refuse is a defect of the add-on, even if it caught the exception. */
function assertNothingRefused(runtime: GasRuntime): void {
  if (runtime.refusals.length > 0)
    throw new Error(`calls refused under the manifest: ${runtime.refusals.map((r) => r.method).join(', ')}`);
}

/**
 * Copies each file the add-on put in Drive to its place in the output folder; returns their
 * paths. provisioning/ holds this run's batch only: it is emptied first, and stays empty when
 * nothing was new.
 */
function copyExports(runtime: GasRuntime, files: ExportedFile[], out: string): string[] {
  rmSync(join(out, 'provisioning'), { recursive: true, force: true });
  mkdirSync(join(out, 'provisioning'), { recursive: true });
  const written: string[] = [];
  for (const exported of files) {
    const target = EXPORT_TARGETS[exported.kind];
    const file = runtime.drive.files.find((f) => f.id === exported.fileId);
    if (!target || !file) throw new Error(`export ${exported.kind}: no file`);
    writeFileSync(join(out, target), file.bytes);
    written.push(target);
  }
  if (!written.includes(EXPORT_TARGETS.findings)) throw new Error('missing findings file');
  return written;
}

/**
 * The pessimistic bound and the sizes behind it. It adds what no call shows: each execution
 * loads the bundle, and every file put in Drive is uploaded by size.
 */
function costFigures(runtime: GasRuntime, snapshot: ReturnType<GasRuntime['calls']['snapshot']>, executions: number) {
  const uploaded = runtime.drive.files.reduce((n, f) => n + f.bytes.length, 0);
  return {
    modelled_google_ms_high: Math.round(
      snapshot.modelledHighMs + executions * HIGH_FIXED.bundleLoadMs + uploaded * HIGH_FIXED.driveMsPerByte,
    ),
    modelled_high_parts: {
      calls_ms: snapshot.modelledHighMs,
      bundle_loads: executions,
      bundle_bytes: statSync(join(ROOT, 'build', 'Code.js')).size,
      uploaded_bytes: uploaded,
    },
    cells: {
      read: snapshot.cells.read,
      written: snapshot.cells.written,
      ranges: snapshot.cells.ranges,
      largest_range_list: snapshot.cells.largestRangeList,
    },
  };
}

type ActionFigures = { action: string; calls: number; modelled_google_ms: number; elapsed_ms: number };

/** Runs one menu action as Văn phòng would, carrying on a job the time limit cut short, and records its cost. */
function runAction(runtime: GasRuntime, actions: ActionFigures[], fn: string): ActionResult {
  const before = runtime.calls.snapshot();
  const t = Date.now();
  let result = runtime.run<ActionResult>(fn, [], { as: 'menu' });
  // A job cut short by the time limit carries on in its follow-up trigger, as in Google.
  for (let i = 0; result && result.pending && i < 20; i++) {
    runtime.clock.advance(60_000);
    const fired = runtime.triggers.fireDue();
    const last = fired[fired.length - 1];
    if (last?.ok) result = last.result as ActionResult;
  }
  const after = runtime.calls.snapshot();
  actions.push({
    action: fn,
    calls: after.total - before.total,
    modelled_google_ms: after.modelledMs - before.modelledMs,
    elapsed_ms: Date.now() - t,
  });
  return result;
}

/**
 * The register key file: the one named, else the register.key beside the workbook (where the
 * previous run left it with its result.xlsx), else a new one in the output folder.
 */
function registerKeyFile(options: Pick<Options, 'keyFile' | 'file'>, out: string): string {
  if (options.keyFile) return options.keyFile;
  const beside = options.file ? join(dirname(options.file), 'register.key') : '';
  return beside && existsSync(beside) ? beside : join(out, 'register.key');
}

function printSummary(
  out: string,
  written: string[],
  checked: ActionResult,
  stats: { elapsed_ms: number; calls_total: number; modelled_google_ms: number },
): void {
  console.log(CLI_TEXT.wrote(out));
  for (const w of written) console.log(`  ${w}`);
  console.log(CLI_TEXT.summary((checked.counts ?? {}) as Parameters<typeof CLI_TEXT.summary>[0]));
  const batch = checked.batchInfo;
  console.log(batch?.number ? CLI_TEXT.batch(batch.number, batch.accounts) : CLI_TEXT.nothingNew);
  console.log(CLI_TEXT.timing(stats.elapsed_ms, stats.calls_total, stats.modelled_google_ms));
}

/** Runs the add-on on an opened workbook and writes every result file. */
async function checkWorkbook(opened: WorkbookFile, options: Options, out: string, started: number): Promise<number> {
  let workbook: WorkbookData | GridWorkbook | null = opened.workbook;
  const readMs = Date.now() - started;
  // The owner runs it: with an empty Văn phòng list, only the owner may act.
  const runtime = createGasRuntime({
    workbook,
    user: options.user,
    owner: options.user,
    now: options.now,
    bundleDir: join(ROOT, 'build'),
  });
  // Cell objects are copied into the runtime (grids are adopted): let them go.
  workbook = null;
  const keyFile = registerKeyFile(options, out);
  trustDownloadedRegister(runtime);
  useRegisterKey(runtime, keyFile);
  boundToThisWorkbook(runtime.loadBundle());
  if (Object.keys(options.settings).length > 0) applySettings(runtime, options.settings);
  const actions: ActionFigures[] = [];
  // The same menu action Văn phòng uses: check, addresses, report, every file, one read.
  const checked = runAction(runtime, actions, 'menuRunAll');
  assertNothingRefused(runtime);
  if (!checked || !checked.ok) {
    // The add-on's own log (console.error of a caught fault) is what a developer needs.
    if (options.debug) for (const line of runtime.logs) console.error(line);
    throw new InputError(checked?.message ?? CLI_TEXT.unexpected);
  }
  const written = copyExports(runtime, checked.files ?? [], out);
  const batch = checked.batchInfo?.number ?? null;
  const writeStarted = Date.now();
  await saveWorkbook(runtime, join(out, 'result.xlsx'), await opened.prepared);
  const writeMs = Date.now() - writeStarted;
  written.unshift('result.xlsx', ...(await writeOfflineExtras(runtime, out, { ...options, batch })));
  keepRegisterKey(runtime, keyFile);
  const counts = checked.counts ?? {};
  const snapshot = runtime.calls.snapshot();
  const executions = actions.length + (Object.keys(options.settings).length > 0 ? 1 : 0);
  const stats = {
    rows: counts.rowsRead ?? 0,
    people: counts.people ?? 0,
    batch,
    counts,
    elapsed_ms: Date.now() - started,
    read_ms: readMs,
    write_ms: writeMs,
    calls: snapshot.byMethod,
    calls_total: snapshot.total,
    modelled_google_ms: snapshot.modelledMs,
    ...costFigures(runtime, snapshot, executions),
    actions,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  writeFileSync(join(out, 'stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
  written.push('stats.json');
  if (options.quiet) console.log(out);
  else printSummary(out, written, checked, stats);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const options = parseArgs(argv);
    debug = options.debug;
    if (options.command === 'help') {
      console.log(CLI_TEXT.help);
      return 0;
    }
    return await runOfflineCheck(options);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      console.error(error.message);
      return 2;
    }
    console.error(CLI_TEXT.unexpected);
    if (debug) console.error(error);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
