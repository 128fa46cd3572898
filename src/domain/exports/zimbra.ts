/**
 * A zmprov script: one 'ca' (createAccount) line per person, UTF-8 without BOM, then `exit`.
 *
 * zmprov is not a POSIX shell. `zmprov -f` reads each line with StringUtil.parseLine
 * (zm-mailbox, common/src/java/com/zimbra/common/util/StringUtil.java): inside single quotes
 * a backslash still escapes the next character (`\\` is a backslash, `\'` a quote, `\n`, `\t`,
 * `\r` those controls, any other `\x` just x), and a quote ends the value. So the shell's
 * `'\''` splits `H'Hen Niê` into three values. Every value, the address included, is written
 * in single quotes with `\` and `'` escaped, and line breaks written as `\n` / `\r` (the file
 * is read line by line, and a line ending in `\` continues on the next one):
 * parseLine gives back exactly the value (test/domain/exports/zimbra-quoting.test.ts checks it
 * against a port of parseLine).
 *
 * ProvUtil (store/src/java/com/zimbra/cs/account/ProvUtil.java) runs every line even after one
 * failed; a ServiceException (account.ACCOUNT_EXISTS included) sets errorOccursDuringInteraction,
 * and its `exit` command ends with `System.exit(errorOccursDuringInteraction ? 2 : 0)`, while a
 * script that just ends exits 0 whatever failed. So the script ends with `exit`, and a failed
 * line shows in `zmprov -f`'s exit status (a line with wrong arguments would only print its
 * usage, which is why every line here has the same fixed shape).
 */
import { neutralise } from './csv';
import type { ProvisionRecord } from './records';

const NEEDS_ESCAPE = /[\\'\r\n]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\r': '\\r', '\n': '\\n' };

/** One value as zmprov's parseLine reads it back unchanged. */
export function zmprovQuote(value: string): string {
  // Most values (every address and password, nearly every name) need no escape.
  if (!NEEDS_ESCAPE.test(value)) return `'${value}'`;
  return `'${value.replace(/[\\'\r\n]/g, (c) => ESCAPES[c])}'`;
}

/** The last line: zmprov's exit status then says whether any line failed. */
export const ZMPROV_EXIT = 'exit';

export function toZimbraScript(
  records: readonly ProvisionRecord[],
  password: (record: ProvisionRecord) => string,
): string {
  // Each line joined, not concatenated: flat lines make the file's final join a plain copy.
  const lines = records.map((r) =>
    [
      'ca',
      zmprovQuote(r.address),
      zmprovQuote(password(r)),
      'displayName',
      zmprovQuote(neutralise(r.fullName)),
      'givenName',
      zmprovQuote(neutralise(r.givenName)),
      'sn',
      zmprovQuote(neutralise(r.familyAndMiddle)),
      'zimbraPasswordMustChange',
      'TRUE',
    ].join(' '),
  );
  return lines.length ? `${lines.join('\n')}\n${ZMPROV_EXIT}\n` : '';
}
