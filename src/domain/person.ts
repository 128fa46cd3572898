/**
 * One roster row turned into normalised values plus the findings that need only the
 * row itself. Cross-row rules (duplicates, accounts, CSDL) work on these records.
 */
import { FINDING_TEXT } from '../i18n/findings';
import { cccdMatchesPerson, parseCccd } from './cccd';
import type { Commune } from './communes';
import { resolveCommune } from './communes';
import type { RosterField } from './columns';
import { ageOn, parseSheetDate } from './dates';
import { parseEmail, parseGender } from './email';
import { parsePhone } from './phone';
import { checkPersonName, cleanText } from './text';
import type { CellValue, Finding, FindingCode } from './types';

export interface RosterPerson {
  sheetRow: number;
  blank: boolean;
  name: string; // display form when valid, else the cleaned text
  nameKey: string | null;
  dob: Date | null;
  dobIso: string | null;
  gender: 'Nam' | 'Nữ' | null;
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

/**
 * Fields that say who a person is. A row with none of them is blank and skipped, even when
 * a unit's template pre-fills its commune, unit, position or running number.
 */
const PERSON_FIELDS: RosterField[] = ['fullName', 'dob', 'staffId', 'cccd', 'phone', 'personalEmail', 'existingEmail'];

export function staffIdKey(raw: unknown): string | null {
  const text = cleanText(raw).replace(/\s+/g, '').toUpperCase();
  return text || null;
}

export function parseRosterRow(
  row: CellValue[],
  sheetRow: number,
  columns: RosterColumns,
  header: CellValue[],
  sheet: string,
  now: Date,
): RosterPerson {
  const cell = (field: RosterField): CellValue => {
    const index = columns[field];
    return index === undefined ? '' : (row[index] ?? '');
  };
  const findings: Finding[] = [];
  const flag = (field: RosterField, code: FindingCode, message: string): void => {
    const index = columns[field];
    findings.push({ sheet, row: sheetRow, column: index === undefined ? field : cleanText(header[index]), code, message });
  };
  const blank = PERSON_FIELDS.every((f) => cleanText(cell(f)) === '');
  const person: RosterPerson = {
    sheetRow,
    blank,
    name: cleanText(cell('fullName')),
    nameKey: null,
    dob: null,
    dobIso: null,
    gender: null,
    cccd: null,
    staffId: staffIdKey(cell('staffId')),
    phoneE164: '',
    phoneIsMobile: false,
    commune: null,
    communeText: cleanText(cell('commune')),
    unit: cleanText(cell('unit')),
    position: cleanText(cell('position')),
    personalEmail: '',
    existingEmail: '',
    ledgerAddress: cleanText(cell('address')).toLowerCase(),
    receivedAt: receivedAt(cell('receivedAt')),
    findings,
  };
  if (blank) return person;

  const communeResult = resolveCommune(cell('commune'));
  if (communeResult.kind === 'empty') flag('commune', 'REQUIRED', FINDING_TEXT.required(headerText(header, columns.commune, 'Tên UBND cấp xã')));
  else if (communeResult.kind === 'ok') person.commune = communeResult.commune;
  else if (communeResult.kind === 'ambiguous') flag('commune', 'COMMUNE_UNKNOWN', FINDING_TEXT.commune.ambiguous(person.communeText, communeResult.candidates));
  else if (communeResult.kind === 'old') flag('commune', 'COMMUNE_UNKNOWN', FINDING_TEXT.commune.old(person.communeText, communeResult.suggestions));
  else flag('commune', 'COMMUNE_UNKNOWN', FINDING_TEXT.commune.unknown(person.communeText, communeResult.suggestions));

  if (!person.unit) flag('unit', 'REQUIRED', FINDING_TEXT.required(headerText(header, columns.unit, 'Tên đơn vị')));

  const name = checkPersonName(cell('fullName'));
  if (name.ok) {
    person.name = name.display;
    person.nameKey = name.key;
  } else if (name.problem === 'empty') flag('fullName', 'REQUIRED', FINDING_TEXT.required(headerText(header, columns.fullName, 'Họ và tên')));
  else flag('fullName', 'NAME_INVALID', FINDING_TEXT.name[name.problem]);

  const dobRaw = cell('dob');
  const dob = parseSheetDate(dobRaw);
  if (dob.kind === 'empty') flag('dob', 'REQUIRED', FINDING_TEXT.required(headerText(header, columns.dob, 'Ngày sinh')));
  else if (dob.kind === 'invalid') flag('dob', 'DOB_INVALID', FINDING_TEXT.dob[dob.reason](cleanText(dobRaw)));
  else if (dob.date > now) flag('dob', 'DOB_INVALID', FINDING_TEXT.dob.future);
  else {
    const age = ageOn(dob.date, now);
    if (age < 18 || age > 70) flag('dob', 'DOB_INVALID', FINDING_TEXT.dob.age(age));
    else {
      person.dob = dob.date;
      person.dobIso = dob.iso;
    }
  }

  const gender = parseGender(cell('gender'));
  if (gender.kind === 'ok') person.gender = gender.value;
  else if (gender.kind === 'invalid') flag('gender', 'GENDER_INVALID', FINDING_TEXT.gender(gender.raw));

  const phone = parsePhone(cell('phone'));
  if (phone.kind === 'ok') {
    person.phoneE164 = phone.e164;
    person.phoneIsMobile = phone.type === 'mobile';
  } else if (phone.kind === 'invalid') flag('phone', 'PHONE_INVALID', FINDING_TEXT.phone(phone.raw));

  const cccd = parseCccd(cell('cccd'));
  if (cccd.kind === 'ok') {
    person.cccd = cccd.value;
    const match = cccdMatchesPerson(cccd, person.dob, person.gender);
    if (!match.ok) {
      const message =
        match.problem === 'sex'
          ? FINDING_TEXT.cccdDob.sex(person.gender ?? '')
          : FINDING_TEXT.cccdDob[match.problem](match.cccdYear, match.dobYear ?? 0);
      flag('cccd', 'CCCD_DOB_MISMATCH', message);
    }
  } else if (cccd.kind === 'invalid') {
    const raw = cleanText(cell('cccd')).replace(/[\s.\-]/g, '');
    const message =
      cccd.reason === 'length'
        ? FINDING_TEXT.cccd.length(cccd.digits)
        : cccd.reason === 'non_digit'
          ? FINDING_TEXT.cccd.non_digit
          : cccd.reason === 'province'
            ? FINDING_TEXT.cccd.province(raw.padStart(12, '0').slice(0, 3))
            : FINDING_TEXT.cccd.century(raw.padStart(12, '0')[3]);
    flag('cccd', 'CCCD_INVALID', message);
  }

  for (const [field, target] of [['personalEmail', 'personalEmail'], ['existingEmail', 'existingEmail']] as const) {
    const email = parseEmail(cell(field));
    if (email.kind === 'ok') person[target] = email.address;
    else if (email.kind === 'invalid') flag(field, 'EMAIL_INVALID', FINDING_TEXT.email(headerText(header, columns[field], field), email.raw));
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
    if (m) return new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  }
  return '';
}
