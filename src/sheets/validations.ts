/**
 * Dropdowns on 'Danh sách' (commune, gender, position, plan 5277's two choices): one rule per column, set on
 * the whole column in one call. allowInvalid keeps pasted values: they are flagged
 * by the check, never refused or changed.
 */
import { UI } from '../i18n/ui';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DropdownColumns {
  commune?: number;
  gender?: number;
  position?: number;
  /** Plan 5277's 'Đăng ký eOffice' / 'Đăng ký chữ ký số': Có or Không. */
  eofficeRequest?: number;
  signatureRequest?: number;
}

/** From `firstRow` (below the header and its numbering row) to the sheet's last row. */
export function setDropdowns(sheet: Sheet, columns: DropdownColumns, communeNames: string[], firstRow = 2): void {
  const height = Math.max(sheet.getMaxRows() - firstRow + 1, 1);
  const lists: [number | undefined, string[], string][] = [
    [columns.commune, communeNames, UI.validation.communeHelp],
    [columns.gender, [...UI.validation.genders], UI.validation.genderHelp],
    [columns.position, [...UI.validation.positions], UI.validation.positionHelp],
    [columns.eofficeRequest, [...UI.validation.serviceChoices], UI.validation.serviceHelp],
    [columns.signatureRequest, [...UI.validation.serviceChoices], UI.validation.serviceHelp],
  ];
  for (const [column, values, help] of lists) {
    if (!column) continue;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(values, true)
      .setAllowInvalid(true)
      .setHelpText(help)
      .build();
    sheet.getRange(firstRow, column, height, 1).setDataValidation(rule);
  }
}
