/**
 * The "Đăng ký email công vụ" sidebar's server side. A unit's staff may add people
 * (they can edit the sheet anyway); the same runCheck as the menu judges the new row
 * against the whole workbook before it is written, in one write, below the last row.
 */
import { runCheck, type CheckResult } from '../domain/check';
import { matchServiceColumns, SERVICE_COLUMNS } from '../domain/columns';
import { COMMUNES, resolveCommune } from '../domain/communes';
import { cleanText } from '../domain/text';
import { registrationTab } from '../domain/registration-tab';
import { WARNING_CODES, type CellValue, type Finding, type RowRef, type WorkbookInput } from '../domain/types';
import { ACCESS } from '../i18n/access';
import { UI } from '../i18n/ui';
import { headerKey, locateRosterColumns, type UserField } from '../sheets/columns';
import { readWorkbookInput } from '../sheets/read';
import { queueSeen } from '../sheets/seen-queue';
import { withOwnRegisterOnly } from './owned-sheets';
import { registerKey } from './register-key';
import { readUnitSheets, writeRegisteredRow } from '../sheets/registration-sheet';
import { RECEIVED_AT_FORMAT } from '../sheets/owned-write-plan';
import { guarded } from './guard';
import { withUnitLock } from './lock-priority';
import { openRunContext, type RunContext } from './run-context';

/** The two plan 5277 choices ('Có' / 'Không') come with the person's own fields. */
export type ServiceChoiceField = 'eofficeRequest' | 'signatureRequest';
export type RegistrationForm = Partial<Record<Exclude<UserField, 'tt'> | ServiceChoiceField, string>>;
const SERVICE_CHOICES: ServiceChoiceField[] = ['eofficeRequest', 'signatureRequest'];

export interface FieldMessage {
  field: string;
  message: string;
}

export interface RegistrationCheck {
  ok: boolean;
  errors: FieldMessage[];
  warnings: FieldMessage[];
}

export type SubmitResult =
  | (RegistrationCheck & { ok: true; row: number; sheet: string })
  | (RegistrationCheck & { ok: false; message?: string })
  | { ok: false; message: string; busy?: boolean };

export interface CommuneOption {
  code: string;
  fullName: string;
  region: string;
}

export interface RegistrationFormData {
  communes: CommuneOption[];
  /** commune full name → unit names already seen in Tổng hợp / Danh sách. */
  units: Record<string, string[]>;
  genders: string[];
  positions: string[];
  /** The two plan 5277 choices offered beside the position. */
  serviceChoices: string[];
}

export function getRegistrationFormData(): RegistrationFormData | { ok: false; message: string } {
  return guarded(false, () => {
    const ctx = openRunContext(false);
    const units: Record<string, Set<string>> = {};
    for (const values of readUnitSheets(ctx.ss)) {
      const cols = locateRosterColumns(values[0] ?? []);
      if (!cols.commune || !cols.unit) continue;
      for (const row of values.slice(1)) {
        // The check's own reading of the commune: an ambiguous or old name offers nothing.
        const commune = resolveCommune(row[cols.commune - 1]);
        const unit = cleanText(row[cols.unit - 1]);
        if (commune.kind !== 'ok' || !unit) continue;
        (units[commune.commune.fullName] ??= new Set()).add(unit);
      }
    }
    return {
      communes: COMMUNES.map((c) => ({ code: String(c.code), fullName: c.fullName, region: c.region })),
      units: Object.fromEntries(
        Object.entries(units).map(([k, v]) => [k, [...v].sort((a, b) => a.localeCompare(b, 'vi'))]),
      ),
      genders: [...UI.validation.genders],
      positions: [...UI.validation.positions],
      serviceChoices: [...UI.validation.serviceChoices],
    };
  });
}

const FIELD_LABELS: Record<Exclude<UserField, 'tt'>, string> = {
  commune: UI.registration.commune,
  unit: UI.registration.unit,
  fullName: UI.registration.fullName,
  dob: UI.registration.dob,
  gender: UI.registration.gender,
  position: UI.registration.position,
  staffId: UI.registration.staffId,
  cccd: UI.registration.cccd,
  phone: UI.registration.phone,
  personalEmail: UI.registration.personalEmail,
  existingEmail: UI.registration.existingEmail,
  note: UI.registration.note,
};

/** yyyy-mm-dd (the date input) → a date cell at local midnight; other text kept as typed. */
function dobCell(text: string): CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : text;
}

interface Prepared {
  ok: true;
  header: CellValue[];
  /** Plan 5277 registration columns this row brings to a roster that had none (1-based). */
  added: { column: number; header: string }[];
  row: CellValue[];
  formats: string[];
  /** Where the row goes: its tab, sheet row, and the tab's header row. */
  at: RowRef;
  headerRow: number;
  input: WorkbookInput;
}

function prepare(ctx: RunContext, form: RegistrationForm): Prepared | { ok: false; message: string } {
  // A blank (or forged, non-form) submission would append a row of nothing.
  const typed = Object.keys(FIELD_LABELS).some((f) => String(form[f as keyof RegistrationForm] ?? '').trim() !== '');
  if (!typed) return { ok: false, message: ACCESS.emptyRegistration };
  const input = withOwnRegisterOnly(ctx, readWorkbookInput(ctx.ss));
  const tab = registrationTab(input.rosterTabs ?? [], form.commune ?? '', form.unit ?? '');
  if (!tab) return { ok: false, message: UI.registrationErrors.noRoster };
  const { table, layout } = tab;
  const header = layout.header;
  const cols = locateRosterColumns(header);
  const row: CellValue[] = header.map(() => '');
  const formats: string[] = header.map(() => '@');
  for (const field of Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]) {
    const column = cols[field];
    if (!column) continue;
    const typed = String(form[field] ?? '');
    row[column - 1] = field === 'dob' ? dobCell(typed) : typed;
    if (field === 'dob') formats[column - 1] = 'dd/mm/yyyy';
  }
  // Keep the running number going when the sheet has one.
  if (cols.tt) {
    const last = table.values[table.values.length - 1]?.[cols.tt - 1];
    if (typeof last === 'number') row[cols.tt - 1] = last + 1;
    formats[cols.tt - 1] = '0';
  }
  // A choice for eOffice or a digital signature goes into its registration column, which
  // the first such choice adds on the right when the roster has none.
  const services = matchServiceColumns(header);
  const added: Prepared['added'] = [];
  for (const field of SERVICE_CHOICES) {
    const typed = cleanText(form[field] ?? '');
    if (!typed) continue;
    let index = services.input[field];
    if (index === undefined) {
      index = header.length + added.length;
      added.push({ column: index + 1, header: SERVICE_COLUMNS.find((s) => s.field === field)!.header });
    }
    row[index] = typed;
    formats[index] = '@';
  }
  const fullHeader = [...header, ...added.map((a) => a.header)];
  const at = { sheet: table.sheetName, row: table.values.length + 1 };
  const headerRowValues = [...(table.values[layout.headerRow - 1] ?? []), ...added.map((a) => a.header)];
  const values = table.values.map((r, i) => (i === layout.headerRow - 1 ? headerRowValues : r));
  values.push(row);
  const rosterTabs = (input.rosterTabs ?? []).map((t) => (t === table ? { ...t, values } : t));
  return {
    ok: true,
    header: fullHeader,
    added,
    row,
    formats,
    at,
    headerRow: layout.headerRow,
    input: { ...input, rosterTabs },
  };
}

function fieldOf(header: CellValue[], column: string): string {
  const cols = locateRosterColumns(header);
  const key = headerKey(column);
  const services = matchServiceColumns(header).input;
  for (const field of SERVICE_CHOICES) {
    const index = services[field];
    if (index !== undefined && headerKey(header[index]) === key) return field;
  }
  const hit = (Object.keys(cols) as UserField[]).find((f) => headerKey(header[cols[f]! - 1]) === key);
  return hit ?? '';
}

function judge(
  ctx: RunContext,
  form: RegistrationForm,
  p: Prepared,
): { check: RegistrationCheck; result: CheckResult | null } {
  const typedProblems: FieldMessage[] = [];
  for (const [field, label] of Object.entries(FIELD_LABELS)) {
    if (
      String(form[field as keyof RegistrationForm] ?? '')
        .trim()
        .startsWith('=')
    )
      typedProblems.push({ field, message: UI.registrationErrors.formula(label) });
  }
  const result = runCheck(p.input, {
    settings: ctx.settings,
    now: new Date(ctx.startedAt),
    assignAddresses: false,
    stampReceivedAt: true,
    onlyRows: [p.at],
    registerKey: registerKey(ctx.props),
  });
  if (!result.ok)
    return { check: { ok: false, errors: [{ field: '', message: result.message }], warnings: [] }, result: null };
  const mine = result.findings.filter((f: Finding) => f.sheet === p.at.sheet && f.row === p.at.row);
  const toMessage = (f: Finding): FieldMessage => ({ field: fieldOf(p.header, f.column), message: f.message });
  const errors = [...typedProblems, ...mine.filter((f) => !WARNING_CODES.has(f.code)).map(toMessage)];
  const warnings = mine.filter((f) => WARNING_CODES.has(f.code)).map(toMessage);
  return { check: { ok: errors.length === 0, errors, warnings }, result };
}

export function validateRegistration(form: RegistrationForm): RegistrationCheck | { ok: false; message: string } {
  return guarded(false, () => {
    const ctx = openRunContext(false);
    const p = prepare(ctx, form ?? {});
    if (!p.ok) return { ok: false, errors: [{ field: '', message: p.message }], warnings: [] };
    return judge(ctx, form ?? {}, p).check;
  });
}

export function submitRegistration(form: RegistrationForm): SubmitResult {
  return guarded(false, () =>
    withUnitLock((): SubmitResult => {
      const ctx = openRunContext(false);
      const p = prepare(ctx, form ?? {});
      if (!p.ok) return { ok: false, errors: [{ field: '', message: p.message }], warnings: [] };
      const { check, result } = judge(ctx, form ?? {}, p);
      if (!check.ok || !result) return { ...check, ok: false };
      const row = [...p.row];
      const formats = [...p.formats];
      const newHeaders = new Map<number, string>(p.added.map((a) => [a.column, a.header]));
      const owned = result.owned.find((o) => o.sheet === p.at.sheet)?.columns ?? [];
      for (const o of owned) if (o.appended) newHeaders.set(o.column, o.header);
      for (const o of owned) {
        row[o.column - 1] = o.values[0] ?? '';
        formats[o.column - 1] = o.field === 'receivedAt' ? RECEIVED_AT_FORMAT : '@';
      }
      for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = '';
      for (let i = 0; i < formats.length; i++) if (formats[i] === undefined) formats[i] = '@';
      writeRegisteredRow(ctx.ss, p.at, p.headerRow, newHeaders, row, formats);
      queueSeen(ctx.props, result.newlySeen);
      return { ...check, ok: true, row: p.at.row, sheet: p.at.sheet };
    }),
  );
}
