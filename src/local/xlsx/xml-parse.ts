/**
 * XML parsing for the large-file reader, on saxen: its lazy attributes and lazy entity
 * decoding make it about twice as fast as a classic SAX parser on sheet XML, and it
 * parses fragments, which lets a sheet be parsed while it inflates.
 */
import { decode, Parser } from 'saxen';
import type { ZipReader } from './zip';

export type Attributes = Record<string, string>;

/**
 * `open` returns true for an element whose text it wants (v, f, t: they hold no child
 * elements); `close` gets that text. Names come without a namespace prefix.
 */
export interface PartHandlers {
  open(tag: string, attributes: () => Attributes): boolean;
  close(tag: string, text: string): void;
}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Attribute values as written (entities decoded only where a caller needs the text). */
export const attributeText = (value: string | undefined): string =>
  value === undefined ? '' : value.indexOf('&') < 0 ? value : decode(value);

function parser(handlers: PartHandlers, onError: (error: Error) => void): Parser {
  let captured: string | null = null;
  let text = '';
  return new Parser()
    .on('openTag', (name, attributes, _decode, selfClosing) => {
      const tag = localName(name);
      if (handlers.open(tag, attributes) && !selfClosing) {
        captured = tag;
        text = '';
      }
    })
    .on('text', (raw, decodeText) => {
      if (captured !== null) text += raw.indexOf('&') < 0 ? raw : decodeText(raw);
    })
    .on('closeTag', (name) => {
      const tag = localName(name);
      if (tag === captured) {
        captured = null;
        handlers.close(tag, text);
        text = '';
      } else handlers.close(tag, '');
    })
    .on('error', onError);
}

/** A small document, parsed whole. */
export function parseXmlText(xml: string, handlers: PartHandlers): void {
  let failure: Error | null = null;
  parser(handlers, (error) => (failure = error)).parse(xml);
  if (failure) throw failure;
}

export async function parseWhole(zip: ZipReader, name: string, handlers: PartHandlers): Promise<void> {
  parseXmlText(await zip.text(name), handlers);
}

/**
 * A large part (a sheet's rows, the shared strings) parsed as it inflates: the text is cut
 * after each complete `item` element inside `container`, and saxen parses each run of
 * items as it comes. The part's head and tail are parsed as their own small documents.
 * Neither markup can occur inside text, where '<' is always escaped.
 */
export async function parseStreaming(
  zip: ZipReader,
  name: string,
  container: string,
  item: string,
  handlers: PartHandlers,
): Promise<void> {
  let failure: Error | null = null;
  const fail = (error: Error): void => {
    failure ??= error;
  };
  const body = parser(handlers, fail);
  let pending = '';
  let state: 'head' | 'body' | 'tail' = 'head';
  let prefix = '';
  let closeItem = `</${item}>`;
  let closeContainer = `</${container}>`;
  const headEnd = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${container}\\b[^>]*?(/?)>`);
  const step = (): void => {
    if (state === 'head') {
      const found = headEnd.exec(pending);
      if (!found) return;
      prefix = found[1];
      closeItem = `</${prefix}${item}>`;
      closeContainer = `</${prefix}${container}>`;
      const head = pending.slice(0, found.index + found[0].length);
      // The head ends inside open elements: the only error allowed is the document ending there.
      parser(handlers, (error) => (/end of file/i.test(error.message) ? undefined : fail(error))).parse(head);
      pending = pending.slice(head.length);
      state = found[2] === '/' ? 'tail' : 'body';
    }
    if (state === 'body') {
      const end = pending.indexOf(closeContainer);
      const cut = end >= 0 ? end : pending.lastIndexOf(closeItem);
      if (cut < 0) return;
      const upTo = end >= 0 ? end : cut + closeItem.length;
      if (upTo > 0) body.parse(pending.slice(0, upTo));
      pending = pending.slice(upTo);
      if (end >= 0) state = 'tail';
    }
  };
  await zip.eachChunk(name, (chunk) => {
    pending += chunk;
    step();
    if (failure) throw failure;
  });
  step();
  if (state === 'head') throw new Error(`${name}: no <${container}>`);
  if (state === 'body') throw new Error(`${name}: <${container}> not closed`);
  // What follows the rows (merges, validations) closes the root the head opened: parse it on its own.
  const tail = pending.replace(closeContainer, '').replace(/<\/[^>]*>\s*$/, '');
  parser(handlers, fail).parse(`<tail>${tail}</tail>`);
  if (failure) throw failure;
}
