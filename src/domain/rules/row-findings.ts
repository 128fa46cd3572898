/** Findings of one roster row: one small object rather than closures, as it is made for every row. */
import type { RosterField } from '../columns';
import { cleanText } from '../text';
import type { CellValue, Finding, FindingCode } from '../types';

export type RosterColumns = Partial<Record<RosterField, number>>;

export class RowFindings {
  readonly list: Finding[] = [];
  constructor(
    private readonly sheet: string,
    private readonly sheetRow: number,
    private readonly columns: RosterColumns,
    private readonly header: CellValue[],
  ) {}

  flag(field: RosterField, code: FindingCode, message: string): void {
    const index = this.columns[field];
    this.list.push({
      sheet: this.sheet,
      row: this.sheetRow,
      column: index === undefined ? field : cleanText(this.header[index]),
      code,
      message,
    });
  }

  /** The roster's header of `field`, or `fallback` when it has none. */
  headerText(field: RosterField, fallback: string): string {
    const index = this.columns[field];
    return index === undefined ? fallback : cleanText(this.header[index]) || fallback;
  }
}
