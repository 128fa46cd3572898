/**
 * A whole run's writes on the roster, tab by tab: each tab's owned block once, then its marks
 * (and the dropdowns on its user columns). The calls grow with the tabs, never with the rows.
 */
import type { CheckResult } from '../domain/check';
import { matchServiceColumns } from '../domain/columns';
import { COMMUNES } from '../domain/communes';
import type { RawTable } from '../domain/types';
import { locateRosterColumns } from './columns';
import { writeHighlights } from './highlights';
import { setDropdowns } from './validations';
import { writeOwnedColumns } from './write-owned';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `shown`: the tabs as the check read them, so only changed cells are written. */
export function writeRosterOwned(ss: Spreadsheet, result: CheckResult, shown: readonly RawTable[] | undefined): void {
  for (const owned of result.owned) {
    const sheet = ss.getSheetByName(owned.sheet);
    if (sheet) writeOwnedColumns(sheet, owned, shown?.find((t) => t.sheetName === owned.sheet)?.values);
  }
}

/** Marks on flagged cells of every tab; with `dropdowns`, the choice lists on its user columns too. */
export function writeRosterMarks(ss: Spreadsheet, result: CheckResult, dropdowns: boolean): void {
  for (const tab of result.tabs) {
    const sheet = ss.getSheetByName(tab.sheet);
    const owned = result.owned.find((o) => o.sheet === tab.sheet);
    if (!sheet || !owned) continue;
    if (dropdowns) {
      const columns = locateRosterColumns(tab.header);
      const services = matchServiceColumns(tab.header).input;
      const at = (index: number | undefined): number | undefined => (index === undefined ? undefined : index + 1);
      setDropdowns(
        sheet,
        { ...columns, eofficeRequest: at(services.eofficeRequest), signatureRequest: at(services.signatureRequest) },
        COMMUNES.map((c) => c.fullName),
        tab.firstRow,
      );
    }
    const findings = result.findings.filter((f) => f.sheet === tab.sheet);
    writeHighlights(sheet, tab.header, owned.columns, findings, tab);
  }
}
