/**
 * The names in an OLE compound file's directory (MS-CFB), read sector by sector without
 * loading the file: both an Excel 97–2003 .xls and a password-protected .xlsx are such
 * files, and only their streams tell them apart.
 * Layout: [MS-CFB] 2.2 Compound File Header, 2.3 Compound File Sector Numbers and Types,
 * 2.6 Compound File Directory Sectors (https://learn.microsoft.com/openspecs/windows_protocols/ms-cfb/).
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** "Compound File Header Signature: Identification signature for the compound file structure" (2.2). */
export const OLE_SIGNATURE = 0xd0cf11e0;
/** Sector numbers above this are markers: DIFSECT, FATSECT, ENDOFCHAIN, FREESECT (2.1). */
const MAXREGSECT = 0xfffffffa;
const DIRECTORY_ENTRY_BYTES = 128;

type ReadAt = (offset: number, length: number) => Buffer;

/** The FAT sector numbers: 109 in the header, the rest in the DIFAT chain (2.5). */
function fatSectors(header: Buffer, sector: (id: number) => Buffer, sectorSize: number): number[] {
  const ids: number[] = [];
  for (let i = 0; i < 109; i++) ids.push(header.readUInt32LE(0x4c + i * 4));
  let next = header.readUInt32LE(0x44);
  for (let n = header.readUInt32LE(0x48); n > 0 && next <= MAXREGSECT; n--) {
    const difat = sector(next);
    for (let i = 0; i < sectorSize / 4 - 1; i++) ids.push(difat.readUInt32LE(i * 4));
    next = difat.readUInt32LE(sectorSize - 4);
  }
  return ids.filter((id) => id <= MAXREGSECT);
}

function directoryNames(readAt: ReadAt): string[] {
  const header = readAt(0, 512);
  if (header.length < 512 || header.readUInt32BE(0) !== OLE_SIGNATURE) return [];
  const shift = header.readUInt16LE(0x1e);
  // "Sector Shift: ... MUST be set to 0x0009, or 0x000c" (2.2).
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const sector = (id: number): Buffer => readAt((id + 1) * sectorSize, sectorSize);
  const fat = fatSectors(header, sector, sectorSize);
  const perFatSector = sectorSize / 4;
  const nextOf = (id: number): number => {
    const fatSector = fat[Math.floor(id / perFatSector)];
    if (fatSector === undefined) return 0xfffffffe;
    const entries = sector(fatSector);
    const at = (id % perFatSector) * 4;
    return entries.length >= at + 4 ? entries.readUInt32LE(at) : 0xfffffffe;
  };
  const names: string[] = [];
  // A chain that comes back to a sector it passed loops: a damaged file, read no further.
  const seen = new Set<number>();
  for (let id = header.readUInt32LE(0x30); id <= MAXREGSECT && !seen.has(id); id = nextOf(id)) {
    seen.add(id);
    const entries = sector(id);
    for (let at = 0; at + DIRECTORY_ENTRY_BYTES <= entries.length; at += DIRECTORY_ENTRY_BYTES) {
      // "Directory Entry Name Length: ... MUST be a multiple of 2 and include the terminating null" (2.6.1).
      const length = entries.readUInt16LE(at + 0x40);
      const type = entries[at + 0x42];
      if (type !== 0 && length >= 2 && length <= 64) names.push(entries.toString('utf16le', at, at + length - 2));
    }
    if (entries.length < sectorSize) break;
  }
  return names;
}

/** Every storage and stream name in the file's directory; [] when it is no readable OLE file. */
export function oleEntryNames(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    return directoryNames((offset, length) => {
      const bytes = Buffer.alloc(length);
      return bytes.subarray(0, readSync(fd, bytes, 0, length, offset));
    });
  } finally {
    closeSync(fd);
  }
}
