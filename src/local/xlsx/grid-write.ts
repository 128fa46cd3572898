/**
 * Writes grids to a large .xlsx: each sheet's XML is produced a few thousand rows at a
 * time and deflated as it goes (fflate's zip layout, Node's zlib), so the file is never one string.
 * Carries what the grid reader reads: values, formats, merges, list validations,
 * conditional formats and alternating colours, and notes (notes-xml.ts).
 */
import { columnLetter, toA1 } from '../gas/a1';
import {
  cellKey,
  cellOfKey,
  type CellScalar,
  type GridWorkbook,
  type SheetGrid,
  type ValidationData,
} from '../workbook-data';
import { serialFromDate } from './number-formats';
import { encodeRules } from './conditional-formats';
import { commentsXml, COMMENTS_TYPE, legacyDrawingXml, sheetRelsXml, VML_TYPE, vmlXml } from './notes-xml';
import { StyleRegistry, type CellStyle, type DxfStyle } from './styles-xml';
import { escapeXml } from './xml-text';
import { createZip, deflatePart, type DeflatedPart } from './zip';

/**
 * Sheets turned into deflated XML ahead of time (by the worker that read them, while the
 * add-on runs), with the styles their XML refers to by index. `byValues` finds a sheet by
 * its rows array: the runtime adopts that array, so identity plus no edits means the
 * sheet is still what was prepared.
 */
export interface PreparedSheets {
  styles: CellStyle[];
  /** The differential formats their conditional rules refer to by index. */
  dxfs?: DxfStyle[];
  byValues: Map<CellScalar[][], DeflatedPart>;
}

/** What a worker sends: the parts in the order of the grids it was given. */
export function prepareSheets(grids: SheetGrid[]): {
  styles: CellStyle[];
  dxfs: DxfStyle[];
  parts: DeflatedPart[];
} {
  const registry = new StyleRegistry();
  const styles = grids.map((grid) => cellStyles(grid, registry));
  return {
    styles: registry.list(),
    dxfs: registry.dxfList(),
    parts: grids.map((grid, i) => deflatePart(sheetXml(grid, styles[i]))),
  };
}

const ROWS_PER_CHUNK = 2_000;
const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!']);
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const letters: string[] = [''];
/** Column letters, cached: every cell reference needs them. */
function columnName(column: number): string {
  for (let c = letters.length; c <= column; c++) letters.push(columnLetter(c));
  return letters[column];
}

const isDateValue = (v: unknown): v is Date =>
  v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';

interface SheetStyles {
  /** xf index of each formatted cell. */
  styleOf: Map<number, number>;
  /** xf of a date that carries no format of its own. */
  dateStyle: number;
  /** Per row, the last column holding a style or a formula (0: none), so rows are walked only as far as needed. */
  lastMarkedColumn: Int32Array;
  /** `<conditionalFormatting>` elements (rules and alternating colours), dxf ids from the registry. */
  conditionalXml: string;
}

function conditionalXml(grid: SheetGrid, registry: StyleRegistry): string {
  return encodeRules(grid.conditionalFormats, grid.bandings)
    .map((rule, i) => {
      const dxf = registry.addDxf({
        background: rule.fill ?? '',
        fontColor: rule.fontColor ?? '',
        bold: rule.bold ?? null,
      });
      return `<conditionalFormatting sqref="${escapeXml(rule.ref, true)}"><cfRule type="expression" dxfId="${dxf}" priority="${i + 1}"><formula>${escapeXml(rule.formula)}</formula></cfRule></conditionalFormatting>`;
    })
    .join('');
}

/** Styles come from the sparse maps alone: a whole column in one format costs one registry look-up per distinct style. */
function cellStyles(grid: SheetGrid, registry: StyleRegistry): SheetStyles {
  const styleOf = new Map<number, number>();
  const plainFormat = new Map<string, number>();
  const formatOnly = (format: string | undefined): number => {
    let id = plainFormat.get(format ?? '');
    if (id === undefined) {
      id = registry.add({ numberFormat: format ?? '', background: '', fontColor: '', bold: false });
      plainFormat.set(format ?? '', id);
    }
    return id;
  };
  const dateStyle = formatOnly(DEFAULT_DATE_FORMAT);
  let lastRow = grid.values.length;
  const visit = (k: number): void => {
    if (styleOf.has(k)) return;
    const background = grid.backgrounds.get(k);
    const fontColor = grid.fontColors.get(k);
    const bold = grid.fontWeights.get(k) === 'bold';
    let format = grid.numberFormats.get(k);
    if (format === undefined) {
      const [row, column] = cellOfKey(k);
      if (isDateValue(grid.values[row - 1]?.[column - 1])) format = DEFAULT_DATE_FORMAT;
    }
    styleOf.set(
      k,
      background === undefined && fontColor === undefined && !bold
        ? formatOnly(format)
        : registry.add({ numberFormat: format ?? '', background: background ?? '', fontColor: fontColor ?? '', bold }),
    );
  };
  for (const map of [grid.numberFormats, grid.backgrounds, grid.fontColors, grid.fontWeights] as Map<number, unknown>[])
    for (const k of map.keys()) visit(k);
  for (const k of [...styleOf.keys(), ...grid.formulas.keys()]) lastRow = Math.max(lastRow, cellOfKey(k)[0]);
  const lastMarkedColumn = new Int32Array(lastRow + 1);
  const mark = (k: number): void => {
    const [row, column] = cellOfKey(k);
    if (column > lastMarkedColumn[row]) lastMarkedColumn[row] = column;
  };
  for (const k of styleOf.keys()) mark(k);
  for (const k of grid.formulas.keys()) mark(k);
  return { styleOf, dateStyle, lastMarkedColumn, conditionalXml: conditionalXml(grid, registry) };
}

function cellXml(ref: string, value: CellScalar | undefined, formula: string | undefined, style: number): string {
  const s = style ? ` s="${style}"` : '';
  const f = formula ? `<f>${escapeXml(formula.replace(/^=/, ''))}</f>` : '';
  if (value === undefined || value === null || value === '') return f || s ? `<c r="${ref}"${s}>${f}</c>` : '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `<c r="${ref}"${s} t="e">${f}<v>#NUM!</v></c>`;
    return `<c r="${ref}"${s}>${f}<v>${value}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
  if (isDateValue(value)) return `<c r="${ref}"${s}>${f}<v>${serialFromDate(value)}</v></c>`;
  const text = String(value);
  if (f) return `<c r="${ref}"${s} t="${ERROR_VALUES.has(text) ? 'e' : 'str'}">${f}<v>${escapeXml(text)}</v></c>`;
  const space = text.trim() !== text || text.includes('\n') ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

function* sheetXml(
  grid: SheetGrid,
  { styleOf, dateStyle, lastMarkedColumn, conditionalXml: conditional }: SheetStyles,
): Generator<string> {
  const lastRow = lastMarkedColumn.length - 1;
  const pane =
    grid.frozenRows || grid.frozenColumns
      ? `<pane${grid.frozenColumns ? ` xSplit="${grid.frozenColumns}"` : ''}${grid.frozenRows ? ` ySplit="${grid.frozenRows}"` : ''} topLeftCell="${columnName(grid.frozenColumns + 1)}${grid.frozenRows + 1}" activePane="${grid.frozenRows && grid.frozenColumns ? 'bottomRight' : grid.frozenRows ? 'bottomLeft' : 'topRight'}" state="frozen"/>`
      : '';
  const widths = Object.entries(grid.columnWidths)
    .map(
      ([column, px]) => `<col min="${column}" max="${column}" width="${Math.max(1, (px - 5) / 7)}" customWidth="1"/>`,
    )
    .join('');
  let chunk = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${widths ? `<cols>${widths}</cols>` : ''}<sheetData>`;
  for (let r = 1; r <= lastRow; r++) {
    const values = grid.values[r - 1];
    const marked = lastMarkedColumn[r];
    const width = Math.max(values ? values.length : 0, marked);
    let cells = '';
    for (let c = 1; c <= width; c++) {
      const value = values ? values[c - 1] : undefined;
      let formula: string | undefined;
      let style = 0;
      if (c <= marked) {
        const k = cellKey(r, c);
        formula = grid.formulas.get(k);
        style = styleOf.get(k) ?? 0;
      }
      if (!style && isDateValue(value)) style = dateStyle;
      cells += cellXml(columnName(c) + r, value, formula, style);
    }
    if (cells) chunk += `<row r="${r}">${cells}</row>`;
    if (r % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  chunk += '</sheetData>';
  if (grid.merges.length) {
    const refs = grid.merges.map((m) => `<mergeCell ref="${toA1(m.row, m.column, m.numRows, m.numColumns)}"/>`);
    chunk += `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
  }
  chunk += conditional;
  chunk += validationsXml(grid.validations);
  if (grid.notes.size > 0) chunk += legacyDrawingXml;
  yield `${chunk}</worksheet>`;
}

/**
 * List rules, one element per distinct rule with the cells it covers as runs down each
 * column. Excel refuses a list longer than 255 characters (the 114 communes are); Sheets
 * keeps such a rule, the file cannot.
 */
function validationsXml(validations: Map<number, ValidationData>): string {
  // The add-on sets one rule object on a whole column: group by object first, by content second.
  const byObject = new Map<ValidationData, number[]>();
  for (const [k, rule] of validations) {
    const keys = byObject.get(rule);
    if (keys) keys.push(k);
    else byObject.set(rule, [k]);
  }
  const byRule = new Map<string, { rule: ValidationData; keys: number[] }>();
  for (const [rule, keys] of byObject) {
    const id = JSON.stringify(rule);
    const group = byRule.get(id);
    if (group) group.keys.push(...keys);
    else byRule.set(id, { rule, keys });
  }
  const items: string[] = [];
  for (const { rule, keys } of byRule.values()) {
    const list = `"${rule.values.join(',')}"`;
    if (rule.kind !== 'list' || list.length > 257) continue;
    // Keys order cells by row then column; ranges run down a column.
    const byColumn = new Map<number, number[]>();
    for (const k of keys) {
      const [row, column] = cellOfKey(k);
      const rows = byColumn.get(column);
      if (rows) rows.push(row);
      else byColumn.set(column, [row]);
    }
    const ranges: string[] = [];
    for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
      const rows = byColumn.get(column)!.sort((a, b) => a - b);
      for (let i = 0; i < rows.length;) {
        let end = i;
        while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
        ranges.push(toA1(rows[i], column, rows[end] - rows[i] + 1));
        i = end + 1;
      }
    }
    const message = rule.helpText ? ` showInputMessage="1" prompt="${escapeXml(rule.helpText, true)}"` : '';
    items.push(
      `<dataValidation type="list" allowBlank="1" showErrorMessage="${rule.allowInvalid ? 0 : 1}" errorStyle="${rule.allowInvalid ? 'warning' : 'stop'}"${message} sqref="${ranges.join(' ')}"><formula1>${escapeXml(list)}</formula1></dataValidation>`,
    );
  }
  return items.length ? `<dataValidations count="${items.length}">${items.join('')}</dataValidations>` : '';
}

export async function writeGridXlsx(
  workbook: GridWorkbook,
  path: string,
  prepared?: PreparedSheets | null,
): Promise<void> {
  const zip = createZip(path);
  const registry = new StyleRegistry(prepared?.styles, prepared?.dxfs);
  const sheets = workbook.sheets;
  const ready = sheets.map((grid) => (!grid.edits ? prepared?.byValues.get(grid.values) : undefined));
  // Styles come from the sparse maps before any row is written, so styles.xml is complete up front.
  const styles = sheets.map((grid, i) => (ready[i] ? null : cellStyles(grid, registry)));
  await zip.addText(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="${VML_TYPE}"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}${sheets.map((s, i) => (s.notes.size > 0 ? `<Override PartName="/xl/comments${i + 1}.xml" ContentType="${COMMENTS_TYPE}"/>` : '')).join('')}</Types>`,
  );
  await zip.addText(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const firstVisible = Math.max(
    0,
    sheets.findIndex((s) => !s.hidden),
  );
  await zip.addText(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="${firstVisible}"/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name, true)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  await zip.addText(
    'xl/_rels/workbook.xml.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
  );
  await zip.addText('xl/styles.xml', registry.toXml());
  for (const [i, grid] of sheets.entries()) {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    const part = ready[i];
    if (part) await zip.addDeflated(name, part);
    else await zip.addChunks(name, sheetXml(grid, styles[i]!));
    if (grid.notes.size > 0) {
      await zip.addText(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, sheetRelsXml(i));
      await zip.addChunks(`xl/comments${i + 1}.xml`, commentsXml(grid.notes));
      await zip.addChunks(`xl/drawings/vmlDrawing${i + 1}.vml`, vmlXml(grid.notes, i));
    }
  }
  await zip.finish();
}
