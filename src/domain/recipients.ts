/**
 * Who receives a unit's hand-over list. 'Email đầu mối' in 'Tổng hợp' is only the unit's
 * proposal; Văn phòng approves one address per unit, kept in 'Đầu mối đã duyệt' (a sheet
 * only Văn phòng may edit). A unit's list goes to its approved address only while that is
 * the unit's one proposal: a new, changed, removed or second proposal (a copied row of the
 * unit with another address) sends it to Văn phòng until Văn phòng decides.
 */
import { RECIPIENT_TEXT } from '../i18n/handover';
import { cleanText } from './text';
import type { FocalContact } from './rules/summary-sheet';
import type { CellValue, RawTable } from './types';

export interface Approval {
  unitKey: string;
  /** 'unit — commune', for Văn phòng reading the sheet. */
  label: string;
  /** The approved address; '' when Văn phòng rejected every proposal so far. */
  address: string;
  at: Date | '';
  by: string;
  /** Proposals Văn phòng rejected: they wait no more. */
  rejected: string[];
}

export type Approvals = Map<string, Approval>;

export interface PendingRecipient {
  unitKey: string;
  label: string;
  old: string;
  proposed: string;
  /** Not an address of the domain (a personal mailbox, or a stranger's). */
  outside: boolean;
  /** The unit proposes more than one address: approved one by one only. */
  conflict: boolean;
}

const labelOf = (c: Pick<FocalContact, 'unit' | 'commune'>): string =>
  c.commune ? `${c.unit} — ${c.commune}` : c.unit;

export function parseApprovals(table: RawTable | null | undefined): Approvals {
  const approvals: Approvals = new Map();
  for (const row of table?.values.slice(1) ?? []) {
    const unitKey = cleanText(row[0]);
    if (!unitKey || approvals.has(unitKey)) continue;
    approvals.set(unitKey, {
      unitKey,
      label: cleanText(row[1]),
      address: cleanText(row[2]).toLowerCase(),
      at: row[3] instanceof Date ? row[3] : '',
      by: cleanText(row[4]),
      rejected: cleanText(row[5]).toLowerCase().split(/\s+/).filter(Boolean),
    });
  }
  return approvals;
}

export function approvalValues(approvals: Approvals): CellValue[][] {
  return [
    [...RECIPIENT_TEXT.header],
    ...[...approvals.values()].map((a): CellValue[] => [
      a.unitKey,
      a.label,
      a.address,
      a.at,
      a.by,
      a.rejected.join(' '),
    ]),
  ];
}

/** Every distinct proposal of each unit, in sheet order, with the unit's label. */
function proposalsByUnit(
  contacts: readonly FocalContact[] | null,
): Map<string, { label: string; addresses: string[] }> {
  const byUnit = new Map<string, { label: string; addresses: string[] }>();
  for (const c of contacts ?? []) {
    let unit = byUnit.get(c.unitKey);
    if (!unit) byUnit.set(c.unitKey, (unit = { label: labelOf(c), addresses: [] }));
    if (!unit.addresses.includes(c.email)) unit.addresses.push(c.email);
  }
  return byUnit;
}

/** Proposals neither approved nor rejected: what the approval dialog lists. */
export function pendingRecipients(
  contacts: readonly FocalContact[] | null,
  approvals: Approvals,
  domain: string,
): PendingRecipient[] {
  const pending: PendingRecipient[] = [];
  for (const [unitKey, unit] of proposalsByUnit(contacts)) {
    const a = approvals.get(unitKey);
    const waiting = unit.addresses.filter((x) => x !== a?.address && !a?.rejected.includes(x));
    for (const proposed of waiting)
      pending.push({
        unitKey,
        label: unit.label,
        old: a?.address ?? '',
        proposed,
        outside: !proposed.endsWith(`@${domain.toLowerCase()}`),
        conflict: waiting.length > 1,
      });
  }
  return pending;
}

/** Unit key → the address its list goes to; a unit not named goes to Văn phòng's list. */
export function approvedRecipients(
  contacts: readonly FocalContact[] | null,
  approvals: Approvals,
): Map<string, string> {
  const to = new Map<string, string>();
  for (const [unitKey, unit] of proposalsByUnit(contacts)) {
    const a = approvals.get(unitKey);
    if (!a?.address) continue;
    const undecided = unit.addresses.some((x) => x !== a.address && !a.rejected.includes(x));
    if (unit.addresses.includes(a.address) && !undecided) to.set(unitKey, a.address);
  }
  return to;
}

export interface Decision {
  unitKey: string;
  address: string;
}

/**
 * Văn phòng's decisions applied to `approvals` (a copy): only those still pending as the
 * dialog showed them count, the others are `stale` (Tổng hợp changed meanwhile).
 */
export function decide(
  approvals: Approvals,
  pending: readonly PendingRecipient[],
  decisions: { approve: readonly Decision[]; reject: readonly Decision[] },
  by: string,
  at: Date,
): { approvals: Approvals; approved: number; rejected: number; stale: number } {
  const next: Approvals = new Map([...approvals].map(([k, a]) => [k, { ...a, rejected: [...a.rejected] }]));
  const find = (d: Decision) => pending.find((p) => p.unitKey === d.unitKey && p.proposed === d.address);
  const entry = (p: PendingRecipient): Approval => {
    let a = next.get(p.unitKey);
    if (!a)
      next.set(p.unitKey, (a = { unitKey: p.unitKey, label: p.label, address: '', at: '', by: '', rejected: [] }));
    return a;
  };
  const counts = { approved: 0, rejected: 0, stale: 0 };
  const approvedUnits = new Set<string>();
  for (const d of decisions.approve) {
    const p = find(d);
    if (!p || approvedUnits.has(p.unitKey)) {
      counts.stale++;
      continue;
    }
    approvedUnits.add(p.unitKey);
    Object.assign(entry(p), { address: p.proposed, label: p.label, at, by });
    counts.approved++;
  }
  for (const d of decisions.reject) {
    const p = find(d);
    if (!p) {
      counts.stale++;
      continue;
    }
    const a = entry(p);
    if (!a.rejected.includes(p.proposed)) a.rejected.push(p.proposed);
    counts.rejected++;
  }
  return { approvals: next, ...counts };
}
