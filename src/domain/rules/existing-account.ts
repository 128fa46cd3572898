/** A person who already has a mailbox in the domain gets none: HAS_ACCOUNT. */
import { FINDING_TEXT } from '../../i18n/findings';
import { ROSTER_HEADER_TEXT } from '../columns';
import type { RosterPerson } from '../person';
import { lookup } from '../reference-tables';
import { flag, type RosterSheet } from './flag';
import type { Accounts } from './references';

/** `dropped`: a duplicate row, whose person's kept row reports the account. */
export function flagExistingAccount(
  sheet: RosterSheet,
  p: RosterPerson,
  dropped: boolean,
  suffix: string,
  accounts: Accounts,
): void {
  // An account we provisioned from this very row is not "another" account.
  const own =
    !dropped && p.existingEmail.endsWith(suffix) && p.existingEmail !== p.ledgerAddress ? p.existingEmail : '';
  const match = accounts?.ok && !dropped ? lookup(accounts.index, p) : null;
  const found = own || (match && match.record.email !== p.ledgerAddress ? match.record.email : '');
  if (found)
    flag(
      sheet,
      p,
      own ? 'existingEmail' : 'fullName',
      ROSTER_HEADER_TEXT.fullName,
      'HAS_ACCOUNT',
      FINDING_TEXT.hasAccount(found),
    );
}
