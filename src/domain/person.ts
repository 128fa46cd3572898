/**
 * One roster row turned into normalised values plus the findings that need only the
 * row itself. Cross-row rules (duplicates, accounts, CSDL) work on these records.
 */
import type { Commune } from './communes';
import type { Gender } from './columns';
import { checkEmail, checkPhone } from './rules/row-contact';
import { RowFindings, type RosterColumns } from './rules/row-findings';
import { checkCccd, checkDob, checkGender, checkName } from './rules/row-identity';
import { checkCommune, checkUnit } from './rules/row-place';
import { cleanText } from './text';
import type { CellValue, Finding, RowRef } from './types';

export interface RosterPerson {
  /** Where the row is: its tab and sheet row. */
  ref: RowRef;
  /** Position in the roster (all tabs, workbook order then row order): what per-person lists are indexed by. */
  index: number;
  /** Index of its tab in the roster. */
  tab: number;
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

export type { RosterColumns } from './rules/row-findings';

export function staffIdKey(raw: unknown): string | null {
  const text = cleanText(raw).replace(/\s+/g, '').toUpperCase();
  return text || null;
}

function at(row: CellValue[], index: number | undefined): CellValue {
  return index === undefined ? '' : (row[index] ?? '');
}

/**
 * Only the fields that say who a person is count: a row with none of them is blank and
 * skipped, even when a unit's template pre-fills its commune, unit, position or number.
 */
function isBlank(row: CellValue[], columns: RosterColumns, nameText: string): boolean {
  return (
    nameText === '' &&
    cleanText(at(row, columns.dob)) === '' &&
    cleanText(at(row, columns.staffId)) === '' &&
    cleanText(at(row, columns.cccd)) === '' &&
    cleanText(at(row, columns.phone)) === '' &&
    cleanText(at(row, columns.personalEmail)) === '' &&
    cleanText(at(row, columns.existingEmail)) === ''
  );
}

/** The row's values as read, before any rule: what a blank row keeps. */
function rawPerson(
  row: CellValue[],
  place: RowPlace,
  columns: RosterColumns,
  nameText: string,
  blank: boolean,
): RosterPerson {
  return {
    ref: place.ref,
    index: place.index,
    tab: place.tab,
    blank,
    name: nameText,
    nameKey: null,
    dob: null,
    dobIso: null,
    gender: null,
    cccd: null,
    staffId: staffIdKey(at(row, columns.staffId)),
    phoneE164: '',
    phoneIsMobile: false,
    commune: null,
    communeText: cleanText(at(row, columns.commune)),
    unit: cleanText(at(row, columns.unit)),
    position: cleanText(at(row, columns.position)),
    personalEmail: '',
    existingEmail: '',
    ledgerAddress: cleanText(at(row, columns.address)).toLowerCase(),
    receivedAt: receivedAt(at(row, columns.receivedAt)),
    findings: [],
  };
}

/** Where a parsed row goes: its reference, roster index and tab index. */
export interface RowPlace {
  ref: RowRef;
  index: number;
  tab: number;
}

export function parseRosterRow(
  row: CellValue[],
  place: RowPlace,
  columns: RosterColumns,
  header: CellValue[],
  now: Date,
): RosterPerson {
  const fullNameCell = at(row, columns.fullName);
  const nameText = cleanText(fullNameCell);
  const person = rawPerson(row, place, columns, nameText, isBlank(row, columns, nameText));
  if (person.blank) return person;
  const findings = new RowFindings(place.ref.sheet, place.ref.row, columns, header);
  person.findings = findings.list;
  checkCommune(at(row, columns.commune), person, findings);
  checkUnit(person, findings);
  checkName(fullNameCell, person, findings);
  checkDob(at(row, columns.dob), now, person, findings);
  checkGender(at(row, columns.gender), person, findings);
  checkPhone(at(row, columns.phone), person, findings);
  checkCccd(at(row, columns.cccd), person, findings);
  person.personalEmail = checkEmail(at(row, columns.personalEmail), 'personalEmail', findings);
  person.existingEmail = checkEmail(at(row, columns.existingEmail), 'existingEmail', findings);
  return person;
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
