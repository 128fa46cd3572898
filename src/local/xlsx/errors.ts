/** A workbook file the offline command cannot use; the CLI turns it into one Vietnamese line. */
export type XlsxProblem =
  | 'missing'
  | 'not_xlsx'
  | 'corrupt'
  /** A password-protected .xlsx (an OLE file holding EncryptionInfo and EncryptedPackage). */
  | 'encrypted'
  /** Excel 97–2003 (an OLE file holding a Workbook or Book stream). */
  | 'xls'
  /** An OpenDocument spreadsheet (LibreOffice, or Google Sheets' .ods download). */
  | 'ods'
  /** Inflates to more than zip.ts#INFLATE_LIMITS, or to more than its zip declares. */
  | 'too_large';

export class XlsxError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    readonly path: string,
    detail?: string,
  ) {
    super(`${problem}: ${path}${detail ? ` (${detail})` : ''}`);
  }
}
