/** Addresses: the register stays; newcomers without a holding finding get the next free name. */
import { assignAddresses, RESERVED_LOCAL_PARTS } from '../addresses';
import type { Directory } from '../directory';
import type { RosterPerson } from '../person';
import { isActive, NO_BATCH, type RegisterEntry } from '../register';
import { cleanText } from '../text';
import type { Settings } from '../types';
import { holds } from './outcome';
import type { Accounts } from './references';

/** Orders newcomers by who they are, not where they stand, so numbering is stable. */
export function identityOf(p: RosterPerson): string {
  // join makes one flat string; a template literal would leave a rope that every comparison of the sort walks again.
  return [
    p.cccd ?? '',
    p.staffId ?? '',
    p.dobIso ?? '',
    p.nameKey ?? '',
    p.commune?.code ?? '',
    cleanText(p.unit).toLowerCase(),
  ].join('|');
}

/**
 * Every address no newcomer may take: active in the register, already in use (typed as
 * existing, in 'Tài khoản hiện có', or an account of the directory's list, released ones
 * included: the mailbox still exists), or reserved.
 */
export function takenAddresses(
  register: readonly RegisterEntry[],
  people: readonly RosterPerson[],
  accounts: Accounts,
  directory: Directory | null,
  domain: string,
): Set<string> {
  const suffix = `@${domain}`;
  const taken = new Set<string>();
  for (const e of register) if (isActive(e)) taken.add(e.address);
  for (const p of people) {
    if (p.existingEmail.endsWith(suffix)) taken.add(p.existingEmail);
  }
  if (accounts?.ok) for (const r of accounts.index.records) taken.add(r.email);
  if (directory) for (const address of directory.accounts.keys()) taken.add(address);
  for (const local of RESERVED_LOCAL_PARTS) taken.add(local + suffix);
  return taken;
}

/**
 * New addresses by roster index (empty when `assign` is off); each is appended to `register`.
 * `taken` must be computed before any newcomer is given one.
 */
export function assignNewAddresses(
  people: readonly RosterPerson[],
  dropped: Pick<ReadonlySet<RosterPerson>, 'has'>,
  register: RegisterEntry[],
  taken: Set<string>,
  settings: Pick<Settings, 'addressPattern'>,
  domain: string,
  assign: boolean,
): Map<number, string> {
  const newcomers = people.filter((p) => !p.blank && !p.ledgerAddress && !dropped.has(p) && !p.findings.some(holds));
  const fresh = assign
    ? assignAddresses(
        newcomers.map((p) => ({ key: p.index, fullName: p.name, identity: identityOf(p) })),
        taken,
        settings.addressPattern,
        domain,
      )
    : new Map<number, string>();
  for (const p of newcomers) {
    const address = fresh.get(p.index);
    if (address)
      register.push({
        address,
        staffId: p.staffId,
        cccd: p.cccd,
        name: p.name,
        nameKey: p.nameKey,
        dobIso: p.dobIso,
        releasedAt: '',
        releasedBy: '',
        ...NO_BATCH,
      });
  }
  return fresh;
}
