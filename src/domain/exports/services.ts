/**
 * Plan 5277's two lists, sent with the mailbox file: HPNET eOffice accounts and the
 * Government Cipher Committee's digital signatures. UTF-8 with BOM so Excel opens them
 * in Vietnamese; every typed value is formula-safe. No passwords in either.
 */
import { format } from 'date-fns';
import { EXPORT_TEXT } from '../../i18n/findings';
import type { ServiceRecord } from '../services';
import { BOM, csvLine, EOL, neutralise } from './csv';

export const EOFFICE_HEADER: string[] = [...EXPORT_TEXT.eofficeHeader];
export const SIGNATURE_HEADER: string[] = [...EXPORT_TEXT.signatureHeader];

const day = (d: Date | null): string => (d ? format(d, 'dd/MM/yyyy') : '');

/** '+84912345678' → '0912345678', as forms in Vietnam write numbers. */
export function nationalPhone(e164: string): string {
  return e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
}

/** The eOffice user name is the mailbox's local part: 'annv@haiphong.edu.vn' → 'annv'. */
export function localPart(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(0, at);
}

function file(header: string[], rows: string[][]): string {
  return BOM + [csvLine(header), ...rows.map(csvLine)].join(EOL) + EOL;
}

export function toEofficeCsv(records: readonly ServiceRecord[]): string {
  return file(
    EOFFICE_HEADER,
    records.map((r, i) => [
      String(i + 1),
      neutralise(r.fullName),
      day(r.dob),
      neutralise(r.position),
      neutralise(r.unit),
      neutralise(r.commune),
      neutralise(r.address),
      nationalPhone(r.phoneE164),
      neutralise(localPart(r.address)),
    ]),
  );
}

export function toSignatureCsv(records: readonly ServiceRecord[]): string {
  return file(
    SIGNATURE_HEADER,
    records.map((r, i) => [
      String(i + 1),
      neutralise(r.fullName),
      day(r.dob),
      neutralise(r.gender),
      r.cccd,
      neutralise(r.position),
      neutralise(r.unit),
      neutralise(r.commune),
      neutralise(r.address),
      nationalPhone(r.phoneE164),
    ]),
  );
}
