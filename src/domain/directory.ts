/**
 * 'Danh bạ tài khoản': what the mail directory says exists. Văn phòng pastes or imports the
 * user list as the directory's console gives it; the check learns from it which addresses
 * are taken, which accounts were created and which are in use. Accounts are known by
 * address alone: the lists carry no date of birth or CCCD to tell a person by.
 */
import { DIRECTORY_COLUMNS, headerKey, matchColumns } from './columns';
import { parseEmail } from './email';
import { HEADER_SCAN_ROWS } from './sheet-layout';
import { cleanText } from './text';
import type { CellValue, RawTable } from './types';

export interface DirectoryAccount {
  /** Signed in at least once (a date in the last-sign-in column). */
  signedIn: boolean;
  /** Not suspended (Google's Status) nor blocked from signing in (Entra's accountEnabled). */
  enabled: boolean;
}

export interface Directory {
  /** Address (lower-case) → what the directory says of it; only addresses of the mail domain. */
  accounts: Map<string, DirectoryAccount>;
  /**
   * Whether the list has a sign-in column at all. Entra's "Download users" has none: its page
   * (learn.microsoft.com/entra/identity/users/users-bulk-download) lists userPrincipalName,
   * displayName, …, accountEnabled, … and no sign-in attribute; a Graph or PowerShell export may
   * add `signInActivity.lastSignInDateTime`, which is read when present.
   */
  knowsSignIns: boolean;
}

export type DirectoryLoad = { ok: true; directory: Directory } | { ok: false; missing: string[] } | null;

/**
 * A cell of the last-sign-in column says "signed in" when it holds a time: a date cell, a
 * serial number, or text with a year in it. Google writes 'Never logged in' otherwise
 * (and a console in Vietnamese its own words), which has no digits.
 */
export function showsSignIn(cell: CellValue): boolean {
  if (cell instanceof Date) return !Number.isNaN(cell.getTime());
  if (typeof cell === 'number') return cell > 0;
  return /\d{4}/.test(cleanText(cell));
}

/** Google's Status [READ ONLY] is 'Active' or 'Suspended'; Entra's accountEnabled is True or False. */
function isEnabled(status: CellValue, enabled: CellValue): boolean {
  if (enabled === false || headerKey(enabled) === 'false') return false;
  const s = headerKey(status);
  return !(s.includes('suspended') || s.includes('blocked') || s === 'locked' || s === 'closed' || s === 'disabled');
}

/** The spec's rule for title rows: the header is the first of the top rows holding the address column. */
function headerRow(values: CellValue[][]): { at: number; columns: ReturnType<typeof matchColumns> } | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SCAN_ROWS); r++) {
    const columns = matchColumns(values[r], DIRECTORY_COLUMNS);
    if (columns.missing.length === 0) return { at: r, columns };
  }
  return null;
}

/**
 * `zmprov -l gaa` prints bare addresses, one a line: a list pasted as it comes has no
 * header. The first address in column A within the top rows starts it (a title above it is left alone).
 */
function bareListStart(values: CellValue[][]): number | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SCAN_ROWS); r++)
    if (parseEmail(values[r]?.[0] ?? '').kind === 'ok') return r;
  return null;
}

export function loadDirectory(table: RawTable | null | undefined, domain: string): DirectoryLoad {
  if (!table) return null;
  const values = table.values;
  const suffix = `@${domain.toLowerCase()}`;
  const found = headerRow(values);
  const bare = found ? null : bareListStart(values);
  if (!found && bare === null)
    return { ok: false, missing: DIRECTORY_COLUMNS.filter((s) => s.required).map((s) => s.header) };
  const columns = found ? found.columns.columns : { email: 0 };
  const start = found ? found.at + 1 : bare!;
  const cell = (row: CellValue[], index: number | undefined): CellValue =>
    index === undefined ? '' : (row[index] ?? '');
  const accounts = new Map<string, DirectoryAccount>();
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    const email = parseEmail(cell(row, columns.email));
    if (email.kind !== 'ok' || !email.address.endsWith(suffix)) continue;
    const account: DirectoryAccount = {
      signedIn: showsSignIn(cell(row, columns.lastSignIn)),
      enabled: isEnabled(cell(row, columns.status), cell(row, columns.enabled)),
    };
    // An address listed twice (two lists pasted one under the other): what either says of it holds.
    const earlier = accounts.get(email.address);
    accounts.set(
      email.address,
      earlier
        ? { signedIn: earlier.signedIn || account.signedIn, enabled: earlier.enabled || account.enabled }
        : account,
    );
  }
  return { ok: true, directory: { accounts, knowsSignIns: columns.lastSignIn !== undefined } };
}
