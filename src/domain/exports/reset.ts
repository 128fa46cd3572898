/**
 * A reset batch's files. Google's Bulk update users resets the password of an existing
 * account named with one, so Google takes the usual file. Zimbra sets it with `sp` and asks
 * for a change at the next sign-in with `ma`. Entra's bulk create cannot reset an account,
 * so its accounts are listed apart for Văn phòng to reset one by one (portal or PowerShell).
 */
import { BATCH_TEXT } from '../../i18n/batches';
import { BOM, csvLine, EOL, neutralise } from './csv';
import type { ProvisionRecord } from './records';
import { ZMPROV_EXIT, zmprovQuote } from './zimbra';

export function toZimbraResetScript(
  records: readonly ProvisionRecord[],
  password: (record: ProvisionRecord) => string,
): string {
  const lines = records.flatMap((r) => [
    ['sp', zmprovQuote(r.address), zmprovQuote(password(r))].join(' '),
    ['ma', zmprovQuote(r.address), 'zimbraPasswordMustChange', 'TRUE'].join(' '),
  ]);
  // `exit` makes `zmprov -f` report a failed line in its exit status.
  return `${[...lines, ZMPROV_EXIT].join('\n')}\n`;
}

export function toEntraResetList(
  records: readonly ProvisionRecord[],
  password: (record: ProvisionRecord) => string,
): string {
  const lines = [csvLine(BATCH_TEXT.entraResetHeader)];
  for (const r of records) lines.push(csvLine([r.address, neutralise(r.fullName), password(r)]));
  return BOM + lines.join(EOL) + EOL;
}
