/**
 * Cell conversions between exceljs and WorkbookData. Excel stores a date as a wall-clock
 * serial; exceljs hands it over as that wall-clock instant in UTC. Google Sheets shows
 * the same wall clock in the spreadsheet's zone, so dates are moved to local time on the
 * way in and back to UTC wall clock on the way out.
 */
import type ExcelJS from 'exceljs';
import type { CellData, CellScalar, ValidationData } from '../workbook-data';

export function fromExcelDate(d: Date): Date {
  return new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

export function toExcelDate(d: Date): Date {
  return new Date(
    Date.UTC(
      d.getFullYear(),
      d.getMonth(),
      d.getDate(),
      d.getHours(),
      d.getMinutes(),
      d.getSeconds(),
      d.getMilliseconds(),
    ),
  );
}

type Raw = ExcelJS.CellValue | undefined;

function scalar(value: unknown): { value: CellScalar; error?: boolean } {
  if (value === null || value === undefined) return { value: '' };
  if (value instanceof Date) return { value: fromExcelDate(value) };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return { value };
  const v = value as Record<string, unknown>;
  if (typeof v.error === 'string') return { value: v.error, error: true };
  if (Array.isArray(v.richText)) return { value: (v.richText as { text: string }[]).map((t) => t.text).join('') };
  if (typeof v.text === 'string') return { value: v.text };
  if ('result' in v) return scalar(v.result);
  return { value: String(value) };
}

export function cellFromExcel(
  raw: Raw,
  style: Partial<ExcelJS.Style> | undefined,
  note: unknown,
  validation: ExcelJS.DataValidation | undefined,
): CellData | undefined {
  const v = raw as Record<string, unknown> | null | undefined;
  const formula =
    v && typeof v === 'object' && !(v instanceof Date)
      ? ((v.formula ?? v.sharedFormula) as string | undefined)
      : undefined;
  const { value, error } = formula ? scalar(v!.result) : scalar(raw);
  const data: CellData = { value };
  if (formula) data.formula = `=${formula}`;
  if (error) data.error = true;
  if (style?.numFmt) data.numberFormat = style.numFmt;
  const fill = style?.fill as ExcelJS.FillPattern | undefined;
  const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  if (argb) data.background = `#${argb.slice(-6).toLowerCase()}`;
  const font = style?.font;
  if (font?.color?.argb) data.fontColor = `#${font.color.argb.slice(-6).toLowerCase()}`;
  if (font?.bold) data.bold = true;
  const noteText =
    typeof note === 'string'
      ? note
      : note && typeof note === 'object' && Array.isArray((note as { texts?: unknown[] }).texts)
        ? (note as { texts: { text: string }[] }).texts.map((t) => t.text).join('')
        : '';
  if (noteText) data.note = noteText;
  const list = listValidation(validation);
  if (list) data.validation = list;
  const empty =
    value === '' &&
    !formula &&
    !data.numberFormat &&
    !data.background &&
    !data.fontColor &&
    !data.bold &&
    !data.note &&
    !data.validation;
  return empty ? undefined : data;
}

function listValidation(dv: ExcelJS.DataValidation | undefined): ValidationData | undefined {
  if (!dv || dv.type !== 'list' || !dv.formulae?.length) return undefined;
  const formula = String(dv.formulae[0]);
  if (!/^".*"$/.test(formula)) return undefined;
  return {
    kind: 'list',
    values: formula.slice(1, -1).split(','),
    allowInvalid: dv.showErrorMessage === false || dv.errorStyle === 'warning' || dv.errorStyle === 'information',
    helpText: dv.prompt || undefined,
  };
}

const styles = new Map<string, Partial<ExcelJS.Style>>();

/**
 * One object per distinct style: exceljs recognises a style object it has seen before and
 * skips rebuilding its XML, which is most of the cost of writing a large sheet.
 */
function sharedStyle(numFmt: string, background: string, fontColor: string, bold: boolean): Partial<ExcelJS.Style> {
  const key = `${numFmt}|${background}|${fontColor}|${bold}`;
  let style = styles.get(key);
  if (!style) {
    style = {};
    if (numFmt) style.numFmt = numFmt;
    if (background)
      style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${background.slice(1).toUpperCase()}` } };
    if (fontColor || bold)
      style.font = {
        ...(fontColor ? { color: { argb: `FF${fontColor.slice(1).toUpperCase()}` } } : {}),
        ...(bold ? { bold: true } : {}),
      };
    styles.set(key, style);
  }
  return style;
}

export function cellToExcel(cell: CellData): {
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
  note?: string;
  validation?: ExcelJS.DataValidation;
} {
  const plain = cell.value instanceof Date ? toExcelDate(cell.value) : cell.value === '' ? null : cell.value;
  let value: ExcelJS.CellValue;
  if (cell.formula)
    value = {
      formula: cell.formula.replace(/^=/, ''),
      result: cell.error ? { error: String(cell.value) } : plain,
    } as ExcelJS.CellValue;
  else if (cell.error) value = { error: String(cell.value) } as ExcelJS.CellValue;
  else value = plain as ExcelJS.CellValue;
  const style = sharedStyle(
    cell.numberFormat ?? (cell.value instanceof Date ? 'dd/mm/yyyy' : ''),
    cell.background ?? '',
    cell.fontColor ?? '',
    !!cell.bold,
  );
  // Excel refuses a list rule longer than 255 characters (the 114 communes are); Sheets keeps it.
  const listFormula = cell.validation ? `"${cell.validation.values.join(',')}"` : '';
  const validation: ExcelJS.DataValidation | undefined =
    cell.validation && listFormula.length <= 257
      ? {
          type: 'list',
          allowBlank: true,
          formulae: [listFormula],
          showErrorMessage: !cell.validation.allowInvalid,
          errorStyle: cell.validation.allowInvalid ? 'warning' : 'stop',
          ...(cell.validation.helpText ? { showInputMessage: true, prompt: cell.validation.helpText } : {}),
        }
      : undefined;
  return { value, style, note: cell.note, validation };
}
