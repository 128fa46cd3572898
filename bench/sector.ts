/**
 * The sector's size for `npm run bench`: 2,000 units (18 a commune over the city's 114),
 * every one with a focal e-mail, on a Workspace account's 1,500 mails a day. The first batch
 * hands over to all of them across several executions; then nineteen batches of late
 * registrations follow. Figures: executions, calls, what the document properties hold.
 */
import { join } from 'node:path';
import { COMMUNES } from '../src/domain/communes';
import { createGasRuntime } from '../src/local/gas';
import { generateWorkbook } from '../sample/generator';

type Result = { ok: boolean; pending?: boolean; handover?: { lists: number; mailsSent: number; mailsPending: number } };
type Review = { pending: { unitKey: string; proposed: string; conflict?: boolean }[] };

type Runtime = ReturnType<typeof createGasRuntime>;

const OFFICE = 'vanphong.sogddt@haiphong.edu.vn';

/** "Duyệt tất cả" of the approval dialog, through the dialog's own server functions. */
function approveAll(rt: Runtime): number {
  const pending = rt.scriptRun<Review>(OFFICE, 'getRecipientReview')!.pending.filter((p) => !p.conflict);
  const approve = pending.map((p) => ({ unitKey: p.unitKey, address: p.proposed }));
  rt.scriptRun(OFFICE, 'decideRecipients', [{ approve, reject: [] }]);
  return approve.length;
}

/**
 * A job the time limit cut short carries on in its follow-up trigger, as in Google, for at
 * most `most` more executions. The bound script's trigger is due a minute after, so each
 * two-minute step fires one.
 */
function carryOn(rt: Runtime, result: Result, most: number): { result: Result; executions: number } {
  let executions = 0;
  while (result.pending && executions < most) {
    rt.clock.advance(120_000);
    const fired = rt.triggers.fireDue();
    executions += fired.length;
    if (fired.length) result = fired[fired.length - 1].result as Result;
  }
  return { result, executions };
}

export function sectorRun(root: string, now: Date): string[] {
  const { workbook } = generateWorkbook({
    people: 20_000,
    seed: 7,
    communeCodes: COMMUNES.map((c) => c.code),
    unitsPerCommune: 18,
    focalEmails: true,
  });
  const units = workbook.sheets.find((s) => s.name === 'Tổng hợp')!.rows.length - 1;
  // Late registrations: two people a week, held back from the first batch.
  const roster = workbook.sheets.find((s) => s.name === 'Danh sách')!;
  const late = roster.rows.splice(roster.rows.length - 38, 38);
  const rt = createGasRuntime({
    workbook,
    now,
    user: OFFICE,
    owner: OFFICE,
    bundleDir: join(root, 'build'),
    limits: { mailRecipientsPerDay: 1500 },
  });
  rt.loadBundle();
  // First use: Văn phòng approves every unit's proposed focal address at once.
  const approved = approveAll(rt);
  const { result, executions: resumed } = carryOn(rt, rt.run<Result>('menuRunAll', [], { as: 'menu' }), 59);
  const executions = 1 + resumed;
  const calls = rt.calls.snapshot();
  const store = (props: Record<string, string>) =>
    Object.entries(props).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  const largest = (props: Record<string, string>) => Math.max(...Object.values(props).map((v) => Buffer.byteLength(v)));
  const first = store(rt.properties.document);
  const sheet = rt.spreadsheet.getSheetByName('Danh sách')!;
  for (let b = 2; b <= 20; b++) {
    rt.clock.advance(7 * 24 * 3_600_000);
    for (const row of late.splice(0, 2)) sheet.appendRow(row.map((c) => c?.value ?? ''));
    approveAll(rt);
    carryOn(rt, rt.run<Result>('menuRunAll', [], { as: 'menu' }), 20);
  }
  const batches = (JSON.parse(rt.properties.document.batches ?? '[]') as unknown[]).length;
  const record = rt.spreadsheet.getSheetByName('Sổ bàn giao');
  const recipients = record
    ? new Set(
        record
          .getRange(2, 4, Math.max(1, record.getLastRow() - 1), 1)
          .getValues()
          .map((r) => r[0]),
      ).size
    : 0;
  return [
    `\n${units} đơn vị (Workspace, 1.500 thư/ngày): đợt 1 qua ${executions} lần chạy, ${calls.total} lệnh gọi, ` +
      `ước tính Google ${(calls.modelledMs / 1000).toFixed(0)} s; ${result.handover?.lists ?? 0} danh sách, ` +
      `${result.handover?.mailsSent ?? 0} thư đã gửi, ${result.handover?.mailsPending ?? 0} thư chờ hạn mức ngày sau; ` +
      `${approved} email đầu mối được duyệt một lần, Sổ bàn giao ghi ${recipients} người nhận`,
    `  thuộc tính tài liệu: ${(first / 1024).toFixed(0)} KB sau đợt 1, ${(store(rt.properties.document) / 1024).toFixed(0)} KB ` +
      `sau ${batches} đợt (giới hạn 500 KB), giá trị lớn nhất ${(largest(rt.properties.document) / 1024).toFixed(1)} KB (giới hạn 9 KB)`,
  ];
}
