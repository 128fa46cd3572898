/**
 * The zip container of an .xlsx, through yauzl (reading) and yazl (writing). Both inflate
 * and deflate in Node's zlib, off the main thread, so a large sheet's XML is parsed or
 * produced while the previous chunk is being (de)compressed.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';

export interface ZipReader {
  names: string[];
  has(name: string): boolean;
  /** The whole entry as text (small parts: workbook, styles, relationships). */
  text(name: string): Promise<string>;
  /** The entry as UTF-8 text in chunks, for parts too large to hold as one string. */
  eachChunk(name: string, onChunk: (chunk: string) => void): Promise<void>;
  close(): void;
}

export function openZip(path: string): Promise<ZipReader> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: false, autoClose: false, decodeStrings: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('zip'));
      const entries = new Map<string, yauzl.Entry>();
      zip.on('entry', (entry: yauzl.Entry) => entries.set(entry.fileName.replace(/^\/+/, ''), entry));
      zip.on('error', reject);
      zip.on('end', () => {
        const eachChunk = (name: string, onChunk: (chunk: string) => void): Promise<void> =>
          new Promise((done, fail) => {
            const entry = entries.get(name);
            if (!entry) return fail(new Error(`missing part ${name}`));
            zip.openReadStream(entry, (streamError, stream) => {
              if (streamError || !stream) return fail(streamError ?? new Error(name));
              stream.setEncoding('utf8');
              stream.on('data', (chunk: string) => {
                try {
                  onChunk(chunk);
                } catch (handlerError) {
                  stream.destroy(handlerError as Error);
                }
              });
              stream.on('error', fail);
              stream.on('end', () => done());
            });
          });
        resolve({
          names: [...entries.keys()],
          has: (name) => entries.has(name),
          eachChunk,
          async text(name) {
            const parts: string[] = [];
            await eachChunk(name, (chunk) => parts.push(chunk));
            return parts.join('');
          },
          close: () => zip.close(),
        });
      });
    });
  });
}

/** Entries carry one fixed time, so the same workbook always gives the same bytes. */
const FIXED_TIME = new Date(2025, 0, 1);

export interface ZipWriter {
  addText(name: string, text: string): void;
  /** Text produced chunk by chunk (a large sheet), deflated as it comes. */
  addChunks(name: string, chunks: Iterable<string>): void;
  finish(): Promise<void>;
}

export function createZip(path: string): ZipWriter {
  const zip = new yazl.ZipFile();
  const written = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('close', resolve);
    out.on('error', reject);
    zip.outputStream.on('error', reject);
    zip.outputStream.pipe(out);
  });
  // Level 1 deflates several times faster than the default for a file a few percent larger.
  const options = { compressionLevel: 1, mtime: FIXED_TIME };
  return {
    addText: (name, text) => zip.addBuffer(Buffer.from(text, 'utf8'), name, options),
    addChunks: (name, chunks) => zip.addReadStream(Readable.from(chunks, { objectMode: false }), name, options),
    async finish() {
      zip.end();
      await written;
    },
  };
}
