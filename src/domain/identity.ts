/**
 * Who a person is, for addresses: Mã định danh, else CCCD, else normalised name and date
 * of birth. Two records are the same person, different people, or cannot be told apart.
 */

export interface Identity {
  staffId: string | null;
  cccd: string | null;
  nameKey: string | null;
  dobIso: string | null;
}

export type Sameness = 'same' | 'different' | 'unknown';

/** Decided by the strongest key both records carry. */
export function compareIdentity(a: Identity, b: Identity): Sameness {
  if (a.staffId && b.staffId) return a.staffId === b.staffId ? 'same' : 'different';
  if (a.cccd && b.cccd) return a.cccd === b.cccd ? 'same' : 'different';
  if (a.nameKey && a.dobIso && b.nameKey && b.dobIso)
    return a.nameKey === b.nameKey && a.dobIso === b.dobIso ? 'same' : 'different';
  return 'unknown';
}

/**
 * A row still holding an address it was given may have had one thing corrected since (a
 * name typo, a CCCD digit): it stays the address's holder as long as any key agrees. A
 * row that agrees on nothing holds someone else (pasted over, or a copied row retyped).
 */
export function sharesAKey(a: Identity, b: Identity): boolean {
  return (
    (!!a.staffId && a.staffId === b.staffId) ||
    (!!a.cccd && a.cccd === b.cccd) ||
    (!!a.nameKey && a.nameKey === b.nameKey) ||
    (!!a.dobIso && a.dobIso === b.dobIso)
  );
}

export const hasIdentity = (a: Identity): boolean => !!(a.staffId || a.cccd || (a.nameKey && a.dobIso));
