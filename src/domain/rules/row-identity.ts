/** Who a row's person is: name, birth date, gender and CCCD, the CCCD checked against the other two. */
import { FINDING_TEXT } from '../../i18n/findings';
import { cccdMatchesPerson, parseCccd } from '../cccd';
import { ROSTER_HEADER_TEXT } from '../columns';
import { ageOn, parseSheetDate } from '../dates';
import { parseGender } from '../email';
import type { RosterPerson } from '../person';
import { checkPersonName, cleanText } from '../text';
import type { CellValue } from '../types';
import type { RowFindings } from './row-findings';

export function checkName(cell: CellValue, person: RosterPerson, findings: RowFindings): void {
  const name = checkPersonName(cell);
  if (name.ok) {
    person.name = name.display;
    person.nameKey = name.key;
  } else if (name.problem === 'empty')
    findings.flag(
      'fullName',
      'REQUIRED',
      FINDING_TEXT.required(findings.headerText('fullName', ROSTER_HEADER_TEXT.fullName)),
    );
  else findings.flag('fullName', 'NAME_INVALID', FINDING_TEXT.name[name.problem]);
}

/** Kept only when real, past and of working age (18 to 70 at `now`). */
export function checkDob(cell: CellValue, now: Date, person: RosterPerson, findings: RowFindings): void {
  const dob = parseSheetDate(cell);
  if (dob.kind === 'empty')
    findings.flag('dob', 'REQUIRED', FINDING_TEXT.required(findings.headerText('dob', ROSTER_HEADER_TEXT.dob)));
  else if (dob.kind === 'invalid') findings.flag('dob', 'DOB_INVALID', FINDING_TEXT.dob[dob.reason](cleanText(cell)));
  else if (dob.date > now) findings.flag('dob', 'DOB_INVALID', FINDING_TEXT.dob.future);
  else {
    const age = ageOn(dob.date, now);
    if (age < 18 || age > 70) findings.flag('dob', 'DOB_INVALID', FINDING_TEXT.dob.age(age));
    else {
      person.dob = dob.date;
      person.dobIso = dob.iso;
    }
  }
}

export function checkGender(cell: CellValue, person: RosterPerson, findings: RowFindings): void {
  const gender = parseGender(cell);
  if (gender.kind === 'ok') person.gender = gender.value;
  else if (gender.kind === 'invalid') findings.flag('gender', 'GENDER_INVALID', FINDING_TEXT.gender(gender.raw));
}

/** Needs the birth date and gender already checked: a valid CCCD encodes both. */
export function checkCccd(cell: CellValue, person: RosterPerson, findings: RowFindings): void {
  const cccd = parseCccd(cell);
  if (cccd.kind === 'ok') {
    person.cccd = cccd.value;
    const match = cccdMatchesPerson(cccd, person.dob, person.gender);
    if (!match.ok) {
      const message =
        match.problem === 'sex'
          ? FINDING_TEXT.cccdDob.sex(person.gender ?? '')
          : FINDING_TEXT.cccdDob[match.problem](match.cccdYear, match.dobYear ?? 0);
      findings.flag('cccd', 'CCCD_DOB_MISMATCH', message);
    }
  } else if (cccd.kind === 'invalid') {
    const raw = cleanText(cell).replace(/[\s.-]/g, '');
    const message =
      cccd.reason === 'length'
        ? FINDING_TEXT.cccd.length(cccd.digits)
        : cccd.reason === 'non_digit'
          ? FINDING_TEXT.cccd.non_digit
          : cccd.reason === 'province'
            ? FINDING_TEXT.cccd.province(raw.padStart(12, '0').slice(0, 3))
            : FINDING_TEXT.cccd.century(raw.padStart(12, '0')[3]);
    findings.flag('cccd', 'CCCD_INVALID', message);
  }
}
