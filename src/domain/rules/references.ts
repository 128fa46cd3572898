/** The optional reference sheets, 'Tài khoản hiện có' and 'CSDL ngành', with a note when one is absent or unusable. */
import { REPORT_TEXT } from '../../i18n/findings';
import { loadAccounts, loadCsdl } from '../reference-tables';
import type { WorkbookInput } from '../types';

export type Accounts = ReturnType<typeof loadAccounts>;
export type Csdl = ReturnType<typeof loadCsdl>;

export function loadReferences(
  input: WorkbookInput,
  domain: string,
  notes: string[],
): { accounts: Accounts; csdl: Csdl } {
  const accounts = loadAccounts(input.accounts, domain);
  if (accounts === null) notes.push(REPORT_TEXT.noAccounts);
  else if (!accounts.ok) notes.push(REPORT_TEXT.missingOptional(input.accounts!.sheetName, accounts.missing));
  const csdl = loadCsdl(input.csdl);
  if (csdl === null) notes.push(REPORT_TEXT.noCsdl);
  else if (!csdl.ok) notes.push(REPORT_TEXT.missingOptional(input.csdl!.sheetName, csdl.missing));
  return { accounts, csdl };
}
