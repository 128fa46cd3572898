/**
 * Model-based: random months of unit edits (reorder, sort, insert, delete, duplicate,
 * respell, move, typos and their fixes, corrected names, namesakes, people listed again)
 * interleaved with Văn phòng's runs of the built bundle in the local runtime. After every
 * assignment: no person shows two addresses, no address changes for its person or passes
 * to another, and every person whose rows are all valid has one. More sequences:
 * `npm run bench:model`.
 */
import fc from 'fast-check';
import { AddressModel, opArbitrary, runSequence, startArbitrary } from '../helpers/address-model';

describe('one person, one address, through every edit of the sheet', () => {
  it('holds for random sequences of edits and runs', () => {
    fc.assert(
      fc.property(startArbitrary, fc.array(opArbitrary, { minLength: 5, maxLength: 30 }), (start, ops) =>
        runSequence(start, ops),
      ),
      { numRuns: 30, seed: Number(process.env.MODEL_SEED ?? 20251129) },
    );
  });

  it('keeps the address of the row that holds it when the copy without it is moved above it (the reported case)', () => {
    const model = new AddressModel([
      { name: 3, ids: 0 },
      { name: 2, ids: 0 },
    ]);
    model.apply({ kind: 'assign' });
    model.apply({ kind: 'duplicate', at: 0, to: 0, withAddress: false });
    model.apply({ kind: 'sort', column: 'name', descending: true });
    model.apply({ kind: 'assign' });
    model.apply({ kind: 'reorder', seed: 7 });
    model.apply({ kind: 'assign' });
    expect(model.stats.runs).toBe(3);
  });

  it("never gives a deleted person's address to a namesake, and gives it back when they are listed again", () => {
    const model = new AddressModel([{ name: 2, ids: 0 }]);
    model.apply({ kind: 'assign' });
    model.apply({ kind: 'delete', at: 0 });
    model.apply({ kind: 'namesake', at: 0, of: 0, ids: 0 });
    model.apply({ kind: 'assign' });
    model.apply({ kind: 'restore', at: 1, which: 0 });
    model.apply({ kind: 'assign' });
    expect(model.stats.addressesShown).toBe(2);
  });
});
