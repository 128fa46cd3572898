/** Google Admin console › Users › Bulk update users: the current blank template, UTF-8 with BOM. */
import { BoundedCache } from '../bounded-cache';
import { EXPORT_TEXT } from '../../i18n/findings';
import { BOM, csvLine, EOL, neutralise } from './csv';
import type { ProvisionRecord } from './records';

export const GOOGLE_HEADER = [
  'First Name [Required]',
  'Last Name [Required]',
  'Email Address [Required]',
  'Password [Required]',
  'Password Hash Function [UPLOAD ONLY]',
  'Org Unit Path [Required]',
  'New Primary Email [UPLOAD ONLY]',
  'Recovery Email',
  'Home Secondary Email',
  'Work Secondary Email',
  'Recovery Phone [MUST BE IN THE E.164 FORMAT]',
  'Work Phone',
  'Home Phone',
  'Mobile Phone',
  'Work Address',
  'Home Address',
  'Employee ID',
  'Employee Type',
  'Employee Title',
  'Manager Email',
  'Department',
  'Cost Center',
  'Building ID',
  'Floor Name',
  'Floor Section',
  'Change Password at Next Sign-In',
  'New Status [UPLOAD ONLY]',
];
export const GOOGLE_MAX_ROWS = 150_000;

/** Org unit names may not contain '/'; the path is /commune/unit. */
const parts = new BoundedCache<string>(100_000);

/** Communes and units repeat on every row of theirs, so each name is made safe once. */
function part(s: string): string {
  const hit = parts.get(s);
  if (hit !== undefined) return hit;
  const safe =
    s
      .replace(/[\\/]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim() || '-';
  return parts.keep(s, safe);
}

export function orgUnitPath(r: ProvisionRecord): string {
  return `/${part(r.commune)}/${part(r.unit)}`;
}

export function toGoogleWorkspaceCsv(
  records: readonly ProvisionRecord[],
  password: (record: ProvisionRecord) => string,
): string {
  if (records.length > GOOGLE_MAX_ROWS) {
    throw new RangeError(EXPORT_TEXT.googleTooMany(GOOGLE_MAX_ROWS, records.length));
  }
  const lines = [csvLine(GOOGLE_HEADER)];
  // One row reused: every record sets the same cells and leaves the others empty.
  const row: string[] = new Array(GOOGLE_HEADER.length).fill('');
  for (const r of records) {
    const mobile = r.phoneIsMobile ? r.phoneE164 : '';
    row[0] = neutralise(r.givenName);
    row[1] = neutralise(r.familyAndMiddle);
    row[2] = r.address;
    row[3] = password(r);
    row[5] = neutralise(orgUnitPath(r));
    row[7] = neutralise(r.personalEmail);
    row[10] = mobile; // E.164 as Google requires ('+84…'), made by us, never typed text
    row[13] = mobile;
    row[16] = neutralise(r.staffId);
    row[18] = neutralise(r.position);
    row[20] = neutralise(r.unit);
    row[25] = 'TRUE';
    lines.push(csvLine(row));
  }
  return BOM + lines.join(EOL) + EOL;
}
