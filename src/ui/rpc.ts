/**
 * A typed promise around google.script.run: the page names one of the functions a
 * sidebar may call (SidebarFunction) and gets its real argument and result types
 * (imported as types only, so nothing of the server ends up in the page).
 */
import type { ServerHandlers, SidebarFunction } from '../addon/handlers';

/**
 * What google.script.run can carry back: primitives, arrays and plain objects of them.
 * A Date, Map, Set or function in a result arrives as null or not at all, so it is never.
 */
type JsonSafe<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends Date | Map<unknown, unknown> | Set<unknown> | RegExp | ((...args: never[]) => unknown)
    ? never
    : T extends readonly (infer U)[]
      ? readonly JsonSafe<U>[]
      : { [K in keyof T]: JsonSafe<T[K]> };

type Result<K extends SidebarFunction> = ReturnType<ServerHandlers[K]>;

/** A sidebar function whose result is not JSON-safe makes this a compile error. */
const resultsAreJsonSafe: { [K in SidebarFunction]: Result<K> extends JsonSafe<Result<K>> ? true : false } = {
  getRegistrationFormData: true,
  validateRegistration: true,
  submitRegistration: true,
  getSettings: true,
  saveSettings: true,
  getRecipientReview: true,
  decideRecipients: true,
};
void resultsAreJsonSafe;

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [handler: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export function call<K extends SidebarFunction>(name: K, ...args: Parameters<ServerHandlers[K]>): Promise<Result<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result<K>))
      .withFailureHandler((error) => reject(error));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
