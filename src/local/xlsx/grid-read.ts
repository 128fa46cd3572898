/**
 * Reads a large .xlsx straight into grids: the zip is inflated in Node's zlib and each
 * part's XML parsed as it streams (saxes), so no object is made per cell and no sheet is
 * ever held as one string. Keeps values, formulas (shared ones slid to each cell, as
 * exceljs does), number formats, fills, font colours, bold, merges, frozen panes,
 * column widths, hidden sheets, conditional formats, alternating colours and notes;
 * validations are left to the full reader.
 */
import { slideFormula } from 'exceljs/lib/utils/shared-formula';
import { parseA1 } from '../gas/a1';
import { cellKey, emptyGrid, type CellScalar, type GridWorkbook, type SheetGrid } from '../workbook-data';
import { dateFromSerial } from './number-formats';
import { decodeRules, type XlsxRule } from './conditional-formats';
import { readNotes } from './notes-xml';
import { parseDxfs, parseStyles, type DxfStyle, type ReadStyle } from './styles-xml';
import { attributeText, parseStreaming, parseWhole, type Attributes } from './xml-parse';
import { unescapeCellText } from './xml-text';
import { openZip, type ZipReader } from './zip';

/**
 * The parser hands out slices of the chunk it read, and each slice keeps its whole chunk
 * alive: a 100,000-row sheet would hold its XML text twice over. Cell text is copied out,
 * and a column with few distinct values (communes, units, positions) shares one copy of
 * each; a column of mostly distinct values (names, numbers) stops being pooled early.
 */
const detach = (text: string): string => (' ' + text).substring(1);

class TextPool {
  private readonly columns: (Map<string, string> | null)[] = [];

  own(column: number, text: string): string {
    let pool = this.columns[column];
    if (pool === undefined) pool = this.columns[column] = new Map();
    if (pool === null) return detach(text);
    let kept = pool.get(text);
    if (kept === undefined) {
      kept = detach(text);
      if (pool.size < TextPool.MAX_DISTINCT) pool.set(kept, kept);
      else this.columns[column] = null;
    }
    return kept;
  }

  static readonly MAX_DISTINCT = 2_000;
}

/** 'AB12' → [12, 28]. */
function parseRef(ref: string): [row: number, column: number] {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else if (code !== 36) break;
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 48 && code <= 57) row = row * 10 + code - 48;
  }
  return [row, column];
}

const resolvePart = (base: string, target: string): string =>
  (target.startsWith('/') ? target.slice(1) : `${base}${target}`).replace(/[^/]+\/\.\.\//g, '');

async function readSharedStrings(zip: ZipReader, path: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!path || !zip.has(path)) return strings;
  let current = '';
  let phonetic = 0;
  await parseStreaming(zip, path, 'sst', 'si', {
    open(tag) {
      if (tag === 'si') current = '';
      else if (tag === 'rPh') phonetic++;
      return tag === 't' && phonetic === 0;
    },
    close(tag, text) {
      if (tag === 't' && phonetic === 0) current += text;
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'si') strings.push(detach(unescapeCellText(current)));
    },
  });
  return strings;
}

interface SheetEntry {
  name: string;
  path: string;
  hidden: boolean;
}

async function readWorkbookParts(
  zip: ZipReader,
): Promise<{ sheets: SheetEntry[]; date1904: boolean; sharedStrings?: string; styles?: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  if (zip.has('xl/_rels/workbook.xml.rels')) {
    await parseWhole(zip, 'xl/_rels/workbook.xml.rels', {
      open(tag, attributes) {
        if (tag === 'Relationship') {
          const a = attributes();
          rels.set(attributeText(a.Id), {
            type: attributeText(a.Type),
            target: resolvePart('xl/', attributeText(a.Target)),
          });
        }
        return false;
      },
      close() {},
    });
  }
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await parseWhole(zip, 'xl/workbook.xml', {
    open(tag, attributes) {
      if (tag === 'workbookPr') date1904 = ['1', 'true'].includes(attributes().date1904);
      if (tag === 'sheet') {
        const a = attributes();
        const relation = Object.keys(a).find((k) => k === 'id' || k.endsWith(':id'));
        const target = relation ? rels.get(attributeText(a[relation]))?.target : undefined;
        if (target)
          sheets.push({
            name: attributeText(a.name),
            path: target,
            hidden: a.state === 'hidden' || a.state === 'veryHidden',
          });
      }
      return false;
    },
    close() {},
  });
  const byType = (suffix: string): string | undefined =>
    [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  return { sheets, date1904, sharedStrings: byType('/sharedStrings'), styles: byType('/styles') };
}

const pixels = (width: number): number => Math.round(width * 7 + 5);

/** The cell being read (its attributes and text as the parser meets them) and how it lands in the grid. */
class CellCursor {
  row: CellScalar[] = [];
  rowNumber = 0;
  column = 0;
  ref = '';
  type = '';
  style: ReadStyle | undefined;
  value: string | null = null;
  inline = '';
  formula: string | null = null;
  formulaAttributes: Attributes | null = null;
  inInline = false;
  phonetic = 0;
  private readonly pool = new TextPool();
  private readonly sharedFormulas = new Map<string, { formula: string; ref: string }>();

  constructor(
    private readonly grid: SheetGrid,
    private readonly strings: string[],
    private readonly styles: ReadStyle[],
    private readonly date1904: boolean,
  ) {}

  startRow(r: string | undefined): void {
    this.rowNumber = r ? Number(r) : this.rowNumber + 1;
    this.row = [];
    this.grid.values[this.rowNumber - 1] = this.row;
    this.column = 0;
  }

  startCell(a: Attributes): void {
    if (a.r) [, this.column] = parseRef(a.r);
    else this.column++;
    this.ref = a.r ?? '';
    this.type = a.t ?? '';
    this.style = a.s ? this.styles[Number(a.s)] : undefined;
    this.value = null;
    this.formula = null;
    this.formulaAttributes = null;
    this.inline = '';
  }

  finishCell(): void {
    const { grid, type, value, style, column } = this;
    let cell: CellScalar = '';
    if (type === 'inlineStr') cell = unescapeCellText(this.inline);
    else if (value !== null) {
      if (type === 's') cell = this.strings[Number(value)] ?? '';
      else if (type === 'str' || type === 'e') cell = unescapeCellText(value);
      else if (type === 'b') cell = value === '1' || value === 'true';
      else if (type === 'd') cell = new Date(value);
      else if (value !== '') {
        const number = Number(value);
        cell = style?.isDate ? dateFromSerial(number, this.date1904) : number;
      }
    }
    if (cell !== '') this.row[column - 1] = typeof cell === 'string' ? this.pool.own(column, cell) : cell;
    const k = cellKey(this.rowNumber, column);
    if (this.formulaAttributes) {
      const text = this.formulaText(this.formulaAttributes);
      if (text) grid.formulas.set(k, detach(`=${text}`));
    }
    if (style) {
      if (style.numberFormat) grid.numberFormats.set(k, style.numberFormat);
      if (style.background) grid.backgrounds.set(k, style.background);
      if (style.fontColor) grid.fontColors.set(k, style.fontColor);
      if (style.bold) grid.fontWeights.set(k, 'bold');
    }
  }

  /** The cell's formula; a shared one's followers get the master slid to their place. */
  private formulaText(attributes: Attributes): string {
    let text = this.formula ?? '';
    if (attributes.t === 'shared' && attributes.si !== undefined) {
      const master = this.sharedFormulas.get(attributes.si);
      if (text) this.sharedFormulas.set(attributes.si, { formula: text, ref: this.ref });
      else if (master) text = slideFormula(master.formula, master.ref, this.ref);
    }
    return text;
  }
}

/** The sheet's conditional format rules (expression and text ones), in priority order once read. */
class RuleReader {
  private readonly rules: (XlsxRule & { priority: number })[] = [];
  private sqref = '';
  private rule: (XlsxRule & { priority: number }) | null = null;

  constructor(private readonly dxfs: DxfStyle[]) {}

  /** An opening tag of the rules' XML; true when its text is wanted. */
  open(tag: 'conditionalFormatting' | 'cfRule' | 'formula', attributes: () => Attributes): boolean {
    if (tag === 'conditionalFormatting') this.sqref = attributeText(attributes().sqref ?? '');
    else if (tag === 'cfRule') this.startRule(attributes());
    else return this.rule !== null && this.rule.formula === '';
    return false;
  }

  close(tag: 'cfRule' | 'formula', text: string): void {
    if (tag === 'formula') {
      if (this.rule && this.rule.formula === '') this.rule.formula = unescapeCellText(text);
    } else {
      if (this.rule?.formula) this.rules.push(this.rule);
      this.rule = null;
    }
  }

  private startRule(a: Attributes): void {
    const dxf = a.dxfId !== undefined ? this.dxfs[Number(a.dxfId)] : undefined;
    this.rule =
      a.type === 'expression' || a.type === 'containsText'
        ? {
            ref: this.sqref,
            formula: '',
            priority: Number(a.priority ?? this.rules.length + 1),
            ...(dxf?.background ? { fill: dxf.background } : {}),
            ...(dxf?.fontColor ? { fontColor: dxf.fontColor } : {}),
            ...(dxf && dxf.bold !== null ? { bold: dxf.bold } : {}),
          }
        : null;
  }

  inOrder(): XlsxRule[] {
    return this.rules.sort((a, b) => a.priority - b.priority).map(({ priority: _p, ...r }) => r);
  }
}

/** Merges, frozen panes and column widths: the sheet's layout elements beside its cells. */
function readLayout(tag: string, attributes: () => Attributes, grid: SheetGrid): void {
  switch (tag) {
    case 'mergeCell': {
      const ref = attributes().ref;
      const range = ref ? parseA1(ref) : null;
      if (range)
        grid.merges.push({
          row: range.row,
          column: range.column,
          numRows: range.numRows,
          numColumns: range.numColumns,
        });
      return;
    }
    case 'pane': {
      const a = attributes();
      if (a.state === 'frozen' || a.state === 'frozenSplit') {
        grid.frozenRows = Number(a.ySplit ?? 0);
        grid.frozenColumns = Number(a.xSplit ?? 0);
      }
      return;
    }
    case 'col': {
      const a = attributes();
      const width = Number(a.width);
      if (width > 0)
        for (let c = Number(a.min); c <= Math.min(Number(a.max), Number(a.min) + 255); c++)
          grid.columnWidths[c] = pixels(width);
      return;
    }
  }
}

async function readSheet(
  zip: ZipReader,
  entry: SheetEntry,
  strings: string[],
  styles: ReadStyle[],
  date1904: boolean,
  dxfs: DxfStyle[] = [],
): Promise<SheetGrid> {
  const grid = emptyGrid(entry.name);
  grid.hidden = entry.hidden;
  const cursor = new CellCursor(grid, strings, styles, date1904);
  const rules = new RuleReader(dxfs);

  await parseStreaming(zip, entry.path, 'sheetData', 'row', {
    open(tag, attributes) {
      switch (tag) {
        case 'c':
          cursor.startCell(attributes());
          return false;
        case 'v':
          return true;
        case 'f':
          cursor.formulaAttributes = attributes();
          return true;
        case 'is':
          cursor.inInline = true;
          return false;
        case 'rPh':
          cursor.phonetic++;
          return false;
        case 't':
          return cursor.inInline && cursor.phonetic === 0;
        case 'row':
          cursor.startRow(attributes().r);
          return false;
        case 'conditionalFormatting':
        case 'cfRule':
        case 'formula':
          return rules.open(tag, attributes);
        default:
          readLayout(tag, attributes, grid);
          return false;
      }
    },
    close(tag, text) {
      switch (tag) {
        case 'v':
          cursor.value = text;
          break;
        case 'f':
          cursor.formula = text;
          break;
        case 't':
          if (cursor.inInline && cursor.phonetic === 0) cursor.inline += text;
          break;
        case 'rPh':
          cursor.phonetic--;
          break;
        case 'is':
          cursor.inInline = false;
          break;
        case 'c':
          cursor.finishCell();
          break;
        case 'formula':
        case 'cfRule':
          rules.close(tag, text);
          break;
      }
    },
  });
  for (let r = 0; r < grid.values.length; r++) if (!grid.values[r]) grid.values[r] = [];
  const decoded = decodeRules(rules.inOrder());
  grid.conditionalFormats = decoded.conditionalFormats;
  grid.bandings = decoded.bandings;
  grid.notes = await readNotes(zip, entry.path);
  return grid;
}

/** A large workbook opened for reading its sheets one by one (here or in a worker). */
export interface GridSource {
  sheets: { name: string; bytes: number }[];
  read(index: number): Promise<SheetGrid>;
  close(): void;
}

export async function openGridSource(path: string): Promise<GridSource> {
  const zip = await openZip(path);
  try {
    const parts = await readWorkbookParts(zip);
    const stylesXml = parts.styles && zip.has(parts.styles) ? await zip.text(parts.styles) : '';
    const styles = stylesXml ? parseStyles(stylesXml) : [];
    const dxfs = stylesXml ? parseDxfs(stylesXml) : [];
    const strings = await readSharedStrings(zip, parts.sharedStrings);
    return {
      sheets: parts.sheets.map((entry) => ({ name: entry.name, bytes: zip.size(entry.path) })),
      read: (index) => readSheet(zip, parts.sheets[index], strings, styles, parts.date1904, dxfs),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

export async function readGridXlsx(path: string, name: string): Promise<GridWorkbook> {
  const source = await openGridSource(path);
  try {
    const sheets: SheetGrid[] = [];
    for (let i = 0; i < source.sheets.length; i++) sheets.push(await source.read(i));
    return { name, sheets };
  } finally {
    source.close();
  }
}
