/**
 * A zmprov script: one 'ca' (createAccount) line per person, UTF-8 without BOM.
 * zmprov splits its input lines like a shell: single quotes keep everything literal, so a
 * value is single-quoted and an apostrophe inside it is written as '\'' . Line breaks and
 * control characters would start a new command and are removed.
 */
import { neutralise } from './csv';
import type { ProvisionRecord } from './records';

export function shellQuote(value: string): string {
  // Most values hold no control character and no apostrophe: quoted as they are after one scan.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 39) {
      const flat = value.replace(/[\u0000-\u001F\u007F]+/g, ' ');
      return `'${flat.replace(/'/g, `'\\''`)}'`;
    }
  }
  return `'${value}'`;
}

export function toZimbraScript(records: readonly ProvisionRecord[], password: () => string): string {
  const lines = records.map(
    (r) =>
      `ca ${r.address} ${shellQuote(password())} displayName ${shellQuote(neutralise(r.fullName))} givenName ` +
      `${shellQuote(neutralise(r.givenName))} sn ${shellQuote(neutralise(r.familyAndMiddle))} zimbraPasswordMustChange TRUE`,
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}
