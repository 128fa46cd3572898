/**
 * A small OLE compound file ([MS-CFB] version 3 with 512-byte sectors, or version 4 with
 * 4,096-byte ones) holding the named streams: what Excel 97–2003 saves as .xls, and what
 * Office saves a password-protected .xlsx as. Each stream is padded to at least the
 * mini-stream cutoff (4,096 bytes), so that every stream lives in ordinary sectors and the
 * file needs one FAT sector and no mini FAT.
 */
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;
const CUTOFF = 4096;

function header(sector: number, directorySector: number, directorySectors: number): Buffer {
  const h = Buffer.alloc(sector);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(h, 0);
  h.writeUInt16LE(0x003e, 0x18); // minor version
  h.writeUInt16LE(sector === 512 ? 3 : 4, 0x1a); // major version
  h.writeUInt16LE(0xfffe, 0x1c); // little-endian
  h.writeUInt16LE(sector === 512 ? 9 : 12, 0x1e); // sector shift
  h.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  if (sector === 4096) h.writeUInt32LE(directorySectors, 0x28); // version 3 leaves it 0
  h.writeUInt32LE(1, 0x2c); // one FAT sector
  h.writeUInt32LE(directorySector, 0x30);
  h.writeUInt32LE(CUTOFF, 0x38);
  h.writeUInt32LE(ENDOFCHAIN, 0x3c); // no mini FAT
  h.writeUInt32LE(ENDOFCHAIN, 0x44); // no DIFAT sectors
  h.writeUInt32LE(0, 0x4c); // the FAT is sector 0
  for (let i = 1; i < 109; i++) h.writeUInt32LE(FREESECT, 0x4c + i * 4);
  return h;
}

function entry(name: string, type: number, right: number, child: number, start: number, size: number): Buffer {
  const e = Buffer.alloc(128);
  e.write(name, 0, 'utf16le');
  e.writeUInt16LE((name.length + 1) * 2, 0x40);
  e[0x42] = type; // 2 stream, 5 root storage
  e[0x43] = 1; // black
  e.writeUInt32LE(NOSTREAM, 0x44);
  e.writeUInt32LE(right, 0x48);
  e.writeUInt32LE(child, 0x4c);
  e.writeUInt32LE(start, 0x74);
  e.writeUInt32LE(size, 0x78);
  return e;
}

const unused = (): Buffer => entry('', 0, NOSTREAM, NOSTREAM, 0, 0).fill(0, 0, 0x44);

/** The file's bytes: header, FAT, directory, then each stream's sectors. */
export function oleFile(streams: [name: string, content: Buffer][], sector: 512 | 4096 = 512): Buffer {
  const padded = streams.map(([name, content]) => {
    const size = Math.max(CUTOFF, Math.ceil(content.length / sector) * sector);
    return { name, bytes: Buffer.concat([content, Buffer.alloc(size - content.length)]) };
  });
  const entries = padded.length + 1;
  const directorySectors = Math.ceil(entries / (sector / 128));
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  let next = 1;
  const chain = (count: number): number => {
    const start = next;
    for (let i = 0; i < count; i++, next++) fat.writeUInt32LE(i === count - 1 ? ENDOFCHAIN : next + 1, next * 4);
    return start;
  };
  const directoryStart = chain(directorySectors);
  const starts = padded.map((s) => chain(s.bytes.length / sector));
  if (next > sector / 4) throw new Error('oleFile: more than one FAT sector');
  const directory = [
    entry('Root Entry', 5, NOSTREAM, padded.length ? 1 : NOSTREAM, ENDOFCHAIN, 0),
    ...padded.map((s, i) =>
      entry(s.name, 2, i + 2 <= padded.length ? i + 2 : NOSTREAM, NOSTREAM, starts[i], s.bytes.length),
    ),
  ];
  while (directory.length < directorySectors * (sector / 128)) directory.push(unused());
  const head = header(sector, directoryStart, directorySectors);
  return Buffer.concat([head, fat, ...directory, ...padded.map((s) => s.bytes)]);
}

/** A BIFF8 workbook stream's first record (BOF, workbook globals) and its end (EOF). */
export const BIFF8_WORKBOOK = Buffer.from('0908100000060500bb0dcc07c1000000060300000a000000', 'hex');
