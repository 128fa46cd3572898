/** A workbook file the offline command cannot use; the CLI turns it into one Vietnamese line. */
export type XlsxProblem = 'missing' | 'not_xlsx' | 'corrupt' | 'encrypted';

export class XlsxError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    readonly path: string,
    detail?: string,
  ) {
    super(`${problem}: ${path}${detail ? ` (${detail})` : ''}`);
  }
}
