export { toEntraCsv, ENTRA_HEADER } from './entra';
export { toFindingsCsv } from './findings';
export { toGoogleWorkspaceCsv, GOOGLE_HEADER, GOOGLE_MAX_ROWS, orgUnitPath } from './google';
export type { ProvisionRecord } from './records';
export { toZimbraScript, zmprovQuote, ZMPROV_EXIT } from './zimbra';
export { toEofficeCsv, toSignatureCsv, EOFFICE_HEADER, SIGNATURE_HEADER, localPart, nationalPhone } from './services';
