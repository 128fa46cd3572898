/** Microsoft Entra ID › Users › Bulk create: 'version:v1.0', then the template header. */
import { csvLine, EOL, neutralise } from './csv';
import type { ProvisionRecord } from './records';

export const ENTRA_HEADER = [
  'Name [displayName] Required',
  'User name [userPrincipalName] Required',
  'Initial password [passwordProfile] Required',
  'Block sign in (Yes/No) [accountEnabled] Required',
  'First name [givenName]',
  'Last name [surname]',
  'Job title [jobTitle]',
  'Department [department]',
];

export function toEntraCsv(records: readonly ProvisionRecord[], password: (record: ProvisionRecord) => string): string {
  const lines = ['version:v1.0', csvLine(ENTRA_HEADER)];
  // One row reused: every record sets every cell.
  const row: string[] = new Array(ENTRA_HEADER.length);
  for (const r of records) {
    row[0] = neutralise(r.fullName);
    row[1] = r.address;
    row[2] = password(r);
    row[3] = 'No';
    row[4] = neutralise(r.givenName);
    row[5] = neutralise(r.familyAndMiddle);
    row[6] = neutralise(r.position);
    row[7] = neutralise(r.unit);
    lines.push(csvLine(row));
  }
  return lines.join(EOL) + EOL;
}
