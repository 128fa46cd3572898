/**
 * One roster row turned into normalised values plus the findings that need only the
 * row itself. Cross-row rules (duplicates, accounts, CSDL) work on these records.
 */
import { FINDING_TEXT } from '../i18n/findings';
import { cccdMatchesPerson, parseCccd } from './cccd';
import type { Commune } from './communes';
import { resolveCommune } from './communes';
import { ROSTER_HEADER_TEXT, type Gender, type RosterField } from './columns';
import { ageOn, parseSheetDate } from './dates';
import { parseEmail, parseGender } from './email';
import { explainInvalidPhone, parsePhone } from './phone';
import { checkPersonName, cleanText } from './text';
import type { CellValue, Finding, FindingCode } from './types';

export interface RosterPerson {
  sheetRow: number;
  blank: boolean;
  name: string; // display form when valid, else the cleaned text
  nameKey: string | null;
  dob: Date | null;
  dobIso: string | null;
  gender: Gender | null;
  cccd: string | null;
  staffId: string | null;
  phoneE164: string;
  phoneIsMobile: boolean;
  commune: Commune | null;
  communeText: string;
  unit: string;
  position: string;
  personalEmail: string;
  existingEmail: string;
  ledgerAddress: string;
  receivedAt: Date | '';
  findings: Finding[];
}

export type RosterColumns = Partial<Record<RosterField, number>>;

export function staffIdKey(raw: unknown): string | null {
  const text = cleanText(raw).replace(/\s+/g, '').toUpperCase();
  return text || null;
}

function at(row: CellValue[], index: number | undefined): CellValue {
  return index === undefined ? '' : (row[index] ?? '');
}

/** Findings of one row: one small object rather than closures, as it is made for every row. */
class RowFindings {
  readonly list: Finding[] = [];
  constructor(
    private readonly sheet: string,
    private readonly sheetRow: number,
    private readonly columns: RosterColumns,
    private readonly header: CellValue[],
  ) {}

  flag(field: RosterField, code: FindingCode, message: string): void {
    const index = this.columns[field];
    this.list.push({
      sheet: this.sheet,
      row: this.sheetRow,
      column: index === undefined ? field : cleanText(this.header[index]),
      code,
      message,
    });
  }
}

export function parseRosterRow(
  row: CellValue[],
  sheetRow: number,
  columns: RosterColumns,
  header: CellValue[],
  sheet: string,
  now: Date,
): RosterPerson {
  const fullNameCell = at(row, columns.fullName);
  const dobCell = at(row, columns.dob);
  const staffIdCell = at(row, columns.staffId);
  const cccdCell = at(row, columns.cccd);
  const phoneCell = at(row, columns.phone);
  const personalEmailCell = at(row, columns.personalEmail);
  const existingEmailCell = at(row, columns.existingEmail);
  const communeCell = at(row, columns.commune);
  const nameText = cleanText(fullNameCell);
  // Only the fields that say who a person is count: a row with none of them is blank and
  // skipped, even when a unit's template pre-fills its commune, unit, position or number.
  const blank =
    nameText === '' &&
    cleanText(dobCell) === '' &&
    cleanText(staffIdCell) === '' &&
    cleanText(cccdCell) === '' &&
    cleanText(phoneCell) === '' &&
    cleanText(personalEmailCell) === '' &&
    cleanText(existingEmailCell) === '';
  const findings = new RowFindings(sheet, sheetRow, columns, header);
  const person: RosterPerson = {
    sheetRow,
    blank,
    name: nameText,
    nameKey: null,
    dob: null,
    dobIso: null,
    gender: null,
    cccd: null,
    staffId: staffIdKey(staffIdCell),
    phoneE164: '',
    phoneIsMobile: false,
    commune: null,
    communeText: cleanText(communeCell),
    unit: cleanText(at(row, columns.unit)),
    position: cleanText(at(row, columns.position)),
    personalEmail: '',
    existingEmail: '',
    ledgerAddress: cleanText(at(row, columns.address)).toLowerCase(),
    receivedAt: receivedAt(at(row, columns.receivedAt)),
    findings: findings.list,
  };
  if (blank) return person;

  const communeResult = resolveCommune(communeCell);
  if (communeResult.kind === 'empty')
    findings.flag(
      'commune',
      'REQUIRED',
      FINDING_TEXT.required(headerText(header, columns.commune, ROSTER_HEADER_TEXT.commune)),
    );
  else if (communeResult.kind === 'ok') person.commune = communeResult.commune;
  else if (communeResult.kind === 'ambiguous')
    findings.flag(
      'commune',
      'COMMUNE_UNKNOWN',
      FINDING_TEXT.commune.ambiguous(person.communeText, communeResult.candidates),
    );
  else if (communeResult.kind === 'old')
    findings.flag(
      'commune',
      'COMMUNE_UNKNOWN',
      FINDING_TEXT.commune.old(person.communeText, communeResult.suggestions),
    );
  else
    findings.flag(
      'commune',
      'COMMUNE_UNKNOWN',
      FINDING_TEXT.commune.unknown(person.communeText, communeResult.suggestions),
    );

  if (!person.unit)
    findings.flag('unit', 'REQUIRED', FINDING_TEXT.required(headerText(header, columns.unit, ROSTER_HEADER_TEXT.unit)));

  const name = checkPersonName(fullNameCell);
  if (name.ok) {
    person.name = name.display;
    person.nameKey = name.key;
  } else if (name.problem === 'empty')
    findings.flag(
      'fullName',
      'REQUIRED',
      FINDING_TEXT.required(headerText(header, columns.fullName, ROSTER_HEADER_TEXT.fullName)),
    );
  else findings.flag('fullName', 'NAME_INVALID', FINDING_TEXT.name[name.problem]);

  const dob = parseSheetDate(dobCell);
  if (dob.kind === 'empty')
    findings.flag('dob', 'REQUIRED', FINDING_TEXT.required(headerText(header, columns.dob, ROSTER_HEADER_TEXT.dob)));
  else if (dob.kind === 'invalid')
    findings.flag('dob', 'DOB_INVALID', FINDING_TEXT.dob[dob.reason](cleanText(dobCell)));
  else if (dob.date > now) findings.flag('dob', 'DOB_INVALID', FINDING_TEXT.dob.future);
  else {
    const age = ageOn(dob.date, now);
    if (age < 18 || age > 70) findings.flag('dob', 'DOB_INVALID', FINDING_TEXT.dob.age(age));
    else {
      person.dob = dob.date;
      person.dobIso = dob.iso;
    }
  }

  const gender = parseGender(at(row, columns.gender));
  if (gender.kind === 'ok') person.gender = gender.value;
  else if (gender.kind === 'invalid') findings.flag('gender', 'GENDER_INVALID', FINDING_TEXT.gender(gender.raw));

  const phone = parsePhone(phoneCell);
  if (phone.kind === 'ok') {
    person.phoneE164 = phone.e164;
    person.phoneIsMobile = phone.type === 'mobile';
  } else if (phone.kind === 'invalid')
    findings.flag('phone', 'PHONE_INVALID', FINDING_TEXT.phone(phone.raw, explainInvalidPhone(phone.raw)));

  const cccd = parseCccd(cccdCell);
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
    const raw = cleanText(cccdCell).replace(/[\s.-]/g, '');
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

  const personalEmail = parseEmail(personalEmailCell);
  if (personalEmail.kind === 'ok') person.personalEmail = personalEmail.address;
  else if (personalEmail.kind === 'invalid') {
    findings.flag(
      'personalEmail',
      'EMAIL_INVALID',
      FINDING_TEXT.email(headerText(header, columns.personalEmail, 'personalEmail'), personalEmail.raw),
    );
  }
  const existingEmail = parseEmail(existingEmailCell);
  if (existingEmail.kind === 'ok') person.existingEmail = existingEmail.address;
  else if (existingEmail.kind === 'invalid') {
    findings.flag(
      'existingEmail',
      'EMAIL_INVALID',
      FINDING_TEXT.email(headerText(header, columns.existingEmail, 'existingEmail'), existingEmail.raw),
    );
  }
  return person;
}

function headerText(header: CellValue[], index: number | undefined, fallback: string): string {
  return index === undefined ? fallback : cleanText(header[index]) || fallback;
}

function receivedAt(raw: CellValue): Date | '' {
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw;
  if (typeof raw === 'string' && raw.trim()) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(raw.trim());
    if (m)
      return new Date(
        Number(m[3]),
        Number(m[2]) - 1,
        Number(m[1]),
        Number(m[4] ?? 0),
        Number(m[5] ?? 0),
        Number(m[6] ?? 0),
      );
  }
  return '';
}
