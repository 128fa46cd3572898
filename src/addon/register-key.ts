/**
 * The workbook's register key (seal.ts): made once from Apps Script's secure generator and
 * kept in the document properties, which a unit editor reaches only through code running in
 * the document (SECURITY.md: the limit of a bound script). The offline command takes it from
 * Văn phòng's key file.
 */
export const REGISTER_KEY = 'registerKey';

export function registerKey(props: GoogleAppsScript.Properties.Properties): string {
  const kept = props.getProperty(REGISTER_KEY);
  if (kept && /^[0-9a-f]{64}$/.test(kept)) return kept;
  const key = [Utilities.getUuid(), Utilities.getUuid()].join('').replace(/-/g, '').toLowerCase().slice(0, 64);
  props.setProperty(REGISTER_KEY, key);
  return key;
}
