/** When a row was received, and AFTER_DEADLINE when that was past the settings' deadline. */
import { FINDING_TEXT } from '../../i18n/findings';
import { ROSTER_HEADER_TEXT } from '../columns';
import type { RosterPerson } from '../person';
import { flag, type RosterSheet } from './flag';

function formatStamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** `stampAt`: the run's time, given to rows not yet stamped; null leaves them unstamped. */
export function flagDeadline(sheet: RosterSheet, p: RosterPerson, stampAt: Date | null, deadline: Date | null): void {
  if (stampAt && p.receivedAt === '') p.receivedAt = stampAt;
  if (deadline && p.receivedAt instanceof Date && p.receivedAt > deadline) {
    flag(
      sheet,
      p,
      'receivedAt',
      ROSTER_HEADER_TEXT.receivedAt,
      'AFTER_DEADLINE',
      FINDING_TEXT.afterDeadline(formatStamp(p.receivedAt)),
    );
  }
}
