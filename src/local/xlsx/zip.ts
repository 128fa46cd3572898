/**
 * The zip container of an .xlsx: yauzl reads it, fflate lays it out when writing. Both
 * leave inflating, deflating and checksums to Node's zlib (native, the deflate off the
 * main thread), so a large sheet's XML is parsed or produced while the previous chunk is
 * being (de)compressed.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import yauzl from 'yauzl';

export interface ZipReader {
  names: string[];
  has(name: string): boolean;
  /** Uncompressed size in bytes (0 when absent). */
  size(name: string): number;
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
          size: (name) => entries.get(name)?.uncompressedSize ?? 0,
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

/** An entry deflated elsewhere (another thread), with the checksum and size of what it holds. */
export interface DeflatedPart {
  deflated: Uint8Array;
  crc: number;
  size: number;
}

export interface ZipWriter {
  addText(name: string, text: string): Promise<void>;
  addDeflated(name: string, part: DeflatedPart): Promise<void>;
  /** Text produced chunk by chunk (a large sheet), deflated as it comes. */
  addChunks(name: string, chunks: Iterable<string>): Promise<void>;
  finish(): Promise<void>;
}

/** A zip entry deflated by zlib; fflate writes its header, data descriptor and directory entry. */
class DeflatedEntry implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  readonly mtime = FIXED_TIME;
  ondata?: ZipInputFile['ondata'];
  // Level 1 deflates several times faster than the default for a file a few percent larger.
  private readonly deflate = createDeflateRaw({ level: 1, chunkSize: 1 << 20, strategy: constants.Z_DEFAULT_STRATEGY });
  readonly done: Promise<void>;

  constructor(readonly filename: string) {
    this.deflate.on('data', (chunk: Buffer) => this.ondata!(null, chunk as Uint8Array<ArrayBuffer>, false));
    this.deflate.on('error', (error) =>
      this.ondata!(error as unknown as Parameters<NonNullable<ZipInputFile['ondata']>>[0], new Uint8Array(0), true),
    );
    this.done = once(this.deflate, 'end').then(() => this.ondata!(null, new Uint8Array(0), true));
  }

  async write(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain');
  }

  end(): Promise<void> {
    this.deflate.end();
    return this.done;
  }
}

export function createZip(path: string): ZipWriter {
  const out = createWriteStream(path);
  let failure: Error | null = null;
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else out.write(chunk);
    if (final || error) out.end();
  });
  const addChunks = async (name: string, chunks: Iterable<string>): Promise<void> => {
    const entry = new DeflatedEntry(name);
    zip.add(entry);
    for (const chunk of chunks) await entry.write(chunk);
    await entry.end();
  };
  return {
    addChunks,
    addText: (name, text) => addChunks(name, [text]),
    async addDeflated(name, part) {
      const entry: ZipInputFile = { filename: name, size: part.size, crc: part.crc, compression: 8, mtime: FIXED_TIME };
      zip.add(entry);
      entry.ondata!(null, part.deflated as Uint8Array<ArrayBuffer>, true);
    },
    async finish() {
      zip.end();
      await closed;
      if (failure) throw failure;
    },
  };
}

/** Deflates a part in this thread, all at once: for a worker that has nothing else to do. */
export function deflatePart(chunks: Iterable<string>): DeflatedPart {
  const buffers: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk, 'utf8');
    crc = crc32(bytes, crc);
    size += bytes.length;
    buffers.push(bytes);
  }
  return { deflated: deflateRawSync(Buffer.concat(buffers), { level: 1 }), crc, size };
}
