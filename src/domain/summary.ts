/**
 * 'Tổng hợp': one row per unit. Its commune and focal phone are checked like the
 * roster's, and its declared head count against the rows the unit listed.
 */
import { BoundedCache } from './bounded-cache';
import { FINDING_TEXT } from '../i18n/findings';
import { SUMMARY_COLUMNS, type SummaryField } from './columns';
import { resolveCommune, type Commune } from './communes';
import { parseEmail } from './email';
import { explainInvalidPhone, parsePhone } from './phone';
import { isSubtotalRow, locateTable } from './sheet-layout';
import { cleanText, foldKey } from './text';
import type { CellValue, Finding, FindingCode, RawTable } from './types';

export interface DeclaredUnit {
  row: number;
  commune: Commune | null;
  unitKey: string;
  declared: number | null;
  unit: string;
  /** The focal person's e-mail, lower-case, when the sheet has the column and the cell is a valid address; else ''. */
  focalEmail: string;
}

/** School-type words as units write them in full or short: 'Trường Tiểu học X' and 'TH X' are one unit. */
const SCHOOL_WORDS: [RegExp, string][] = [
  [/^truong /, ''],
  [/\btrung hoc co so\b/, 'thcs'],
  [/\btrung hoc pho thong\b/, 'thpt'],
  [/\btieu hoc\b/, 'th'],
  [/\bmam non\b/, 'mn'],
  [/\bmau giao\b/, 'mg'],
];

/** A roster names few units over and over, so their keys are kept. */
const unitNameKeys = new BoundedCache<string>(100_000);

export function unitNameKey(unit: string): string {
  const hit = unitNameKeys.get(unit);
  if (hit !== undefined) return hit;
  let key = foldKey(unit);
  for (const [pattern, short] of SCHOOL_WORDS) key = key.replace(pattern, short);
  return unitNameKeys.keep(unit, key.trim());
}

export function unitKey(commune: Commune | null, communeText: string, unit: string): string {
  return `${commune ? commune.code : `?${foldKey(communeText)}`}|${unitNameKey(unit)}`;
}

/**
 * The 0-based rows below the header that may be units (subtotal rows such as 'Cộng' or
 * 'Tổng cộng' count units, they are not one), and how many of them name each unit.
 */
function unitRows(table: RawTable, columns: Partial<Record<SummaryField, number>>, firstRow: number) {
  const rows: number[] = [];
  const unitsNamed = new Map<string, number>();
  for (let i = firstRow - 1; i < table.values.length; i++) {
    const row = table.values[i];
    if (isSubtotalRow(row, columns.unit, [columns.focalPerson, columns.focalEmail])) continue;
    rows.push(i);
    const name = unitNameKey(cleanText(columns.unit === undefined ? '' : row[columns.unit]));
    if (name) unitsNamed.set(name, (unitsNamed.get(name) ?? 0) + 1);
  }
  return { rows, unitsNamed };
}

/** Roster rows per unit name: all of them, and those whose commune could not be resolved. */
export type ListedByName = ReadonlyMap<string, { total: number; unresolved: number }>;

/**
 * `listedByUnit` counts roster rows by unitKey. A row whose commune is unresolved (already
 * COMMUNE_UNKNOWN on its row) still counts toward the unit its unit name names when that
 * name is one unit's only; so does every row of a unit whose own commune in 'Tổng hợp' is
 * unresolved: one mistake, one finding.
 */
export function checkSummary(
  table: RawTable | null,
  listedByUnit: ReadonlyMap<string, number>,
  listedByName: ListedByName = new Map(),
):
  | { ok: true; units: DeclaredUnit[]; findings: Finding[]; focalEmailColumn: boolean }
  | { ok: false; missing: string[] }
  | null {
  if (!table || table.values.length === 0) return null;
  const located = locateTable(table.values, SUMMARY_COLUMNS);
  if (!located.ok) return { ok: false, missing: located.missing };
  const { header, match, firstRow } = located.layout;
  const { columns } = match;
  const findings: Finding[] = [];
  const units: DeclaredUnit[] = [];
  const { rows, unitsNamed } = unitRows(table, columns, firstRow);
  for (const i of rows) {
    const row = table.values[i];
    const sheetRow = i + 1;
    const at = (field: SummaryField): CellValue => {
      const index = columns[field];
      return index === undefined ? '' : (row[index] ?? '');
    };
    const flag = (field: SummaryField, code: FindingCode, message: string): void => {
      findings.push({
        sheet: table.sheetName,
        row: sheetRow,
        column: cleanText(header[columns[field] ?? 0]),
        code,
        message,
      });
    };
    const communeText = cleanText(at('commune'));
    const unit = cleanText(at('unit'));
    const declaredRaw = at('declared');
    if (!communeText && !unit && cleanText(declaredRaw) === '') continue;
    const resolved = resolveCommune(communeText);
    let commune: Commune | null = null;
    if (resolved.kind === 'ok') commune = resolved.commune;
    else if (resolved.kind === 'empty')
      flag('commune', 'REQUIRED', FINDING_TEXT.required(cleanText(header[columns.commune!])));
    else if (resolved.kind === 'ambiguous')
      flag('commune', 'COMMUNE_UNKNOWN', FINDING_TEXT.commune.ambiguous(communeText, resolved.candidates));
    else if (resolved.kind === 'old')
      flag('commune', 'COMMUNE_UNKNOWN', FINDING_TEXT.commune.old(communeText, resolved.suggestions));
    else flag('commune', 'COMMUNE_UNKNOWN', FINDING_TEXT.commune.unknown(communeText, resolved.suggestions));
    if (!unit) flag('unit', 'REQUIRED', FINDING_TEXT.required(cleanText(header[columns.unit!])));
    const declaredText = cleanText(declaredRaw).replace(/[.,\s]/g, '');
    let declared: number | null = null;
    if (!declaredText) flag('declared', 'REQUIRED', FINDING_TEXT.required(cleanText(header[columns.declared!])));
    else if (!/^\d+$/.test(declaredText))
      flag('declared', 'COUNT_MISMATCH', FINDING_TEXT.declaredInvalid(cleanText(declaredRaw)));
    else declared = Number(declaredText);
    const phone = parsePhone(at('phone'));
    if (phone.kind === 'invalid')
      flag('phone', 'PHONE_INVALID', FINDING_TEXT.phone(phone.raw, explainInvalidPhone(phone.raw)));
    const key = unitKey(commune, communeText, unit);
    const name = unitNameKey(unit);
    const byName = unitsNamed.get(name) === 1 ? listedByName.get(name) : undefined;
    const exact = listedByUnit.get(key) ?? 0;
    const listed = !byName ? exact : commune ? exact + byName.unresolved : byName.total;
    if (declared !== null && unit && declared !== listed)
      flag('declared', 'COUNT_MISMATCH', FINDING_TEXT.countMismatch(declared, listed));
    const focal = parseEmail(at('focalEmail'));
    units.push({
      row: sheetRow,
      commune,
      unitKey: key,
      declared,
      unit,
      focalEmail: focal.kind === 'ok' ? focal.address : '',
    });
  }
  return { ok: true, units, findings, focalEmailColumn: columns.focalEmail !== undefined };
}
