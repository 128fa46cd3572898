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
 * Both records carry a Mã định danh, or both a CCCD, and these differ: they are two people,
 * whatever their names and birth dates say (namesakes born the same day are common at the
 * city's size), so no match by name and birth date may link them.
 */
export function identifiersDiffer(a: Identity, b: Identity): boolean {
  return (!!a.staffId && !!b.staffId && a.staffId !== b.staffId) || (!!a.cccd && !!b.cccd && a.cccd !== b.cccd);
}

/**
 * A row still holding an address it was given may have had one thing corrected since (a
 * name typo, a CCCD digit): it stays the address's holder while more of its keys agree
 * with the address's person than disagree. A row that mostly disagrees holds someone
 * else (pasted over, or a copied row retyped), even a namesake; so does a row whose Mã
 * định danh or CCCD contradicts the address's person, however much else agrees.
 */
export function mostlyAgrees(a: Identity, b: Identity): boolean {
  if (identifiersDiffer(a, b)) return false;
  let agree = 0;
  let disagree = 0;
  for (const key of ['staffId', 'cccd', 'nameKey', 'dobIso'] as const) {
    const x = a[key];
    const y = b[key];
    if (!x || !y) continue;
    if (x === y) agree += 1;
    else disagree += 1;
  }
  return agree > disagree;
}
