/**
 * The one hourly check a document has, whoever switched it on. Installable triggers belong to
 * the account that made them and no other account sees them
 * (https://developers.google.com/apps-script/guides/triggers/installable#restrictions), so the
 * document itself records which trigger is "the" check: its owner and unique id. Switching off
 * clears the record; a trigger that finds itself unrecorded removes itself at its next run, so
 * any Văn phòng account can switch off a check another account switched on.
 */
export const TIMED_HANDLER = 'onTimedCheck';
export const AUTO_CHECK_KEY = 'autoCheck';

type Props = GoogleAppsScript.Properties.Properties;

export interface AutoCheckState {
  owner: string;
  triggerUid: string;
}

export function readAutoCheck(props: Props): AutoCheckState | null {
  const raw = props.getProperty(AUTO_CHECK_KEY);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Partial<AutoCheckState>;
    return typeof s.owner === 'string' && typeof s.triggerUid === 'string'
      ? { owner: s.owner, triggerUid: s.triggerUid }
      : null;
  } catch {
    return null;
  }
}

export function writeAutoCheck(props: Props, state: AutoCheckState | null): void {
  if (state) props.setProperty(AUTO_CHECK_KEY, JSON.stringify(state));
  else props.deleteProperty(AUTO_CHECK_KEY);
}

/** This account's hourly trigger when it is the document's recorded check. */
export function ownsRecordedCheck(props: Props, user: string): boolean {
  const state = readAutoCheck(props);
  if (!state || state.owner.toLowerCase() !== user.toLowerCase()) return false;
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).some(
    (t) => t.getUniqueId() === state.triggerUid && t.getHandlerFunction() === TIMED_HANDLER,
  );
}
