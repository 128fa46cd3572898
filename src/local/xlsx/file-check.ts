/**
 * What kind of file the offline command was given, before anything is inflated: people
 * hand over what they have (an Excel 97–2003 .xls, a LibreOffice .ods, a password-protected
 * .xlsx, a forged zip), and each gets its own line rather than a misleading one.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { XlsxError } from './errors';
import { OLE_SIGNATURE, oleEntryNames } from './ole';
import { openZip, type ZipReader } from './zip';

const ZIP_SIGNATURE = 0x504b0304;
/** "The first file in the zip file must be named mimetype … uncompressed" (OpenDocument 1.3 Part 2, 3.3). */
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

function firstBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(8);
    return head.subarray(0, readSync(fd, head, 0, 8, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * A password-protected .xlsx is an OLE file holding "EncryptionInfo" and "EncryptedPackage"
 * ([MS-OFFCRYPTO] 2.3.4.x, "\EncryptionInfo Stream", "\EncryptedPackage Stream"); an Excel
 * 97–2003 workbook holds "Workbook" (BIFF8) or "Book" (BIFF5) ([MS-XLS] 2.1.2 "Workbook Stream").
 */
function oleProblem(path: string): XlsxError {
  const names = new Set(oleEntryNames(path));
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) return new XlsxError('encrypted', path);
  if (names.has('Workbook') || names.has('Book')) return new XlsxError('xls', path);
  return new XlsxError('not_xlsx', path);
}

const OPENDOCUMENT = 'application/vnd.oasis.opendocument.';

/** An OpenDocument file's problem: a spreadsheet has its own line, a text or slides is no workbook. */
async function openDocumentProblem(zip: ZipReader, path: string): Promise<XlsxError | null> {
  if (!zip.has('mimetype') || zip.size('mimetype') > 256) return null;
  const mimetype = (await zip.text('mimetype')).trim();
  if (mimetype === ODS_MIMETYPE) return new XlsxError('ods', path);
  return mimetype.startsWith(OPENDOCUMENT) ? new XlsxError('not_xlsx', path) : null;
}

export interface CheckedFile {
  /** Bytes on disk. */
  size: number;
  /** What the zip's entries declare they inflate to, together (within INFLATE_LIMITS). */
  inflatedBytes: number;
}

/**
 * Refuses, with the problem the CLI words, any file that is not an .xlsx of bounded size
 * (a zip that fails to open throws as it is: the reader calls that corrupt).
 */
export async function checkWorkbookFile(path: string): Promise<CheckedFile> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new XlsxError('missing', path);
  }
  const head = firstBytes(path);
  if (head.length >= 4 && head.readUInt32BE(0) === OLE_SIGNATURE) throw oleProblem(path);
  if (head.length < 4 || head.readUInt32BE(0) !== ZIP_SIGNATURE) throw new XlsxError('not_xlsx', path);
  const zip = await openZip(path);
  try {
    const problem = await openDocumentProblem(zip, path);
    if (problem) throw problem;
    return { size, inflatedBytes: zip.declaredBytes };
  } finally {
    zip.close();
  }
}

/** Inflates every entry once, counting: for readers (exceljs) that would trust the zip's directory. */
export async function proveInflatedSizes(path: string): Promise<void> {
  const zip = await openZip(path);
  try {
    await zip.inflateAll();
  } finally {
    zip.close();
  }
}
