/** Who receives a unit's hand-over list: only the address Văn phòng approved, while the unit proposes it alone. */
import fc from 'fast-check';
import * as R from '../../../src/domain/recipients';
import type { FocalContact } from '../../../src/domain/rules/summary-sheet';

const contact = (unit: number, email: string): FocalContact => ({
  unitKey: `10888|thcs ${unit}`,
  unit: `Trường THCS ${unit}`,
  commune: 'Phường Lê Chân',
  email,
});
const AT = new Date(2025, 8, 5, 9, 0);

function approveAll(contacts: FocalContact[], approvals: R.Approvals = new Map()): R.Approvals {
  const pending = R.pendingRecipients(contacts, approvals, 'haiphong.edu.vn');
  const approve = pending.filter((p) => !p.conflict).map((p) => ({ unitKey: p.unitKey, address: p.proposed }));
  return R.decide(approvals, pending, { approve, reject: [] }, 'vp@haiphong.edu.vn', AT).approvals;
}

describe('hand-over recipients', () => {
  it('waits for every new unit, marks addresses outside the domain, and approves them all at once', () => {
    const contacts = [contact(1, 'a@haiphong.edu.vn'), contact(2, 'b@gmail.com')];
    const pending = R.pendingRecipients(contacts, new Map(), 'haiphong.edu.vn');
    expect(pending.map((p) => [p.label, p.old, p.proposed, p.outside])).toEqual([
      ['Trường THCS 1 — Phường Lê Chân', '', 'a@haiphong.edu.vn', false],
      ['Trường THCS 2 — Phường Lê Chân', '', 'b@gmail.com', true],
    ]);
    expect(R.approvedRecipients(contacts, new Map()).size).toBe(0);
    const approved = approveAll(contacts);
    expect([...R.approvedRecipients(contacts, approved)]).toEqual([
      ['10888|thcs 1', 'a@haiphong.edu.vn'],
      ['10888|thcs 2', 'b@gmail.com'],
    ]);
    // Kept in a sheet and read back the same.
    expect(R.parseApprovals({ sheetName: 'Đầu mối đã duyệt', values: R.approvalValues(approved) })).toEqual(approved);
  });

  it('a changed, removed or second proposal sends the list to Văn phòng until Văn phòng decides', () => {
    const approved = approveAll([contact(1, 'a@haiphong.edu.vn')]);
    for (const now of [[contact(1, 'x@gmail.com')], [], [contact(1, 'x@gmail.com'), contact(1, 'a@haiphong.edu.vn')]])
      expect(R.approvedRecipients(now, approved).size).toBe(0);
    const two = [contact(1, 'x@gmail.com'), contact(1, 'a@haiphong.edu.vn')];
    const pending = R.pendingRecipients(two, approved, 'haiphong.edu.vn');
    expect(pending).toEqual([
      expect.objectContaining({ old: 'a@haiphong.edu.vn', proposed: 'x@gmail.com', conflict: false }),
    ]);
    const rejected = R.decide(
      approved,
      pending,
      { approve: [], reject: [{ unitKey: pending[0].unitKey, address: 'x@gmail.com' }] },
      'vp',
      AT,
    );
    expect(rejected.rejected).toBe(1);
    expect(R.approvedRecipients(two, rejected.approvals).get('10888|thcs 1')).toBe('a@haiphong.edu.vn');
  });

  it('counts a decision on what is no longer pending as stale and changes nothing', () => {
    const contacts = [contact(1, 'a@haiphong.edu.vn')];
    const pending = R.pendingRecipients(contacts, new Map(), 'haiphong.edu.vn');
    const made = R.decide(
      new Map(),
      pending,
      { approve: [{ unitKey: '10888|thcs 1', address: 'evil@gmail.com' }], reject: [] },
      'vp',
      AT,
    );
    expect(made).toMatchObject({ approved: 0, stale: 1 });
    expect(made.approvals.size).toBe(0);
  });

  it('for any proposals and decisions, a list only ever goes to an address Văn phòng approved for that unit', () => {
    const address = fc.constantFrom('a@haiphong.edu.vn', 'b@haiphong.edu.vn', 'x@gmail.com');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), address), { maxLength: 8 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), address, fc.boolean()), { maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), address), { maxLength: 8 }),
        (first, decisions, later) => {
          const contacts = first.map(([u, a]) => contact(u, a));
          const pending = R.pendingRecipients(contacts, new Map(), 'haiphong.edu.vn');
          const pick = (approve: boolean) =>
            decisions.filter((d) => d[2] === approve).map(([u, a]) => ({ unitKey: `10888|thcs ${u}`, address: a }));
          const { approvals } = R.decide(new Map(), pending, { approve: pick(true), reject: pick(false) }, 'vp', AT);
          const proposedLater = later.map(([u, a]) => contact(u, a));
          for (const [unitKey, to] of R.approvedRecipients(proposedLater, approvals)) {
            expect(approvals.get(unitKey)!.address).toBe(to);
            expect(first.some(([u, a]) => `10888|thcs ${u}` === unitKey && a === to)).toBe(true);
          }
        },
      ),
    );
  });
});
