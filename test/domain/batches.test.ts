/**
 * The batch step on plain values: a new batch takes exactly what no earlier batch took and
 * numbers itself after the register's highest mark; carrying a batch on gives the same
 * records again; a reset re-marks only exported addresses; nothing new makes no batch.
 */
import fc from 'fast-check';
import { applyBatch, lastBatch } from '../../src/domain/batches';
import type { ProvisionRecord } from '../../src/domain/exports/records';
import { NO_BATCH, type RegisterEntry } from '../../src/domain/register';

const AT = new Date(2025, 8, 12, 9, 30);

const record = (address: string): ProvisionRecord => ({
  ref: { sheet: 'Danh sách', row: 2 },
  address,
  fullName: 'Nguyễn Văn An',
  givenName: 'An',
  familyAndMiddle: 'Nguyễn Văn',
  commune: 'Phường Lê Chân',
  communeCode: '11311',
  region: 'Đông',
  unit: 'Trường THCS Lê Chân',
  position: 'Giáo viên',
  staffId: '',
  personalEmail: '',
  phoneE164: '',
  phoneIsMobile: false,
});

const entry = (address: string, batch: number | null): RegisterEntry => ({
  address,
  staffId: null,
  cccd: null,
  name: 'Nguyễn Văn An',
  nameKey: null,
  dobIso: null,
  releasedAt: '',
  releasedBy: '',
  ...NO_BATCH,
  batch,
  exportedAt: batch === null ? null : AT,
});

/** A register of up to 30 addresses, some already in batches 1..5, and which of them are in the roster now. */
const world = fc.array(
  fc.record({ batch: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), listed: fc.boolean() }),
  {
    maxLength: 30,
  },
);

describe('the batch step', () => {
  it('puts in a new batch exactly the listed addresses no batch exported, numbered after the highest', () => {
    fc.assert(
      fc.property(world, (w) => {
        const entries = w.map((x, i) => entry(`a${i}@haiphong.edu.vn`, x.batch));
        const listed = w.flatMap((x, i) => (x.listed ? [record(`a${i}@haiphong.edu.vn`)] : []));
        const before = lastBatch(entries);
        const out = applyBatch(
          entries,
          { mailbox: listed, eoffice: [], signature: [] },
          {
            kind: 'new',
            at: AT,
            mailbox: true,
            eoffice: true,
            signature: true,
          },
        );
        const fresh = w.flatMap((x, i) => (x.listed && x.batch === null ? [`a${i}@haiphong.edu.vn`] : []));
        expect([...out.mailbox]).toEqual(fresh);
        expect(out.number).toBe(fresh.length > 0 ? before + 1 : null);
        for (const e of entries)
          if (fresh.includes(e.address)) expect(e).toMatchObject({ batch: before + 1, exportedAt: AT });
        // Carried on in a later part: the same records again, nothing re-marked.
        if (out.number !== null) {
          const again = applyBatch(
            entries,
            { mailbox: listed, eoffice: [], signature: [] },
            {
              kind: 'resume',
              number: out.number,
              reset: false,
            },
          );
          expect(again.mailbox).toEqual(out.mailbox);
          expect(again.firstChanged).toBe(entries.length);
        }
      }),
    );
  });

  it('resets only exported addresses, in a batch of their own', () => {
    fc.assert(
      fc.property(world, fc.array(fc.nat(40), { maxLength: 6 }), (w, picks) => {
        const entries = w.map((x, i) => entry(`a${i}@haiphong.edu.vn`, x.batch));
        const listed = w.map((_, i) => record(`a${i}@haiphong.edu.vn`));
        const typed = picks.map((p) => `A${p}@haiphong.edu.vn`);
        const before = lastBatch(entries);
        const out = applyBatch(
          entries,
          { mailbox: listed, eoffice: [], signature: [] },
          {
            kind: 'reset',
            at: AT,
            select: { addresses: typed },
          },
        );
        const expected = w.flatMap((x, i) => (x.batch !== null && picks.includes(i) ? [`a${i}@haiphong.edu.vn`] : []));
        expect([...out.mailbox]).toEqual(expected);
        expect(out.number).toBe(expected.length > 0 ? before + 1 : null);
        expect(out.reset).toBe(true);
      }),
    );
  });
});
