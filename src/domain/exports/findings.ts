/** findings.csv: sheet,row,column,code,message — one finding a line. */
import type { Finding } from '../types';
import { csvLine, EOL, neutralise } from './csv';

export function toFindingsCsv(findings: readonly Finding[]): string {
  const lines = [csvLine(['sheet', 'row', 'column', 'code', 'message'])];
  for (const f of findings)
    lines.push(csvLine([f.sheet, String(f.row), neutralise(f.column), f.code, neutralise(f.message)]));
  return lines.join(EOL) + EOL;
}
