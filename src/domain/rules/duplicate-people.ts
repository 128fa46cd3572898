/** Second and later rows of one person are flagged, named after the first row. */
import { FINDING_TEXT } from '../../i18n/findings';
import { ROSTER_HEADER_TEXT } from '../columns';
import { findDuplicates } from '../duplicates';
import type { RosterPerson } from '../person';
import { flag, type RosterSheet } from './flag';

/**
 * `ordered` puts holders of a registered address first, so their row is the one kept (an
 * earlier tab in workbook order, then an earlier row, when none holds one).
 * Returns the dropped rows, each with the row kept for its person.
 */
export function flagDuplicatePeople(
  tabs: readonly RosterSheet[],
  ordered: RosterPerson[],
): Map<RosterPerson, RosterPerson> {
  const dropped = new Map<RosterPerson, RosterPerson>();
  for (const d of findDuplicates(ordered)) {
    dropped.set(d.duplicate, d.first);
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
