/**
 * The zip container of an .xlsx: yauzl reads it, fflate lays it out when writing. Both
 * leave inflating, deflating and checksums to Node's zlib (native, the deflate off the
 * main thread), so a large sheet's XML is parsed or produced while the previous chunk is
 * being (de)compressed.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import yauzl from 'yauzl';
import { XlsxError } from './errors';

/**
 * The most an opened file may inflate to, so that a zip bomb (a few MB that inflate to
 * gigabytes) is refused before it costs time or memory. A 150,000-row Danh sách as this
 * project writes it (inline strings, bench/generate-workbook.ts) is about 100 MB of XML
 * and the whole workbook about 170 MB; Excel's layout (shared strings) is smaller. The
 * limits leave several times that. README › Lệnh ngoại tuyến states them.
 */
export const INFLATE_LIMITS = { partBytes: 512 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024 } as const;

export interface ZipReader {
  names: string[];
  has(name: string): boolean;
  /** Uncompressed size in bytes, as the zip declares it (0 when absent). */
  size(name: string): number;
  /** What every entry declares it inflates to, together. */
  declaredBytes: number;
  /** The whole entry as text (small parts: workbook, styles, relationships). */
  text(name: string): Promise<string>;
  /** The entry as UTF-8 text in chunks, for parts too large to hold as one string. */
  eachChunk(name: string, onChunk: (chunk: string) => void): Promise<void>;
  /** Inflates every entry without keeping it: proves each holds no more than it declares. */
  inflateAll(): Promise<void>;
  close(): void;
}

/**
 * Refuses, as the zip's directory is read, an entry or a whole that declares more than
 * INFLATE_LIMITS; then, since a directory can lie, an entry that inflates to more than it
 * declares. Together these hold what each entry, and so the whole, really inflates to within
 * the limits.
 */
class InflateBudget {
  private declared = 0;

  constructor(private readonly path: string) {}

  declare(entry: yauzl.Entry): void {
    this.declared += entry.uncompressedSize;
    if (entry.uncompressedSize > INFLATE_LIMITS.partBytes || this.declared > INFLATE_LIMITS.totalBytes)
      throw new XlsxError('too_large', this.path, entry.fileName);
  }

  get declaredBytes(): number {
    return this.declared;
  }

  /** Refuses a chunk that takes `entry` past its declared size; `sofar` is what the entry gave before it. */
  spend(entry: yauzl.Entry, sofar: number, bytes: number): void {
    if (sofar + bytes > entry.uncompressedSize) throw new XlsxError('too_large', this.path, entry.fileName);
  }
}

type ZipFile = yauzl.ZipFile;

/** Streams one entry's inflated bytes to `onBytes`, counted against the budget. */
function inflateEntry(zip: ZipFile, entry: yauzl.Entry, budget: InflateBudget, onBytes: (b: Buffer) => void) {
  return new Promise<void>((done, fail) => {
    zip.openReadStream(entry, (streamError, stream) => {
      if (streamError || !stream) return fail(streamError ?? new Error(entry.fileName));
      let sofar = 0;
      stream.on('data', (chunk: Buffer) => {
        try {
          budget.spend(entry, sofar, chunk.length);
          sofar += chunk.length;
          onBytes(chunk);
        } catch (handlerError) {
          stream.destroy(handlerError as Error);
        }
      });
      stream.on('error', fail);
      // Sizes are not left to yauzl (see openZip), so a short entry is caught here.
      stream.on('end', () =>
        sofar === entry.uncompressedSize
          ? done()
          : fail(new Error(`${entry.fileName}: ${sofar} bytes, ${entry.uncompressedSize} declared`)),
      );
    });
  });
}

function readerOver(zip: ZipFile, entries: Map<string, yauzl.Entry>, budget: InflateBudget): ZipReader {
  const entryNamed = (name: string): yauzl.Entry => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`missing part ${name}`);
    return entry;
  };
  const eachChunk = async (name: string, onChunk: (chunk: string) => void): Promise<void> => {
    const decoder = new StringDecoder('utf8');
    await inflateEntry(zip, entryNamed(name), budget, (bytes) => onChunk(decoder.write(bytes)));
    const rest = decoder.end();
    if (rest) onChunk(rest);
  };
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    size: (name) => entries.get(name)?.uncompressedSize ?? 0,
    declaredBytes: budget.declaredBytes,
    eachChunk,
    async text(name) {
      const parts: string[] = [];
      await eachChunk(name, (chunk) => parts.push(chunk));
      return parts.join('');
    },
    async inflateAll() {
      for (const entry of entries.values()) await inflateEntry(zip, entry, budget, () => {});
    },
    close: () => zip.close(),
  };
}

export function openZip(path: string): Promise<ZipReader> {
  return new Promise((resolve, reject) => {
    // Sizes are checked here, against the limits as well as the directory (InflateBudget).
    const options = { lazyEntries: false, autoClose: false, decodeStrings: true, validateEntrySizes: false };
    yauzl.open(path, options, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('zip'));
      const entries = new Map<string, yauzl.Entry>();
      const budget = new InflateBudget(path);
      let refused = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (refused) return;
        try {
          budget.declare(entry);
          entries.set(entry.fileName.replace(/^\/+/, ''), entry);
        } catch (tooLarge) {
          refused = true;
          zip.close();
          reject(tooLarge);
        }
      });
      zip.on('error', reject);
      zip.on('end', () => resolve(readerOver(zip, entries, budget)));
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
