/**
 * Cell notes in the large-file path: Excel keeps them as a comments part (the text) and a
 * VML drawing (the yellow box Excel shows), both linked from the sheet's relationships.
 * Written from and read into a grid's sparse notes map, so a note costs nothing per
 * clean cell.
 */
import { columnLetter } from '../gas/a1';
import { cellKey, cellOfKey } from '../workbook-data';
import { attributeText, parseWhole } from './xml-parse';
import { escapeXml, unescapeCellText } from './xml-text';
import type { ZipReader } from './zip';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NOTES_REL_ID = 'rIdNotes';
export const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
export const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

/** The element that ties a sheet to its notes' drawing (last in the worksheet). */
export const legacyDrawingXml = `<legacyDrawing r:id="${NOTES_REL_ID}"/>`;

const sorted = (notes: Map<number, string>): [number, string][] => [...notes.entries()].sort(([a], [b]) => a - b);

export function* commentsXml(notes: Map<number, string>): Generator<string> {
  yield `${XML_HEAD}<comments xmlns="${MAIN_NS}"><authors><author></author></authors><commentList>`;
  let chunk = '';
  let n = 0;
  for (const [k, text] of sorted(notes)) {
    const [row, column] = cellOfKey(k);
    chunk += `<comment ref="${columnLetter(column)}${row}" authorId="0"><text><r><t xml:space="preserve">${escapeXml(text)}</t></r></text></comment>`;
    if (++n % 2_000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}</commentList></comments>`;
}

export function* vmlXml(notes: Map<number, string>, sheetIndex: number): Generator<string> {
  yield (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetIndex + 1}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
  );
  let chunk = '';
  let n = 0;
  for (const [k] of sorted(notes)) {
    const [row, column] = cellOfKey(k);
    const id = (sheetIndex + 1) * 1024 + ++n;
    chunk +=
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59pt;margin-top:1pt;width:144pt;height:60pt;z-index:${n};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${column}, 15, ${row - 1}, 2, ${column + 2}, 15, ${row + 3}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${column - 1}</x:Column></x:ClientData></v:shape>`;
    if (n % 2_000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}</xml>`;
}

export function sheetRelsXml(sheetIndex: number): string {
  return (
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rIdComments" Type="${REL_NS}/comments" Target="../comments${sheetIndex + 1}.xml"/>` +
    `<Relationship Id="${NOTES_REL_ID}" Type="${REL_NS}/vmlDrawing" Target="../drawings/vmlDrawing${sheetIndex + 1}.vml"/>` +
    '</Relationships>'
  );
}

const resolve = (base: string, target: string): string =>
  (target.startsWith('/') ? target.slice(1) : `${base}${target}`).replace(/[^/]+\/\.\.\//g, '');

/** The notes of the sheet stored at `sheetPath`, from its comments part if it has one. */
export async function readNotes(zip: ZipReader, sheetPath: string): Promise<Map<number, string>> {
  const notes = new Map<number, string>();
  const slash = sheetPath.lastIndexOf('/');
  const rels = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  if (!zip.has(rels)) return notes;
  let comments = '';
  await parseWhole(zip, rels, {
    open(tag, attributes) {
      if (tag === 'Relationship') {
        const a = attributes();
        if (attributeText(a.Type).endsWith('/comments'))
          comments = resolve(sheetPath.slice(0, slash + 1), attributeText(a.Target));
      }
      return false;
    },
    close() {},
  });
  if (!comments || !zip.has(comments)) return notes;
  let ref = '';
  let text = '';
  let phonetic = 0;
  await parseWhole(zip, comments, {
    open(tag, attributes) {
      if (tag === 'comment') {
        ref = attributeText(attributes().ref);
        text = '';
      } else if (tag === 'rPh') phonetic++;
      return tag === 't' && phonetic === 0;
    },
    close(tag, t) {
      if (tag === 't' && phonetic === 0) text += t;
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'comment') {
        const m = /^([A-Z]+)(\d+)$/.exec(ref);
        if (m && text) {
          const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
          notes.set(cellKey(Number(m[2]), column), unescapeCellText(text));
        }
      }
    },
  });
  return notes;
}
