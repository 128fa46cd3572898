/** 'Tổng hợp' against the roster: each unit's declared count, and the units' focal contacts for the digests. */
import { REPORT_TEXT } from '../../i18n/findings';
import { checkSummary } from '../summary';
import type { RawTable } from '../types';
import type { UnitTally } from './unit-tally';

export type SummaryCheck = ReturnType<typeof checkSummary>;

/** A unit's focal person on 'Tổng hợp', for the hourly digests. */
export interface FocalContact {
  unitKey: string;
  unit: string;
  /** The commune's full name as resolved ('' when it is not). */
  commune: string;
  email: string;
}

export function checkSummarySheet(table: RawTable | null, tally: UnitTally, notes: string[]): SummaryCheck {
  const summary = checkSummary(table, tally.listedByUnit, tally.listedByName);
  if (summary === null) notes.push(REPORT_TEXT.noSummary);
  else if (!summary.ok) notes.push(REPORT_TEXT.missingOptional(table!.sheetName, summary.missing));
  return summary;
}

/** Units with a valid focal e-mail; null when 'Tổng hợp' is absent, unusable or has no e-mail column. */
export function focalContacts(summary: SummaryCheck): FocalContact[] | null {
  if (!summary?.ok || !summary.focalEmailColumn) return null;
  return summary.units
    .filter((u) => u.focalEmail)
    .map((u) => ({ unitKey: u.unitKey, unit: u.unit, commune: u.commune?.fullName ?? '', email: u.focalEmail }));
}
