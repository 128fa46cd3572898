/**
 * Protected sheets and ranges, as Google's reference describes them:
 * https://developers.google.com/apps-script/reference/spreadsheet/protection (and Sheet.protect(),
 * Range.protect() on the Sheet and Range pages), and the Sheets API's ProtectedRange
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#protectedrange).
 *
 * Sources, honestly: the `search` tool returned the Protection page's opening and examples
 * verbatim (the "Ensure the current user is an editor before removing others" example) and the
 * API's ProtectedRange.warningOnly and editors texts verbatim ([api]). The method descriptions
 * marked [page] are the reference's wording as known, not returned verbatim by the tool.
 * Error texts are marked verbatim or assumed at each use.
 */
import type { ProtectionData } from '../workbook-data';
import { parseA1 } from './a1';
import type { Env } from './env';
import { GAS_ERRORS, gasException } from './errors';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

type UserLike = string | { getEmail(): string };

const emailOf = (u: UserLike): string => (typeof u === 'string' ? u : u.getEmail()).trim().toLowerCase();
const domainOf = (email: string): string => email.split('@')[1] ?? '';

/**
 * Who may edit what a protection covers. [page] canEdit(): "The spreadsheet owner is always
 * able to edit protected ranges and sheets." [page] Sheet.protect()/Range.protect(): "Until
 * the script actually changes the list of editors … the permissions mirror those of the
 * spreadsheet itself, which effectively means that the sheet remains unprotected."
 * [page] setWarningOnly(): "Warning-based protection means that every user can edit data in
 * the area, except editing prompts a warning asking the user to confirm the edit." [api]
 * ProtectedRange.warningOnly: "When writing: if this field is true, then editors are ignored."
 */
function mayEdit(env: Env, p: ProtectionData): boolean {
  const user = env.current.user.trim().toLowerCase();
  const owner = env.owner.trim().toLowerCase();
  if (owner && user === owner) return true;
  if (p.mirrorsSpreadsheet || p.warningOnly) return true;
  if (p.domainEdit && owner && domainOf(user) === domainOf(owner)) return true;
  return p.editors.some((e) => e.trim().toLowerCase() === user);
}

/** True when `p` covers any cell of the block (a sheet protection covers every cell). */
function covers(
  p: ProtectionData,
  block: { row: number; column: number; numRows: number; numColumns: number },
): boolean {
  if (p.range === null) return true;
  const g = parseA1(p.range);
  if (!g) return false;
  const rows = g.wholeColumns ? [1, Infinity] : [g.row, g.row + g.numRows - 1];
  const columns = g.wholeRows ? [1, Infinity] : [g.column, g.column + g.numColumns - 1];
  return !(
    block.row > rows[1] ||
    block.row + block.numRows - 1 < rows[0] ||
    block.column > columns[1] ||
    block.column + block.numColumns - 1 < columns[0]
  );
}

/**
 * Refuses the current user a change to a block (or, without one, to the sheet itself: rename,
 * clear, insert, delete) that a protection they may not edit covers. [page] Range.protect():
 * "If a cell is protected by multiple protected ranges and any of them prevent a particular
 * user from editing the cell, then that user is not permitted to edit the cell."
 * Error text: protectedCell, verbatim as error-sources.ts marks it (field reports quote it); the
 * same text for a protected sheet's name, rows and deletion is assumed.
 */
export function refuseUnlessEditable(
  env: Env,
  protections: readonly ProtectionData[],
  block?: { row: number; column: number; numRows: number; numColumns: number },
): void {
  for (const p of protections) {
    if (!block && p.range !== null) continue;
    if (block && !covers(p, block)) continue;
    if (!mayEdit(env, p)) throw gasException(GAS_ERRORS.protectedCell);
  }
}

export class Protection {
  constructor(
    private readonly env: Env,
    readonly data: ProtectionData,
    private readonly remove_: () => void,
  ) {}

  /**
   * Only those who may edit the protected area may read its editors or change it. [page]
   * getEditors() and canDomainEdit(): "Throws an exception if the user does not have permission
   * to edit the protected range or sheet." ([api], verbatim, of ProtectedRange.editors: "This
   * field is only visible to users with edit access to the protected range and the document.")
   * Changing or removing a protection without that
   * permission is refused likewise (the Sheets UI offers it only to the protection's editors).
   * Error text assumed.
   */
  private requireEditor(): void {
    if (!mayEdit(this.env, this.data)) throw gasException(GAS_ERRORS.protectionDenied);
  }

  /** The first change of editors turns the mirrored list into the protection's own. */
  private ownList(): void {
    if (!this.data.mirrorsSpreadsheet) return;
    this.data.editors = this.env.spreadsheetEditors();
    this.data.mirrorsSpreadsheet = false;
  }

  private change(method: string): void {
    this.env.call(`Protection.${method}`);
    this.requireEditor();
  }

  setDescription(d: string): Protection {
    this.change('setDescription');
    this.data.description = d;
    return this;
  }
  getDescription(): string {
    this.env.call('Protection.getDescription');
    return this.data.description;
  }
  getProtectionType(): string {
    this.env.call('Protection.getProtectionType');
    return this.data.range === null ? ProtectionType.SHEET : ProtectionType.RANGE;
  }
  /**
   * [page] setWarningOnly(): "By default, protected ranges or sheets are not warning-based."
   * [api], verbatim: "if this field is changed from true to false and the editors field is
   * not set …, then the editors will be set to all the editors in the document."
   */
  setWarningOnly(w: boolean): Protection {
    this.change('setWarningOnly');
    if (this.data.warningOnly && !w) {
      this.data.editors = this.env.spreadsheetEditors();
      this.data.mirrorsSpreadsheet = false;
    }
    this.data.warningOnly = w;
    return this;
  }
  isWarningOnly(): boolean {
    this.env.call('Protection.isWarningOnly');
    return this.data.warningOnly;
  }
  addEditor(user: UserLike): Protection {
    this.change('addEditor');
    return this.add([user]);
  }
  addEditors(users: UserLike[]): Protection {
    this.change('addEditors');
    return this.add(users);
  }
  private add(users: UserLike[]): Protection {
    this.ownList();
    for (const email of users.map(emailOf)) if (!this.data.editors.includes(email)) this.data.editors.push(email);
    return this;
  }
  removeEditor(user: UserLike): Protection {
    this.change('removeEditor');
    return this.drop([user]);
  }
  removeEditors(users: UserLike[]): Protection {
    this.change('removeEditors');
    return this.drop(users);
  }
  /** [page] removeEditor(): "Neither the owner of the spreadsheet nor the current user can be removed." (kept silently: assumed) */
  private drop(users: UserLike[]): Protection {
    this.ownList();
    const kept = new Set([this.env.owner, this.env.current.user].map((e) => e.trim().toLowerCase()));
    const gone = new Set(users.map(emailOf).filter((e) => !kept.has(e)));
    this.data.editors = this.data.editors.filter((e) => !gone.has(e.trim().toLowerCase()));
    return this;
  }
  /** A warning-only protection has no editors ([api], verbatim: "Editors are not supported with warning_only protection."). */
  getEditors(): { getEmail(): string }[] {
    this.env.call('Protection.getEditors');
    this.requireEditor();
    if (this.data.warningOnly) return [];
    const list = this.data.mirrorsSpreadsheet ? this.env.spreadsheetEditors() : this.data.editors;
    return list.map((e) => ({ getEmail: () => e }));
  }
  canEdit(): boolean {
    this.env.call('Protection.canEdit');
    return mayEdit(this.env, this.data);
  }
  canDomainEdit(): boolean {
    this.env.call('Protection.canDomainEdit');
    this.requireEditor();
    return !!this.data.domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    this.change('setDomainEdit');
    this.ownList();
    this.data.domainEdit = editable;
    return this;
  }
  /** [page] remove(): "Unprotects the range or sheet." */
  remove(): void {
    this.change('remove');
    this.remove_();
  }
}
