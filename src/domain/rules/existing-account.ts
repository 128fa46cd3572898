/** A person who already has a mailbox in the domain gets none: HAS_ACCOUNT. */
import { FINDING_TEXT } from '../../i18n/findings';
import { ROSTER_HEADER_TEXT } from '../columns';
import type { RosterPerson } from '../person';
import { accountOwners } from './account-owners';
import { flag, type RosterSheet } from './flag';
import type { Accounts } from './references';

/**
 * `keptOf` maps each dropped duplicate row to the row kept for its person: that row reports
 * the account, the duplicate nothing.
 */
export function flagExistingAccounts(
  tabs: readonly RosterSheet[],
  live: readonly RosterPerson[],
  keptOf: ReadonlyMap<RosterPerson, RosterPerson>,
  suffix: string,
  accounts: Accounts,
): void {
  const kept = live.filter((p) => !keptOf.has(p));
  const owners = accountOwners(kept, keptOf, suffix, accounts);
  for (const p of kept) {
    // An account we provisioned from this very row is not "another" account.
    const own = p.existingEmail.endsWith(suffix) && p.existingEmail !== p.ledgerAddress ? p.existingEmail : '';
    const record = owners.get(p);
    const found = own || (record && record.email !== p.ledgerAddress ? record.email : '');
    if (found)
      flag(
        tabs[p.tab],
        p,
        own ? 'existingEmail' : 'fullName',
        ROSTER_HEADER_TEXT.fullName,
        'HAS_ACCOUNT',
        FINDING_TEXT.hasAccount(found),
      );
  }
}
