/** Microsoft Entra ID › Users › Bulk create: 'version:v1.0', then the template header. */
import { csvLine, EOL, neutralise } from './csv';
import type { ProvisionRecord } from './records';

export const ENTRA_HEADER = [
  'Name [displayName] Required', 'User name [userPrincipalName] Required', 'Initial password [passwordProfile] Required',
  'Block sign in (Yes/No) [accountEnabled] Required', 'First name [givenName]', 'Last name [surname]', 'Job title [jobTitle]',
  'Department [department]',
];

export function toEntraCsv(records: readonly ProvisionRecord[], password: () => string): string {
  const lines = ['version:v1.0', csvLine(ENTRA_HEADER)];
  for (const r of records) {
    lines.push(
      csvLine([
        neutralise(r.fullName), r.address, password(), 'No', neutralise(r.givenName), neutralise(r.familyAndMiddle),
        neutralise(r.position), neutralise(r.unit),
      ]),
    );
  }
  return lines.join(EOL) + EOL;
}
