/**
 * Only the add-on assigns addresses. 'Email công vụ' shows what the register holds for the
 * row's person; any other text there was typed by someone, and is ADDRESS_TYPED. The row
 * gets nothing new in that run, and the run writes the true value back over the typed
 * text, which reaches no file or list (the message does not repeat it).
 */
import { FINDING_TEXT } from '../../i18n/findings';
import { ROSTER_HEADER_TEXT } from '../columns';
import { compareIdentity } from '../identity';
import type { RosterPerson } from '../person';
import { isActive, sealed, type RegisterEntry } from '../register';
import type { Seal } from '../seal';
import { columnText, flag, type RosterSheet } from './flag';

/**
 * `shown`: the address column as read, by roster index. A row showing its own person's
 * registered address is not flagged, even when another row of that person holds it
 * (a copied row is DUPLICATE_PERSON, one mistake one finding).
 */
export function flagTypedAddresses(
  tabs: readonly RosterSheet[],
  people: readonly RosterPerson[],
  shown: readonly string[],
  register: readonly RegisterEntry[],
  seal: Seal,
): void {
  let byAddress: Map<string, RegisterEntry> | null = null;
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const typed = shown[i] ?? '';
    if (p.blank || typed === '' || typed === p.ledgerAddress) continue;
    // Built only when some row shows what it does not hold: most runs never need it.
    byAddress ??= new Map(register.filter(isActive).map((e) => [e.address, e]));
    const entry = byAddress.get(typed);
    // The register keeps identities sealed: the row is compared the same way.
    if (entry && compareIdentity(sealed(p, seal), entry) === 'same') continue;
    const sheet = tabs[p.tab];
    const header = columnText(sheet, 'address', ROSTER_HEADER_TEXT.address);
    flag(sheet, p, 'address', ROSTER_HEADER_TEXT.address, 'ADDRESS_TYPED', FINDING_TEXT.addressTyped(header));
  }
}
