/** Second and later rows of one person are flagged, named after the first row. */
import { FINDING_TEXT } from '../../i18n/findings';
import { ROSTER_HEADER_TEXT } from '../columns';
import { findDuplicates } from '../duplicates';
import type { RosterPerson } from '../person';
import { flag, type RosterSheet } from './flag';

/** `ordered` puts holders of a registered address first, so their row is the one kept. Returns the dropped rows. */
export function flagDuplicatePeople(tabs: readonly RosterSheet[], ordered: RosterPerson[]): Set<RosterPerson> {
  const dropped = new Set<RosterPerson>();
  for (const d of findDuplicates(ordered)) {
    dropped.add(d.duplicate);
    const by = d.by === 'cccd' ? 'cccd' : d.by === 'staffId' ? 'staffId' : 'fullName';
    const { sheet, row } = d.first.ref;
    flag(
      tabs[d.duplicate.tab],
      d.duplicate,
      by,
      ROSTER_HEADER_TEXT.fullName,
      'DUPLICATE_PERSON',
      FINDING_TEXT.duplicate(sheet, row, d.first.name, d.first.unit, FINDING_TEXT.duplicateBy[d.by]),
    );
  }
  return dropped;
}
