/**
 * Conditional format rules and alternating colours in an .xlsx. Rules become Excel
 * expression rules (a text condition as the formula Excel itself uses for it). Excel has
 * no alternating colours outside tables, so a banding is written as its nearest
 * equivalent, expression rules on ROW(), placed after every other rule, and recognised
 * as a banding again when read. Both writers and both readers go through here.
 */
import { parseA1, toA1 } from '../gas/a1';
import type { BandingData, ConditionalFormatData } from '../workbook-data';

export interface XlsxRule {
  /** Space-separated A1 ranges (sqref). */
  ref: string;
  /** Excel formula without '='. */
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

const topLeft = (ranges: string[]): string => {
  const g = parseA1(ranges[0] ?? 'A1')!;
  return toA1(g.row, g.column);
};
const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function formulaOf(rule: ConditionalFormatData): string {
  const cell = topLeft(rule.ranges);
  switch (rule.criteria) {
    case 'CUSTOM_FORMULA':
      return (rule.values[0] ?? '').replace(/^=/, '');
    case 'TEXT_CONTAINS':
      return `NOT(ISERROR(SEARCH(${quote(rule.values[0] ?? '')},${cell})))`;
    case 'TEXT_EQUAL_TO':
      return `EXACT(${cell},${quote(rule.values[0] ?? '')})`;
    case 'CELL_EMPTY':
      return `LEN(TRIM(${cell}))=0`;
    case 'CELL_NOT_EMPTY':
      return `LEN(TRIM(${cell}))>0`;
  }
}

const format = (r: { background?: string; fontColor?: string; bold?: boolean }) => ({
  ...(r.background ? { fill: r.background } : {}),
  ...(r.fontColor ? { fontColor: r.fontColor } : {}),
  ...(r.bold !== undefined ? { bold: r.bold } : {}),
});

export function encodeRules(rules: ConditionalFormatData[] = [], bandings: BandingData[] = []): XlsxRule[] {
  const out: XlsxRule[] = rules.map((rule) => ({
    ref: rule.ranges.join(' '),
    formula: formulaOf(rule),
    ...format(rule),
  }));
  for (const b of bandings) {
    const g = parseA1(b.range)!;
    const last = g.row + g.numRows - 1;
    const first = b.headerColor ? g.row + 1 : g.row;
    const end = b.footerColor ? last - 1 : last;
    if (b.headerColor)
      out.push({ ref: toA1(g.row, g.column, 1, g.numColumns), formula: `ROW()=${g.row}`, fill: b.headerColor });
    if (end >= first) {
      const body = toA1(first, g.column, end - first + 1, g.numColumns);
      out.push({ ref: body, formula: `MOD(ROW()-${first},2)=0`, fill: b.firstRowColor });
      out.push({ ref: body, formula: `MOD(ROW()-${first},2)=1`, fill: b.secondRowColor });
    }
    if (b.footerColor)
      out.push({ ref: toA1(last, g.column, 1, g.numColumns), formula: `ROW()=${last}`, fill: b.footerColor });
  }
  return out;
}

const STRIPE = /^MOD\(ROW\(\)-(\d+),2\)=([01])$/;
const ROW_IS = /^ROW\(\)=(\d+)$/;

function decodeCondition(formula: string, ranges: string[]): Pick<ConditionalFormatData, 'criteria' | 'values'> {
  const cell = topLeft(ranges).replace(/\$/g, '');
  const unq = (s: string) => s.slice(1, -1).replace(/""/g, '"');
  let m = /^NOT\(ISERROR\(SEARCH\(("(?:[^"]|"")*"),\$?([A-Z]+)\$?(\d+)\)\)\)$/.exec(formula);
  if (m && m[2] + m[3] === cell) return { criteria: 'TEXT_CONTAINS', values: [unq(m[1])] };
  m = /^EXACT\(\$?([A-Z]+)\$?(\d+),("(?:[^"]|"")*")\)$/.exec(formula);
  if (m && m[1] + m[2] === cell) return { criteria: 'TEXT_EQUAL_TO', values: [unq(m[3])] };
  m = /^LEN\(TRIM\(\$?([A-Z]+)\$?(\d+)\)\)(=0|>0)$/.exec(formula);
  if (m && m[1] + m[2] === cell) return { criteria: m[3] === '=0' ? 'CELL_EMPTY' : 'CELL_NOT_EMPTY', values: [] };
  return { criteria: 'CUSTOM_FORMULA', values: [`=${formula}`] };
}

export function decodeRules(rules: XlsxRule[]): {
  conditionalFormats: ConditionalFormatData[];
  bandings: BandingData[];
} {
  const used = new Set<XlsxRule>();
  const bandings: BandingData[] = [];
  for (const first of rules) {
    const a = STRIPE.exec(first.formula);
    if (!a || a[2] !== '0' || used.has(first)) continue;
    const second = rules.find(
      (r) => !used.has(r) && r.ref === first.ref && r.formula === `MOD(ROW()-${a[1]},2)=1` && r !== first,
    );
    const body = parseA1(first.ref);
    if (!second || !body || first.ref.includes(' ')) continue;
    used.add(first).add(second);
    let top = body.row;
    let rows = body.numRows;
    const band: BandingData = {
      range: '',
      firstRowColor: first.fill ?? '#ffffff',
      secondRowColor: second.fill ?? '#ffffff',
    };
    const edge = (row: number) =>
      rules.find(
        (r) =>
          !used.has(r) &&
          ROW_IS.exec(r.formula)?.[1] === String(row) &&
          r.ref === toA1(row, body.column, 1, body.numColumns),
      );
    const header = edge(body.row - 1);
    if (header) {
      used.add(header);
      band.headerColor = header.fill;
      top--;
      rows++;
    }
    const footer = edge(body.row + body.numRows);
    if (footer) {
      used.add(footer);
      band.footerColor = footer.fill;
      rows++;
    }
    band.range = toA1(top, body.column, rows, body.numColumns);
    bandings.push(band);
  }
  const conditionalFormats = rules
    .filter((r) => !used.has(r))
    .map((r): ConditionalFormatData => {
      const ranges = r.ref.split(/\s+/).filter(Boolean);
      return {
        ranges,
        ...decodeCondition(r.formula, ranges),
        ...(r.fill ? { background: r.fill } : {}),
        ...(r.fontColor ? { fontColor: r.fontColor } : {}),
        ...(r.bold !== undefined ? { bold: r.bold } : {}),
      };
    });
  return { conditionalFormats, bandings };
}

// --- exceljs ---------------------------------------------------------------------

type ExcelRule = {
  type: string;
  formulae?: string[];
  style?: {
    fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } };
    font?: { color?: { argb?: string }; bold?: boolean };
  };
};
const argb = (hex: string) => ({ argb: `FF${hex.slice(1).toUpperCase()}` });
const hex = (c?: { argb?: string }) => (c?.argb ? `#${c.argb.slice(-6).toLowerCase()}` : undefined);

/** For `worksheet.addConditionalFormatting`, one entry per rule, in priority order. */
export function toExcelFormattings(rules: XlsxRule[]): { ref: string; rules: Record<string, unknown>[] }[] {
  return rules.map((r, i) => ({
    ref: r.ref,
    rules: [
      {
        type: 'expression',
        priority: i + 1,
        formulae: [r.formula],
        style: {
          ...(r.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: argb(r.fill) } } : {}),
          ...(r.fontColor || r.bold !== undefined
            ? {
                font: {
                  ...(r.fontColor ? { color: argb(r.fontColor) } : {}),
                  ...(r.bold !== undefined ? { bold: r.bold } : {}),
                },
              }
            : {}),
        },
      },
    ],
  }));
}

export function fromExcelFormattings(list: { ref: string; rules: ExcelRule[] }[] | undefined): XlsxRule[] {
  const out: (XlsxRule & { priority: number })[] = [];
  for (const entry of list ?? [])
    for (const rule of entry.rules) {
      const formula = rule.formulae?.[0];
      if (!formula || (rule.type !== 'expression' && rule.type !== 'containsText')) continue;
      const fill = hex(rule.style?.fill?.bgColor) ?? hex(rule.style?.fill?.fgColor);
      const fontColor = hex(rule.style?.font?.color);
      const bold = rule.style?.font?.bold;
      out.push({
        ref: entry.ref,
        formula: String(formula),
        priority: Number((rule as { priority?: number }).priority ?? out.length + 1),
        ...(fill ? { fill } : {}),
        ...(fontColor ? { fontColor } : {}),
        ...(bold !== undefined && bold !== null ? { bold } : {}),
      });
    }
  return out.sort((a, b) => a.priority - b.priority).map(({ priority: _p, ...r }) => r);
}
