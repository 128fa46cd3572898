/**
 * Model-based: random sequences of late registrations, unit edits, exports, resets, accounts
 * created from the latest file (some rejected), the directory's list pasted and sign-ins, through
 * the built bundle (test/helpers/batch-model.ts holds the rules checked after every step).
 */
import fc from 'fast-check';
import { BatchModel, type BatchOp } from '../helpers/batch-model';

const add = fc.record({ kind: fc.constant('add' as const), count: fc.integer({ min: 1, max: 12 }) });
const op: fc.Arbitrary<BatchOp> = fc.oneof(
  add,
  add,
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(200), phone: fc.nat(99_999_999) }),
  fc.constant({ kind: 'export' as const }),
  fc.constant({ kind: 'export' as const }),
  fc.record({ kind: fc.constant('reset' as const), picks: fc.array(fc.nat(1000), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('create' as const), rejects: fc.array(fc.nat(1000), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('signIn' as const), picks: fc.array(fc.nat(1000), { minLength: 1, maxLength: 5 }) }),
);

describe('the roll-out in batches, through every sequence of runs', () => {
  it('issues each address once and each password in one batch only, resets apart, and Trạng thái, Báo cáo and the dashboard follow', () => {
    const seen = { laterBatches: 0, resets: 0, nothingNew: 0, directory: 0 };
    fc.assert(
      fc.property(fc.array(op, { minLength: 3, maxLength: 10 }), (ops) => {
        const model = new BatchModel();
        for (const o of [{ kind: 'export' as const }, ...ops]) model.apply(o);
        expect(model.batches.length).toBeGreaterThan(0);
        seen.laterBatches += model.batches.filter((b) => !b.reset && b.batch > 1).length;
        seen.resets += model.batches.filter((b) => b.reset).length;
        seen.nothingNew += model.nothingNew;
        seen.directory += model.directorySteps;
      }),
      { numRuns: 40, seed: Number(process.env.MODEL_SEED ?? 20251206) },
    );
    // The sequences reached every kind of batch, and runs with nothing new.
    expect(seen.laterBatches).toBeGreaterThan(10);
    expect(seen.resets).toBeGreaterThan(10);
    expect(seen.nothingNew).toBeGreaterThan(10);
    expect(seen.directory).toBeGreaterThan(10);
  }, 300_000);
});
