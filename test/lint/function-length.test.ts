/**
 * A function body may span at most 80 lines from its opening brace to its closing one,
 * and every line counts: a reader reads past blank lines and comments too.
 */
import { clean, expectAll, has, problems } from './lint-probes';

const RULE = 'local/max-body-lines';

/**
 * A body spanning `lines` lines from `{` to `}` (its end line minus its start line), made
 * of statements, blank lines and comments in turn — or, `sparse`, almost only comments.
 */
function body(lines: number, sparse = false): string {
  const filler = Array.from({ length: lines - 4 }, (_, i) => {
    if (sparse || i % 3 === 2) return `  // why step ${i} is here`;
    return i % 3 === 0 ? `  total += ${i};` : '';
  });
  return ['{', '  let total = 0;', '  total += 1;', ...filler, '  return total;', '}'].join('\n');
}

const declaration = (lines: number, sparse = false) => `export function steps(): number ${body(lines, sparse)}\n`;
const arrow = (lines: number) => `export const steps = (): number => ${body(lines)};\n`;
const method = (lines: number) => `export class Steps {\n  run(): number ${body(lines)}\n}\n`;

const spans = (lines: number) => (messages: string[]) => {
  has(RULE)(messages);
  expect(messages.join('\n')).toContain(`spans ${lines} lines`);
};

describe('function length', () => {
  it('the probes are as long as they say', () => {
    const text = declaration(81);
    const lines = text.split('\n');
    expect(lines.length - 2).toBe(81);
    expect(lines.filter((l) => l === '').length).toBeGreaterThan(20);
    expect(lines.filter((l) => l.trim().startsWith('//')).length).toBeGreaterThan(20);
  });

  it('an 81-line body is refused, an 80-line one passes, blank and comment lines counted', async () => {
    await expectAll([
      [problems('src/addon/probe.ts', declaration(81)), spans(81)],
      [problems('src/addon/probe.ts', declaration(80)), clean],
      [problems('src/domain/probe.ts', arrow(81)), spans(81)],
      [problems('src/domain/probe.ts', arrow(80)), clean],
      [problems('src/local/gas/probe.ts', method(81)), spans(81)],
      [problems('src/local/gas/probe.ts', method(80)), clean],
      // Comments are lines to read past: a body of three statements and 77 comment lines is too long.
      [problems('src/sheets/probe.ts', declaration(81, true)), spans(81)],
      [problems('src/sheets/probe.ts', declaration(80, true)), clean],
    ]);
  });

  it('holds for the build scripts and the benchmark too', async () => {
    await expectAll([
      [problems('scripts/probe.ts', declaration(81)), spans(81)],
      [problems('bench/probe.ts', declaration(81)), spans(81)],
      [problems('scripts/probe.ts', declaration(80)), clean],
    ]);
  });
});
