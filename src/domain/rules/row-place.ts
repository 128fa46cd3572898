/** Where a row's person works: the commune (current, after the 2025 merger) and the unit. */
import { FINDING_TEXT } from '../../i18n/findings';
import { ROSTER_HEADER_TEXT } from '../columns';
import { resolveCommune } from '../communes';
import type { RosterPerson } from '../person';
import type { CellValue } from '../types';
import type { RowFindings } from './row-findings';

export function checkCommune(cell: CellValue, person: RosterPerson, findings: RowFindings): void {
  const result = resolveCommune(cell);
  if (result.kind === 'empty')
    findings.flag(
      'commune',
      'REQUIRED',
      FINDING_TEXT.required(findings.headerText('commune', ROSTER_HEADER_TEXT.commune)),
    );
  else if (result.kind === 'ok') person.commune = result.commune;
  else if (result.kind === 'ambiguous')
    findings.flag('commune', 'COMMUNE_UNKNOWN', FINDING_TEXT.commune.ambiguous(person.communeText, result.candidates));
  else if (result.kind === 'old')
    findings.flag('commune', 'COMMUNE_UNKNOWN', FINDING_TEXT.commune.old(person.communeText, result.suggestions));
  else
    findings.flag('commune', 'COMMUNE_UNKNOWN', FINDING_TEXT.commune.unknown(person.communeText, result.suggestions));
}

export function checkUnit(person: RosterPerson, findings: RowFindings): void {
  if (!person.unit)
    findings.flag('unit', 'REQUIRED', FINDING_TEXT.required(findings.headerText('unit', ROSTER_HEADER_TEXT.unit)));
}
