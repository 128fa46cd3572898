/**
 * Google's own error texts, so code written against the runtime meets the same messages. Each
 * is marked verbatim (with where it was read) or assumed in error-sources.ts; the README's
 * runtime section lists the assumed ones.
 */
export const GAS_ERRORS = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  outOfBounds: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  tooManyCells: 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  lastSheet: "You can't remove all the sheets in a document.",
  badRange: 'Range not found',
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  timeLimit: 'Exceeded maximum execution time',
  permission: (method: string, scope: string) =>
    scope
      ? `You do not have permission to call ${method}. Required permissions: ${scope}`
      : `You do not have permission to call ${method}`,
  noUi: 'Cannot call SpreadsheetApp.getUi() from this context.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  propertyValueTooLarge: 'Argument too large: value',
  propertyQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  cacheValueTooLarge: 'Argument too large: value',
  cacheKeyTooLong: 'Argument too large: key',
  tooManyTriggers:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  everyMinutes: 'The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30',
  mailQuota: 'Service invoked too many times for one day: email.',
  mailRecipientsPerMessage: 'Limit Exceeded: Email Recipients Per Message.',
  mailBodySize: 'Limit Exceeded: Email Body Size.',
  noDriveItem: 'No item with the given ID could be found, or you do not have permission to access it.',
  /** What an advanced service throws when the API answers with an error. */
  apiCall: (method: string, error: string) => `API call to ${method} failed with error: ${error}`,
  apiFileNotFound: (id: string) => `File not found: ${id}.`,
  insufficientFilePermissions: 'The user does not have sufficient permissions for this file.',
  driveAppAccessDenied: 'Access denied: DriveApp.',
  ownerPermissionDelete: 'The owner of a file cannot be removed.',
  invalidEmail: (to: string) => `Invalid email: ${to}`,
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  cannotConvert: (value: string, type: string) => `Cannot convert ${value} to ${type}.`,
  bandingExists: 'You cannot add alternating colors to a range that already has alternating colors.',
  sharedDriveParents: 'A shared drive item must have exactly one parent.',
  invalidPermissionType: 'Invalid permission type specified',
  invalidPermissionRole: 'Invalid permission role specified',
  transferOwnership: "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
  driveInvalidEmail: 'Bad Request. User message: "Invalid email address."',
  permissionNotFound: (id: string) => `Permission not found: ${id}.`,
  conversionUnsupported: (from: string, to: string) => `Converting from ${from} to ${to} is not supported.`,
  conversionQuota: 'Service invoked too many times for one day: convert.',
} as const;

export function gasError(message: string): Error {
  return new Error(message);
}

/** Apps Script's services throw `Exception` (the log shows "Exception: <message>"). */
export function gasException(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** Advanced services surface the API's error as a GoogleJsonResponseException. */
export function apiError(method: string, error: string): Error {
  const e = new Error(GAS_ERRORS.apiCall(method, error));
  e.name = 'GoogleJsonResponseException';
  return e;
}
