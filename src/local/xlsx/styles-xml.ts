/**
 * xl/styles.xml for the large-file path, limited to what the runtime models per cell:
 * number format, solid background, font colour and bold. Colours are '#rrggbb'.
 */
import { builtinFormatCode, builtinFormatId, isDateFormat } from './number-formats';
import { attributeText, parseXmlText } from './xml-parse';
import { escapeXml } from './xml-text';

export interface CellStyle {
  numberFormat: string;
  background: string;
  fontColor: string;
  bold: boolean;
}

/** One entry per cellXfs index, as read. */
export interface ReadStyle extends CellStyle {
  isDate: boolean;
}

const hexColor = (argb: string | undefined): string =>
  argb && /^[0-9a-f]{6,8}$/i.test(argb) ? `#${argb.slice(-6).toLowerCase()}` : '';

export function parseStyles(xml: string): ReadStyle[] {
  const customFormats = new Map<number, string>();
  const fonts: { color: string; bold: boolean }[] = [];
  const fills: string[] = [];
  const xfs: ReadStyle[] = [];
  const open: string[] = [];
  let fill: { solid: boolean; color: string } | null = null;
  parseXmlText(xml, {
    open(tag, attributes) {
      const parent = open[open.length - 1];
      const grandparent = open[open.length - 2];
      open.push(tag);
      switch (tag) {
        case 'numFmt': {
          const a = attributes();
          customFormats.set(Number(a.numFmtId), attributeText(a.formatCode));
          break;
        }
        case 'font':
          if (parent === 'fonts') fonts.push({ color: '', bold: false });
          break;
        case 'b':
          if (parent === 'font' && grandparent === 'fonts') {
            const val = attributes().val;
            fonts[fonts.length - 1].bold = val !== '0' && val !== 'false';
          }
          break;
        case 'color':
          if (parent === 'font' && grandparent === 'fonts') fonts[fonts.length - 1].color = hexColor(attributes().rgb);
          break;
        case 'fill':
          if (parent === 'fills') fill = { solid: false, color: '' };
          break;
        case 'patternFill':
          if (fill) fill.solid = attributes().patternType === 'solid';
          break;
        case 'fgColor':
          if (fill) fill.color = hexColor(attributes().rgb);
          break;
        case 'xf':
          if (parent === 'cellXfs') {
            const a = attributes();
            const id = Number(a.numFmtId ?? 0);
            // Format 0 is General: exceljs reports no format for it, and neither does this.
            const numberFormat = id ? (customFormats.get(id) ?? builtinFormatCode(id) ?? '') : '';
            const font = fonts[Number(a.fontId ?? 0)];
            xfs.push({
              numberFormat,
              isDate: numberFormat !== '' && isDateFormat(numberFormat),
              background: fills[Number(a.fillId ?? 0)] ?? '',
              fontColor: font?.color ?? '',
              bold: font?.bold ?? false,
            });
          }
          break;
      }
      return false;
    },
    close(tag) {
      if (tag === 'fill' && fill) {
        fills.push(fill.solid ? fill.color : '');
        fill = null;
      }
      open.pop();
    },
  });
  return xfs;
}

/** The format a conditional rule shows (a differential format, `<dxf>`); '' where unset. */
export interface DxfStyle {
  background: string;
  fontColor: string;
  bold: boolean | null;
}

/** The `<dxfs>` of a styles part, in order (small: parsed with patterns). */
export function parseDxfs(xml: string): DxfStyle[] {
  const block = /<(?:\w+:)?dxfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?dxfs>/.exec(xml)?.[1] ?? '';
  return [...block.matchAll(/<(?:\w+:)?dxf>([\s\S]*?)<\/(?:\w+:)?dxf>/g)].map(([, dxf]) => {
    const fill = /<(?:\w+:)?fill>([\s\S]*?)<\/(?:\w+:)?fill>/.exec(dxf)?.[1] ?? '';
    const font = /<(?:\w+:)?font>([\s\S]*?)<\/(?:\w+:)?font>/.exec(dxf)?.[1] ?? '';
    const rgb = (text: string, tag: string) =>
      hexColor(new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*\\brgb="([0-9A-Fa-f]{6,8})"`).exec(text)?.[1]);
    const bold = /<(?:\w+:)?b(\s+val="([^"]*)")?\s*\/>/.exec(font);
    return {
      background: rgb(fill, 'bgColor') || rgb(fill, 'fgColor'),
      fontColor: rgb(font, 'color'),
      bold: bold ? bold[2] !== '0' && bold[2] !== 'false' : null,
    };
  });
}

/** The index of the item `key` stands for, the item appended if it is new: styles are numbered in the order first seen. */
function numbered<T>(items: T[], index: Map<string, number>, key: string, item: T): number {
  let id = index.get(key);
  if (id === undefined) {
    id = items.length;
    items.push(item);
    index.set(key, id);
  }
  return id;
}

/** Distinct cell styles in the order first seen; index 0 is the plain style. */
export class StyleRegistry {
  private readonly index = new Map<string, number>();
  private readonly styles: CellStyle[] = [];
  private readonly dxfIndex = new Map<string, number>();
  private readonly dxfs: DxfStyle[] = [];

  /** `seed`: styles another registry numbered, kept at the same indices (sheets written elsewhere use them). */
  constructor(seed: CellStyle[] = [], seedDxfs: DxfStyle[] = []) {
    this.add({ numberFormat: '', background: '', fontColor: '', bold: false });
    for (const style of seed) this.add(style);
    for (const dxf of seedDxfs) this.addDxf(dxf);
  }

  list(): CellStyle[] {
    return [...this.styles];
  }

  dxfList(): DxfStyle[] {
    return [...this.dxfs];
  }

  addDxf(dxf: DxfStyle): number {
    return numbered(this.dxfs, this.dxfIndex, `${dxf.background}\u0000${dxf.fontColor}\u0000${dxf.bold}`, dxf);
  }

  private dxfXml(): string {
    if (this.dxfs.length === 0) return '';
    const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
    const items = this.dxfs.map(
      (d) =>
        '<dxf>' +
        (d.fontColor || d.bold !== null
          ? `<font>${d.bold ? '<b/>' : d.bold === false ? '<b val="0"/>' : ''}${d.fontColor ? `<color rgb="${argb(d.fontColor)}"/>` : ''}</font>`
          : '') +
        (d.background
          ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(d.background)}"/></patternFill></fill>`
          : '') +
        '</dxf>',
    );
    return `<dxfs count="${items.length}">${items.join('')}</dxfs>`;
  }

  add(style: CellStyle): number {
    const key = `${style.numberFormat}\u0000${style.background}\u0000${style.fontColor}\u0000${style.bold ? 1 : 0}`;
    return numbered(this.styles, this.index, key, style);
  }

  toXml(): string {
    const formatIds = new Map<string, number>();
    const customFormats: string[] = [];
    const fontIds = new Map<string, number>([['|', 0]]);
    const fonts = [
      '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
    ];
    const fillIds = new Map<string, number>([['', 0]]);
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
    ];
    const xfs = this.styles.map((style) => {
      let formatId = 0;
      if (style.numberFormat && style.numberFormat !== 'General') {
        formatId =
          formatIds.get(style.numberFormat) ?? builtinFormatId(style.numberFormat) ?? 164 + customFormats.length;
        if (!formatIds.has(style.numberFormat)) {
          formatIds.set(style.numberFormat, formatId);
          if (formatId >= 164)
            customFormats.push(`<numFmt numFmtId="${formatId}" formatCode="${escapeXml(style.numberFormat, true)}"/>`);
        }
      }
      const fontKey = `${style.fontColor}|${style.bold ? 'b' : ''}`;
      let fontId = fontIds.get(fontKey);
      if (fontId === undefined) {
        fontId = fonts.length;
        fontIds.set(fontKey, fontId);
        const color = style.fontColor
          ? `<color rgb="FF${style.fontColor.slice(1).toUpperCase()}"/>`
          : '<color theme="1"/>';
        fonts.push(
          `<font>${style.bold ? '<b/>' : ''}<sz val="11"/>${color}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`,
        );
      }
      let fillId = fillIds.get(style.background);
      if (fillId === undefined) {
        fillId = fills.length;
        fillIds.set(style.background, fillId);
        fills.push(
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${style.background.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`,
        );
      }
      const applied = `${formatId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}`;
      return `<xf numFmtId="${formatId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applied}/>`;
    });
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (customFormats.length ? `<numFmts count="${customFormats.length}">${customFormats.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      this.dxfXml() +
      '</styleSheet>'
    );
  }
}
