/**
 * The add-on's side of owned and reference sheets: where the owned sheets' ids are kept
 * (document properties: units type into cells, not into these), the refusal of a planted
 * register, and the reference sheets re-protected for Văn phòng on every run.
 */
import { REGISTER_TEXT } from '../i18n/register';
import { SHEETS } from '../sheets/names';
import type { WorkbookInput } from '../domain/types';
import {
  isOwnedSheet,
  OWNED_SHEET_IDS_KEY,
  type OwnedSheetIds,
  protectForOffice,
  readOwnedIds,
  recordedId,
  runnerMayEdit,
} from '../sheets/owned-sheet';
import { findRegister } from '../sheets/register-sheet';
import type { RunContext } from './run-context';

const IDS_KEY = OWNED_SHEET_IDS_KEY;

/** The sheets that decide who may get an address: Văn phòng's alone (spec, "Reference sheets are Văn phòng's"). */
export const REFERENCE_SHEETS: readonly string[] = [SHEETS.csdl, SHEETS.accounts, SHEETS.directory];

/** Owned sheets' ids, one small JSON document property. */
export function ownedSheetIds(props: GoogleAppsScript.Properties.Properties): OwnedSheetIds {
  // Read afresh each time: a run records ids as it makes sheets.
  return {
    get: (name) => recordedId(readOwnedIds(props), name),
    set: (name, id) => props.setProperty(IDS_KEY, JSON.stringify({ ...readOwnedIds(props), [name]: id })),
  };
}

/**
 * The refusal when 'Sổ địa chỉ' is not the add-on's own, or (for a run that writes it) when the
 * runner is not yet among its editors (an account added to the settings after the last run);
 * null when the run may go on.
 */
export function plantedRegister(ctx: RunContext, officeEmails: readonly string[], writes = false): string | null {
  const found = findRegister(ctx.ss, ownedSheetIds(ctx.props), officeEmails);
  if (found.state === 'planted') return REGISTER_TEXT.planted;
  if (writes && found.state === 'owned' && !runnerMayEdit(found.sheet)) return REGISTER_TEXT.notEditor;
  return null;
}

/**
 * Before a Văn phòng run reads anything: the refusal when the register is planted; else the
 * reference sheets protected (once per job), with what could not be kept in `warnings`.
 */
export function guardOwnedSheets(
  ctx: RunContext,
  officeEmails: readonly string[],
  memo: { warnings?: string[] },
  writesRegister: boolean,
): string | null {
  const planted = plantedRegister(ctx, officeEmails, writesRegister);
  if (planted) return planted;
  if (!memo.warnings) {
    const unprotected = protectReferenceSheets(ctx, officeEmails);
    memo.warnings = unprotected ? [unprotected] : [];
  }
  return null;
}

/** The input without a 'Sổ địa chỉ' whose id is not the recorded one (for runs that may not refuse, like a unit's form). */
export function withOwnRegisterOnly(ctx: RunContext, input: WorkbookInput): WorkbookInput {
  const sheet = input.register ? ctx.ss.getSheetByName(SHEETS.register) : null;
  return sheet && !isOwnedSheet(sheet, SHEETS.register, ownedSheetIds(ctx.props))
    ? { ...input, register: null }
    : input;
}

/**
 * Protects every reference sheet present for Văn phòng (again: a unit cannot loosen it, but a
 * copy of the workbook or a new sheet arrives unprotected). The note to show when one could not be.
 */
export function protectReferenceSheets(ctx: RunContext, officeEmails: readonly string[]): string | null {
  const failed = REFERENCE_SHEETS.filter((name) => {
    const sheet = ctx.ss.getSheetByName(name);
    return sheet !== null && !protectForOffice(sheet, officeEmails, REGISTER_TEXT.referenceProtection(name));
  });
  return failed.length > 0 ? REGISTER_TEXT.referenceUnprotected(failed) : null;
}
