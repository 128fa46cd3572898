/**
 * What a person sees in a cell: the first conditional format rule that holds there,
 * over the cell's own fill, over alternating colours. Not an Apps Script method (scripts
 * cannot read the displayed colour): it lets tests assert what a user would notice.
 * Custom formulas are evaluated for the small subset of Sheets functions rules use.
 */
import type { CellScalar, ConditionalFormatData } from '../workbook-data';
import { columnNumber, parseA1 } from './a1';
import { bandColour } from './banding';
import { key, type SheetStore } from './sheet-store';

export interface DisplayedFormat {
  background: string;
  fontColor: string;
  bold: boolean;
  /** The conditional format rule that applied, if any (its index in the sheet's list). */
  rule: number | null;
}

class FormulaError {
  constructor(readonly code: string) {}
}
type Value = CellScalar | FormulaError;

interface Context {
  store: SheetStore;
  row: number;
  column: number;
  anchorRow: number;
  anchorColumn: number;
}

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+)(?![A-Z(])|(\d+(?:\.\d+)?)|([A-Z][A-Z0-9.]*)|(<>|<=|>=|[-+*/&=<>(),]))/iy;

function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  const text = formula.replace(/^=/, '');
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`Formula not understood by the local runtime: ${formula}`);
    tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
  }
  return tokens;
}

const isBlank = (v: Value): boolean => v === '' || v === null || v === undefined;
const text = (v: Value): string =>
  v instanceof FormulaError ? v.code : v instanceof Date ? v.toISOString() : String(v);
const num = (v: Value): number => (typeof v === 'number' ? v : v === true ? 1 : isBlank(v) ? 0 : Number(v));
const truthy = (v: Value): boolean =>
  v instanceof FormulaError ? false : typeof v === 'string' ? v.toUpperCase() === 'TRUE' : !!num(v);

function compare(a: Value, op: string, b: Value): boolean {
  const bothNumbers = typeof a === 'number' && typeof b === 'number';
  const x = bothNumbers ? (a as number) : text(a).toLowerCase();
  const y = bothNumbers ? (b as number) : text(b).toLowerCase();
  switch (op) {
    case '=':
      return x === y;
    case '<>':
      return x !== y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    default:
      return x >= y;
  }
}

/** A cell reference's value, relative ones moved with the cell the rule is evaluated for. */
function cellValue(ref: string, ctx: Context): Value {
  const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/i.exec(ref)!;
  const column = columnNumber(m[2]) + (m[1] ? 0 : ctx.column - ctx.anchorColumn);
  const row = Number(m[4]) + (m[3] ? 0 : ctx.row - ctx.anchorRow);
  return ctx.store.value(row, column);
}

/** The spreadsheet functions conditional format rules use here, evaluated as Sheets does. */
function callFunction(name: string, args: Value[], ctx: Context): Value {
  switch (name.toUpperCase()) {
    case 'AND':
      return args.every(truthy);
    case 'OR':
      return args.some(truthy);
    case 'NOT':
      return !truthy(args[0]);
    case 'IF':
      return truthy(args[0]) ? args[1] : (args[2] ?? false);
    case 'LEN':
      return text(args[0]).length;
    case 'TRIM':
      return text(args[0]).trim().replace(/\s+/g, ' ');
    case 'ISBLANK':
      return isBlank(args[0]);
    case 'ISNUMBER':
      return typeof args[0] === 'number';
    case 'ISERROR':
      return args[0] instanceof FormulaError;
    case 'SEARCH': {
      const at = text(args[1]).toLowerCase().indexOf(text(args[0]).toLowerCase());
      return at < 0 ? new FormulaError('#VALUE!') : at + 1;
    }
    case 'REGEXMATCH':
      return new RegExp(text(args[1])).test(text(args[0]));
    case 'ROW':
      return ctx.row;
    case 'COLUMN':
      return ctx.column;
    case 'MOD':
      return ((num(args[0]) % num(args[1])) + num(args[1])) % num(args[1]);
    case 'ISEVEN':
      return Math.trunc(num(args[0])) % 2 === 0;
    case 'ISODD':
      return Math.abs(Math.trunc(num(args[0])) % 2) === 1;
    default:
      throw new Error(`Function ${name} is not evaluated by the local runtime`);
  }
}

function evaluate(formula: string, ctx: Context): Value {
  const tokens = tokenize(formula);
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const next = (): string => tokens[at++];
  const expect = (t: string): void => {
    if (next() !== t) throw new Error(`Formula not understood by the local runtime: ${formula}`);
  };

  function primary(): Value {
    const t = next();
    if (t === undefined) throw new Error(`Formula not understood by the local runtime: ${formula}`);
    if (t === '(') {
      const v = comparison();
      expect(')');
      return v;
    }
    if (t === '-') return -num(primary());
    if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(t)) return Number(t);
    if (/^\$?[A-Z]+\$?\d+$/i.test(t)) return cellValue(t, ctx);
    if (/^(TRUE|FALSE)$/i.test(t) && peek() !== '(') return t.toUpperCase() === 'TRUE';
    expect('(');
    const args: Value[] = [];
    while (peek() !== ')') {
      args.push(comparison());
      if (peek() === ',') next();
    }
    expect(')');
    return callFunction(t, args, ctx);
  }
  function product(): Value {
    let v = primary();
    while (peek() === '*' || peek() === '/') v = next() === '*' ? num(v) * num(primary()) : num(v) / num(primary());
    return v;
  }
  function sum(): Value {
    let v = product();
    while (peek() === '+' || peek() === '-') v = next() === '+' ? num(v) + num(product()) : num(v) - num(product());
    return v;
  }
  function concat(): Value {
    let v = sum();
    while (peek() === '&') {
      next();
      v = text(v) + text(sum());
    }
    return v;
  }
  function comparison(): Value {
    const left = concat();
    const op = peek();
    if (op && ['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      next();
      return compare(left, op, concat());
    }
    return left;
  }
  const result = comparison();
  if (at !== tokens.length) throw new Error(`Formula not understood by the local runtime: ${formula}`);
  return result;
}

function holds(rule: ConditionalFormatData, store: SheetStore, row: number, column: number): boolean {
  const areas = rule.ranges.map((a1) => parseA1(a1)!);
  const inside = areas.some(
    (g) => row >= g.row && row < g.row + g.numRows && column >= g.column && column < g.column + g.numColumns,
  );
  if (!inside) return false;
  const value = store.value(row, column);
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return isBlank(value);
    case 'CELL_NOT_EMPTY':
      return !isBlank(value);
    case 'TEXT_CONTAINS':
      return text(value)
        .toLowerCase()
        .includes((rule.values[0] ?? '').toLowerCase());
    case 'TEXT_EQUAL_TO':
      return text(value) === (rule.values[0] ?? '');
    case 'CUSTOM_FORMULA':
      return truthy(
        evaluate(rule.values[0] ?? '', { store, row, column, anchorRow: areas[0].row, anchorColumn: areas[0].column }),
      );
  }
}

export function displayedFormat(store: SheetStore, row: number, column: number): DisplayedFormat {
  const k = key(row, column);
  const base: DisplayedFormat = {
    background: store.backgrounds.get(k) ?? bandColour(store.bandings, row, column) ?? '#ffffff',
    fontColor: store.fontColors.get(k) ?? '#000000',
    bold: store.fontWeights.get(k) === 'bold',
    rule: null,
  };
  const index = store.conditionalFormats.findIndex((rule) => holds(rule, store, row, column));
  if (index < 0) return base;
  const rule = store.conditionalFormats[index];
  return {
    background: rule.background ?? base.background,
    fontColor: rule.fontColor ?? base.fontColor,
    bold: rule.bold ?? base.bold,
    rule: index,
  };
}
