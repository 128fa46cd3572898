/**
 * A model of the roll-out in batches, run against the built bundle in the local runtime:
 * units add late people and edit rows, Văn phòng exports ("Cấp địa chỉ và xuất tất cả tệp")
 * and resets passwords, the technical unit creates the accounts of the latest file (rejecting
 * some rows) and Văn phòng pastes the directory's list back, people sign in. After every step the Drive's files are read back and held to the
 * rules: an address is in one batch unless a reset re-issued it; each password appears only
 * in its own batch's files and hand-over list, the same in all of them; no account exported
 * earlier is in a later file with a password except by a reset; an earlier batch's files
 * are never rewritten; each batch holds exactly the addresses the model expects; and every
 * addressed row's `Trạng thái`, Báo cáo's exported / created / in use totals, and the
 * Director's page (its headline and its city row), are the model's.
 */
import { makeWorkbook, rosterRow } from '../addon/fixtures';
import { startRuntime, type Runtime } from '../addon/runtime';
import { FIGURE_HEADERS, SNAPSHOT_FIGURES } from '../../src/domain/dashboard/snapshot';
import { DASHBOARD_TEXT } from '../../src/i18n/dashboard';
import { formatCount } from '../../src/ui/dashboard-page';
import { openPage, pageHeader, pageTable } from '../dashboard/helpers';
import { fileText, handoverLines, passwordsOf } from './batches';

export type BatchOp =
  | { kind: 'add'; count: number }
  | { kind: 'edit'; at: number; phone: number }
  | { kind: 'export' }
  | { kind: 'reset'; picks: number[] }
  /** The technical unit creates the latest batch's accounts but the rejected ones; Văn phòng pastes the list. */
  | { kind: 'create'; rejects: number[] }
  /** Some created accounts sign in; Văn phòng pastes the list again. */
  | { kind: 'signIn'; picks: number[] };

const INITIAL = 40;
const POOL = 80;

interface Issued {
  batch: number;
  reset: boolean;
  passwords: Map<string, string>;
}

type Result = {
  ok: boolean;
  files?: { kind: string; fileId: string }[];
  batchInfo?: { number: number | null; reset: boolean };
};

const PROVISIONING_KINDS = ['google-workspace', 'entra', 'zimbra', 'google-reset', 'entra-reset', 'zimbra-reset'];

export class BatchModel {
  readonly rt: Runtime;
  private next = INITIAL;
  /** Every batch made so far, as the model saw it issued. */
  readonly batches: Issued[] = [];
  /** Addresses exported so far (by any batch). */
  private readonly exported = new Set<string>();
  private readonly fileBytes = new Map<string, string>();
  /** Exports that found nothing new. */
  nothingNew = 0;
  /** What the directory's list holds: created accounts, and those signed in. */
  private readonly created = new Set<string>();
  private readonly signedIn = new Set<string>();
  /** The batch whose files last carried each address with a password. */
  private readonly latestBatch = new Map<string, number>();
  directorySteps = 0;

  constructor() {
    this.rt = startRuntime(makeWorkbook({ rows: INITIAL, focalEmails: true }));
  }

  apply(op: BatchOp): void {
    if (op.kind === 'add') this.add(op.count);
    else if (op.kind === 'edit') this.edit(op.at, op.phone);
    else if (op.kind === 'export') this.export();
    else if (op.kind === 'reset') this.reset(op.picks);
    else this.directory(op);
    this.checkFiles();
    if (op.kind !== 'add' && op.kind !== 'edit') this.checkStatuses();
  }

  private add(count: number): void {
    const n = Math.min(count, POOL - this.next);
    if (n <= 0) return;
    const sheet = this.rt.spreadsheet.getSheetByName('Danh sách')!;
    const width = sheet.getLastColumn();
    const rows = Array.from({ length: n }, (_, k) => {
      const row = rosterRow(this.next + k) as unknown[];
      return Array.from({ length: width }, (_, c) => row[c] ?? '');
    });
    sheet.getRange(sheet.getLastRow() + 1, 1, n, width).setValues(rows);
    this.next += n;
  }

  /** A unit corrects a phone: nothing about who gets an address changes. */
  private edit(at: number, phone: number): void {
    const sheet = this.rt.spreadsheet.getSheetByName('Danh sách')!;
    const rows = sheet.getLastRow() - 1;
    sheet.getRange(2 + (at % rows), 10).setValue(`09${String(10_000_000 + phone).slice(-8)}`);
  }

  private export(): void {
    const before = new Set(this.exported);
    const r = this.rt.run<Result>('menuRunAll', [], { as: 'menu' });
    expect(r.ok).toBe(true);
    const shown = this.addressesShown();
    const expected = [...shown].filter((a) => !before.has(a)).sort();
    if (expected.length === 0) {
      expect(r.batchInfo?.number).toBeNull();
      expect(r.files!.map((f) => f.kind)).toEqual(['findings']);
      this.nothingNew++;
      return;
    }
    const issued = this.issued(r, false);
    expect([...issued.passwords.keys()].sort()).toEqual(expected);
  }

  private reset(picks: number[]): void {
    const pool = [...this.exported].sort();
    if (pool.length === 0) return;
    const chosen = [...new Set(picks.map((p) => pool[p % pool.length]))];
    this.rt.ui.answerNext('OK', chosen.join('\n'));
    this.rt.ui.answerNext('YES');
    const r = this.rt.run<Result>('menuResetPasswords', [], { as: 'menu' });
    expect(r.ok).toBe(true);
    const issued = this.issued(r, true);
    expect([...issued.passwords.keys()].sort()).toEqual(chosen.sort());
  }

  /** The batch a run made: its files agree with each other and with its hand-over lists. */
  private issued(r: Result, reset: boolean): Issued {
    const batch = r.batchInfo!.number!;
    expect(batch).toBe(this.batches.length + 1);
    expect(r.batchInfo!.reset).toBe(reset);
    const files = r.files!.filter((f) => PROVISIONING_KINDS.includes(f.kind));
    expect(files).toHaveLength(3);
    const maps = files.map((f) => passwordsOf(fileText(this.rt, f.fileId)));
    for (const m of maps) expect(m).toEqual(maps[0]);
    const lines = handoverLines(this.rt, batch);
    expect(new Map(lines.map((l) => [l.address, l.password]))).toEqual(maps[0]);
    const issued = { batch, reset, passwords: maps[0] };
    this.batches.push(issued);
    for (const a of maps[0].keys()) {
      this.exported.add(a);
      this.latestBatch.set(a, batch);
    }
    return issued;
  }

  /** The directory's list as Google's Download users gives it, then a check, as Văn phòng runs it. */
  private directory(op: Extract<BatchOp, { kind: 'create' | 'signIn' }>): void {
    if (op.kind === 'create') {
      const latest = this.batches.filter((b) => !b.reset).at(-1);
      if (!latest) return;
      const pool = [...latest.passwords.keys()].sort();
      const rejected = new Set(op.rejects.map((r) => pool[r % pool.length]));
      for (const a of pool) if (!rejected.has(a)) this.created.add(a);
    } else {
      const pool = [...this.created].sort();
      if (pool.length === 0) return;
      for (const p of op.picks) this.signedIn.add(pool[p % pool.length]);
    }
    const ss = this.rt.spreadsheet;
    const sheet = ss.getSheetByName('Danh bạ tài khoản') ?? ss.insertSheet('Danh bạ tài khoản');
    sheet.clear();
    const rows = [...this.created].map((a) => [
      a,
      'Active',
      this.signedIn.has(a) ? '2025/09/12 08:15:03' : 'Never logged in',
    ]);
    const table = [['Email Address [Required]', 'Status [READ ONLY]', 'Last Sign In [READ ONLY]'], ...rows];
    if (sheet.getMaxRows() < table.length) sheet.insertRowsAfter(sheet.getMaxRows(), table.length);
    sheet.getRange(1, 1, table.length, 3).setValues(table);
    // Văn phòng's next run reads the list (and exports whatever is new meanwhile).
    this.export();
    this.directorySteps++;
  }

  /** Trạng thái of every addressed row, and Báo cáo's totals, against the model. */
  private checkStatuses(): void {
    const sheet = this.rt.spreadsheet.getSheetByName('Danh sách')!;
    const grid = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
    const col = (h: string) => grid[0].map(String).indexOf(h);
    const [address, status] = [col('Email công vụ'), col('Trạng thái')];
    for (const row of grid.slice(1)) {
      const a = String(row[address]);
      if (!this.exported.has(a)) continue;
      const expected = this.signedIn.has(a)
        ? 'Đang sử dụng'
        : this.created.has(a)
          ? 'Đã tạo tài khoản'
          : `Đã xuất đợt ${this.latestBatch.get(a)}`;
      expect([a, row[status]]).toEqual([a, expected]);
    }
    const report = this.rt.spreadsheet.getSheetByName('Báo cáo')!;
    const table = report.getRange(1, 1, report.getLastRow(), report.getLastColumn()).getValues();
    const headerAt = table.findIndex((r) => r.map(String).includes('Đã xuất'));
    const total = table.find((r) => r[0] === 'Tổng cộng')!;
    const at = (h: string) => Number(total[table[headerAt].map(String).indexOf(h)]);
    expect([at('Đã xuất'), at('Đã tạo tài khoản'), at('Đang sử dụng')]).toEqual([
      this.exported.size,
      this.created.size,
      this.signedIn.size,
    ]);
    this.checkDashboard();
  }

  /** The Director's page as the web app serves it: mailboxes in use first, then the funnel. */
  private checkDashboard(): void {
    const { html } = openPage(this.rt);
    const shown = pageHeader(html).slice(2, -1);
    const city = pageTable(html).get('Tổng cộng')!;
    const figure = (header: string): string => {
      const key = SNAPSHOT_FIGURES.find((f) => FIGURE_HEADERS[f] === header)!;
      return city[shown.indexOf(DASHBOARD_TEXT.figures[key]) + 1];
    };
    const model = [this.exported.size, this.created.size, this.signedIn.size].map(formatCount);
    expect([figure('Đã xuất'), figure('Đã tạo tài khoản'), figure('Đang sử dụng')]).toEqual(model);
    const headline = html.match(/<section class="headline"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(headline).toContain(`${formatCount(this.signedIn.size)} / `);
  }

  private addressesShown(): Set<string> {
    const sheet = this.rt.spreadsheet.getSheetByName('Danh sách')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const col = header.indexOf('Email công vụ');
    return new Set(
      sheet
        .getRange(2, col + 1, sheet.getLastRow() - 1, 1)
        .getValues()
        .map((r) => String(r[0]))
        .filter(Boolean),
    );
  }

  /** The rules over every batch made so far, and no earlier file rewritten. */
  private checkFiles(): void {
    const firstBatch = new Map<string, number>();
    const owner = new Map<string, number>();
    for (const b of this.batches) {
      for (const [address, password] of b.passwords) {
        if (!b.reset) {
          // No address in two batches except by a reset.
          expect(firstBatch.has(address)).toBe(false);
          firstBatch.set(address, b.batch);
        } else expect(firstBatch.has(address)).toBe(true);
        // Each password only in its own batch.
        expect(owner.has(password)).toBe(false);
        owner.set(password, b.batch);
      }
    }
    for (const f of this.rt.drive.files) {
      const bytes = f.bytes.toString('base64');
      if (this.fileBytes.has(f.id)) expect(bytes).toBe(this.fileBytes.get(f.id));
      else this.fileBytes.set(f.id, bytes);
      const batch = /^Đợt (\d+) – /.exec(f.name);
      if (!batch || f.name.endsWith('.pdf')) continue;
      // Each password found in a file belongs to that file's batch.
      const text = f.bytes.toString('utf8');
      for (const [password, b] of owner) if (text.includes(password)) expect(b).toBe(Number(batch[1]));
    }
  }
}
