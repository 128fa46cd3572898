/**
 * The sector's real size: about 2,000 units. A first batch hands over to every one of them
 * across several executions on a consumer account's 100 mails a day, then nineteen more
 * batches of late registrations follow. What the add-on keeps per unit and per batch stays
 * within Google's property quotas (9 KB a value, 500 KB a store):
 * https://developers.google.com/apps-script/guides/services/quotas ("Properties value size
 * 9 KB / val", "Properties total storage 500 KB / property store").
 */
import { approveAll } from '../helpers/recipients';
import { makeWorkbook, person, rosterRow } from './fixtures';
import { startRuntime, type Runtime } from './runtime';

const UNITS = 2000;
const VALUE_MAX = 9 * 1024;
const STORE_MAX = 500 * 1024;

type Result = {
  ok: boolean;
  pending?: boolean;
  batchInfo?: { number: number | null };
  handover?: { mailsPending: number };
};

/** One person a unit, each unit its own school, all with a focal e-mail. */
const row = (i: number) => rosterRow(i, { ...person(i), unit: `Trường Tiểu học ${person(i).commune} số ${i + 1}` });

function runToEnd(rt: Runtime): Result {
  let result = rt.run<Result>('menuRunAll', [], { as: 'menu' });
  for (let i = 0; i < 40 && result.pending; i++) {
    rt.clock.advance(120_000);
    const fired = rt.triggers.fireDue();
    if (fired.length) result = fired[fired.length - 1].result as Result;
  }
  return result;
}

function storeSize(props: Record<string, string>): { total: number; largest: number } {
  const sizes = Object.entries(props).map(([k, v]) => Buffer.byteLength(k) + Buffer.byteLength(v));
  return {
    total: sizes.reduce((a, b) => a + b, 0),
    largest: Math.max(0, ...Object.values(props).map((v) => Buffer.byteLength(v))),
  };
}

describe('2,000 units and 20 batches', () => {
  it('keeps per-unit and per-batch state within the property quotas, and counts the mails still waiting', () => {
    const rt = startRuntime(
      makeWorkbook({ rows: Array.from({ length: UNITS }, (_, i) => row(i)), focalEmails: true }),
      {
        limits: { mailRecipientsPerDay: 100 },
      },
    );
    // First use: Văn phòng approves all 2,000 focal addresses in one go.
    approveAll(rt);
    const first = runToEnd(rt);
    expect(first).toMatchObject({ ok: true, batchInfo: { number: 1 } });
    expect(first.handover!.mailsPending).toBe(UNITS - 100);
    // Nhật ký names the first recipients; Sổ bàn giao names every one, with its count.
    const record = rt.spreadsheet.getSheetByName('Sổ bàn giao')!;
    const handed = record.getRange(2, 1, record.getLastRow() - 1, 6).getValues();
    expect(new Set(handed.map((r) => r[3])).size).toBe(UNITS);
    expect(handed.every((r) => r[4] === 1 && String(r[3]).endsWith('@haiphong.edu.vn'))).toBe(true);
    const afterFirst = storeSize(rt.properties.document);
    // Half the store at most: Google's file ids are longer than the local runtime's (33 to 44
    // characters), and with the slips' PDF a waiting unit keeps a second id, some 60 bytes more
    // a unit, 115 KB for 1,900 units.
    expect(afterFirst.total).toBeLessThan(STORE_MAX / 2);
    expect(afterFirst.largest).toBeLessThan(VALUE_MAX);
    const sheet = rt.spreadsheet.getSheetByName('Danh sách')!;
    for (let b = 2; b <= 20; b++) {
      for (const k of [0, 1]) sheet.appendRow(row(UNITS + 2 * b + k) as unknown[]);
      rt.clock.advance(24 * 3_600_000);
      approveAll(rt);
      expect(runToEnd(rt)).toMatchObject({ ok: true, batchInfo: { number: b } });
    }
    const after = storeSize(rt.properties.document);
    expect(after.total).toBeLessThan(STORE_MAX);
    expect(after.largest).toBeLessThan(VALUE_MAX);
    expect(JSON.parse(rt.properties.document.batches).map((x: { n: number }) => x.n)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    // Each day's quota went to the oldest waiting mails; Nhật ký says how many still wait.
    expect(rt.mail.sent.length).toBeGreaterThan(100 * 19);
    const log = rt.spreadsheet.getSheetByName('Nhật ký')!;
    const last = String(log.getRange(log.getLastRow(), 8).getValue());
    expect(last).toMatch(/chưa gửi vì hết hạn mức thư trong ngày: \d+|thư đã gửi: \d+/);
  }, 600_000);
});
