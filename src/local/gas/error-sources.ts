/**
 * Where each error text of the runtime comes from: `verbatim` (read in Google's pages or quoted
 * word for word in field reports, with where) or `assumed` (Google's wording not found; the text
 * is the runtime's best guess and code must not depend on it). test/runtime/error-sources.test.ts
 * holds every text to a mark, and every assumed one to the README's runtime section.
 */
import { GAS_ERRORS } from './errors';
import { TRIGGER_RULE_ERRORS } from './trigger-rules';

export type ErrorMark = { verbatim: string } | { assumed: string };

const SO = 'Stack Overflow reports quote it';
const TROUBLESHOOTING = 'https://developers.google.com/apps-script/guides/support/troubleshooting';
const DRIVE_ERRORS = 'https://developers.google.com/workspace/drive/api/guides/handle-errors';

export const ERROR_SOURCES: Record<keyof typeof GAS_ERRORS | keyof typeof TRIGGER_RULE_ERRORS, ErrorMark> = {
  rowsMismatch: { verbatim: SO },
  columnsMismatch: { verbatim: SO },
  outOfBounds: { verbatim: SO },
  rowTooSmall: { verbatim: SO },
  columnTooSmall: { verbatim: SO },
  numRowsTooSmall: { verbatim: SO },
  numColumnsTooSmall: { verbatim: SO },
  cellTooLong: { verbatim: SO },
  tooManyCells: { verbatim: SO },
  sheetExists: { verbatim: 'the Sheets editor and Apps Script say it alike; Stack Overflow reports quote it' },
  lastSheet: { verbatim: SO },
  badRange: { verbatim: SO },
  protectedCell: { verbatim: SO },
  timeLimit: { verbatim: TROUBLESHOOTING },
  permission: { verbatim: `${TROUBLESHOOTING} ("Authorization is required…" family); ${SO}` },
  noUi: { verbatim: SO },
  lockTimeout: { verbatim: SO },
  propertyValueTooLarge: { verbatim: SO },
  propertyQuota: { verbatim: SO },
  cacheValueTooLarge: { verbatim: SO },
  cacheKeyTooLong: { assumed: 'by analogy with "Argument too large: value"' },
  tooManyTriggers: { verbatim: TROUBLESHOOTING },
  everyMinutes: { assumed: 'no report of the exact text found' },
  mailQuota: { verbatim: TROUBLESHOOTING },
  mailRecipientsPerMessage: {
    assumed:
      'the Japanese localisation "上限を超えています: メッセージあたりの受信者数" is reported (prograshi.com); English wording not found',
  },
  mailBodySize: { assumed: 'by analogy with the recipients-per-message text' },
  noDriveItem: { verbatim: `${SO} (", or you do not have permission to access it.")` },
  apiCall: { verbatim: `${SO} ("API call to drive.files.get failed with error: …")` },
  apiFileNotFound: { verbatim: `${DRIVE_ERRORS} (404 notFound: "File not found: {fileId}")` },
  insufficientFilePermissions: { verbatim: `${DRIVE_ERRORS} (403 insufficientFilePermissions)` },
  driveAppAccessDenied: { verbatim: SO },
  ownerPermissionDelete: { assumed: 'Drive API wording for removing the owner not found' },
  invalidEmail: { verbatim: `${SO} ("Invalid email: undefined")` },
  invalidArgument: {
    assumed: 'the "Invalid argument: <name>" pattern is reported for some calls; not for each name used here',
  },
  cannotConvert: { verbatim: `${SO} ("Cannot convert Array to Object[][]")` },
  bandingExists: { verbatim: SO },
  sharedDriveParents: { assumed: 'Drive API reason teamDrivesParentLimit; its message text not confirmed' },
  invalidPermissionType: { assumed: 'Drive API wording not confirmed' },
  invalidPermissionRole: { assumed: 'Drive API wording not confirmed' },
  transferOwnership: { verbatim: `${SO} (Drive API 403 forbidden)` },
  driveInvalidEmail: { assumed: 'how Apps Script wraps the Drive API 400 for a bad address not confirmed' },
  permissionNotFound: { assumed: 'Drive API 404 wording for a permission not confirmed' },
  conversionUnsupported: {
    assumed: 'the "Converting from … to … is not supported." pattern as recalled from reports; not confirmed',
  },
  conversionQuota: { assumed: 'by analogy with "Service invoked too many times for one day: email."' },
  addonOnePerType: { assumed: "Google's text for the add-on's one-trigger-per-type rule not found" },
  addonHourly: { assumed: "Google's text for the add-on's hourly rule not found" },
  runtimeQuota: {
    verbatim: 'https://developers.google.com/apps-script/guides/services/quotas (troubleshooting table)',
  },
};

/** The texts whose wording is the runtime's guess. */
export const ASSUMED_ERRORS = Object.entries(ERROR_SOURCES)
  .filter(([, mark]) => 'assumed' in mark)
  .map(([key]) => key);
