/** The person against the sector's CSDL snapshot: NOT_IN_CSDL, or CSDL_MISMATCH when found by ID with another name or birth date. */
import { FINDING_TEXT } from '../../i18n/findings';
import { ROSTER_HEADER_TEXT } from '../columns';
import type { RosterPerson } from '../person';
import { lookup } from '../reference-tables';
import { flag, type RosterSheet } from './flag';
import type { Csdl } from './references';

export function flagCsdlMatch(sheet: RosterSheet, p: RosterPerson, dropped: boolean, csdl: Csdl): void {
  if (!csdl?.ok || dropped || !(p.staffId || p.cccd || (p.nameKey && p.dobIso))) return;
  const hit = lookup(csdl.index, p);
  if (!hit) {
    flag(
      sheet,
      p,
      p.staffId ? 'staffId' : 'fullName',
      ROSTER_HEADER_TEXT.fullName,
      'NOT_IN_CSDL',
      FINDING_TEXT.notInCsdl,
    );
    return;
  }
  if (hit.by === 'nameDob') return;
  const nameDiffers = !!p.nameKey && !!hit.record.nameKey && p.nameKey !== hit.record.nameKey;
  const dobDiffers = !!p.dobIso && !!hit.record.dobIso && p.dobIso !== hit.record.dobIso;
  if (!nameDiffers && !dobDiffers) return;
  const what = nameDiffers && dobDiffers ? 'both' : nameDiffers ? 'name' : 'dob';
  flag(
    sheet,
    p,
    nameDiffers ? 'fullName' : 'dob',
    ROSTER_HEADER_TEXT.fullName,
    'CSDL_MISMATCH',
    FINDING_TEXT.csdlMismatch(FINDING_TEXT.csdlWhat[what]),
  );
}
