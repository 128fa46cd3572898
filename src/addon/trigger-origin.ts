/**
 * Handlers meant for installable triggers only are still top-level functions, so a page can
 * call them through google.script.run with any object as the "event"
 * (https://developers.google.com/apps-script/guides/html/reference/run). What a page cannot
 * forge is a trigger: ScriptApp.getProjectTriggers() lists only the current account's own
 * ("A given account cannot see triggers installed from a second account",
 * https://developers.google.com/apps-script/guides/triggers/installable#restrictions), and the
 * time-driven event names the trigger that fired in `triggerUid`
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
 * getProjectTriggers() rather than getUserTriggers(spreadsheet): the lookup is by unique id, so
 * listing the user's triggers of every document (as it does in the published add-on) finds the
 * same one, and it still works in a run that has no document (see trigger-context.ts).
 */
type Trigger = GoogleAppsScript.Script.Trigger;

/** The caller's own trigger for `handler` that produced event `e`, or null (a page's forged call). */
export function ownTriggerOf(e: unknown, handler: string): Trigger | null {
  const uid = e !== null && typeof e === 'object' ? (e as { triggerUid?: unknown }).triggerUid : undefined;
  if ((typeof uid !== 'string' && typeof uid !== 'number') || String(uid) === '') return null;
  return (
    ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === String(uid) && t.getHandlerFunction() === handler) ??
    null
  );
}
