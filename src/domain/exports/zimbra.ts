/**
 * A zmprov script: one 'ca' (createAccount) line per person, UTF-8 without BOM.
 * zmprov splits its input lines like a shell: single quotes keep everything literal, so a
 * value is single-quoted and an apostrophe inside it is written as '\'' . Line breaks and
 * control characters would start a new command and are removed.
 */
import { neutralise } from './csv';
import type { ProvisionRecord } from './records';

const NEEDS_CARE = /[\u0000-\u001F\u007F']/;

export function shellQuote(value: string): string {
  // Most values hold no control character and no apostrophe: quoted as they are.
  if (!NEEDS_CARE.test(value)) return `'${value}'`;
  const flat = value.replace(/[\u0000-\u001F\u007F]+/g, ' ');
  return `'${flat.replace(/'/g, `'\\''`)}'`;
}

/** The quoting the reset script shares with this one (the name zmprov's own reader suggests). */
export const zmprovQuote = shellQuote;

/** The last line of a script: zmprov's exit status then says whether any line failed. */
export const ZMPROV_EXIT = 'exit';

export function toZimbraScript(
  records: readonly ProvisionRecord[],
  password: (record: ProvisionRecord) => string,
): string {
  // Each line joined, not concatenated: flat lines make the file's final join a plain copy.
  const lines = records.map((r) =>
    [
      'ca',
      r.address,
      shellQuote(password(r)),
      'displayName',
      shellQuote(neutralise(r.fullName)),
      'givenName',
      shellQuote(neutralise(r.givenName)),
      'sn',
      shellQuote(neutralise(r.familyAndMiddle)),
      'zimbraPasswordMustChange',
      'TRUE',
    ].join(' '),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}
