/**
 * What a function may call in each authorisation mode, as Google documents them.
 *
 * - FULL: menus, sidebars, installable triggers, google.script.run: every service the
 *   manifest's scopes allow.
 * - LIMITED: a simple trigger (onOpen, onEdit) of a bound script, or of an add-on already
 *   used in the document. Simple triggers "cannot access services that require
 *   authorization" and "can modify the file they are bound to, but cannot access other
 *   files": https://developers.google.com/apps-script/guides/triggers#restrictions
 *   So a call passes only when it needs no scope, when one of its alternatives is the
 *   current document's (spreadsheets.currentonly), or when it only asks who is running
 *   (userinfo.email: Session answers, possibly with '', see services.ts). Opening a
 *   sidebar or dialog (script.container.ui), sending or counting mail
 *   (script.send_mail), triggers (script.scriptapp), Drive, openById (spreadsheets):
 *   refused.
 * - NONE: an add-on's onOpen in a document where it has not been used yet "does not
 *   allow access to any services that require authorization"; Google's own example
 *   reads PropertiesService only outside NONE, and the add-on guide says onOpen may
 *   then only build its menu:
 *   https://developers.google.com/apps-script/reference/script/auth-mode
 *   https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 *   So only building menus and the services that touch no user data pass.
 */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

const CURRENT_DOCUMENT = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
const WHO_IS_RUNNING = 'https://www.googleapis.com/auth/userinfo.email';

/** Calls that work in AuthMode.NONE: building the menu and data-free helpers. */
const ALLOWED_IN_NONE = [
  /^SpreadsheetApp\.getUi$/,
  /^Ui\.create(Addon)?Menu$/,
  /^Menu\./,
  /^Utilities\./,
  /^Logger\./,
  /^console\./,
];

export function allowedInMode(mode: AuthMode, method: string, scopes: string[]): boolean {
  if (mode === 'FULL') return true;
  if (mode === 'NONE') return ALLOWED_IN_NONE.some((pattern) => pattern.test(method));
  return scopes.length === 0 || scopes.includes(CURRENT_DOCUMENT) || scopes.includes(WHO_IS_RUNNING);
}
