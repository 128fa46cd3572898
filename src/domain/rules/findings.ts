/** Every finding of the run, rows' and 'Tổng hợp''s, by sheet then row (a stable sort keeps each row's order). */
import type { Finding } from '../types';
import type { RowOutcome } from './outcome';
import type { SummaryCheck } from './summary-sheet';

export function collectFindings(outcomes: readonly RowOutcome[], summary: SummaryCheck): Finding[] {
  const findings: Finding[] = [];
  for (const o of outcomes) for (const f of o.findings) findings.push(f);
  if (summary?.ok) findings.push(...summary.findings);
  findings.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet < b.sheet ? -1 : 1));
  return findings;
}
