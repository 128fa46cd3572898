/**
 * A typed promise around google.script.run: the client names a server handler and
 * gets its real argument and result types (imported as types only, so nothing of the
 * server ends up in the page).
 */
import type { ServerHandlers } from '../addon/handlers';

type Name = keyof ServerHandlers;

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [handler: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export function call<K extends Name>(
  name: K,
  ...args: Parameters<ServerHandlers[K]>
): Promise<ReturnType<ServerHandlers[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerHandlers[K]>))
      .withFailureHandler((error) => reject(error));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
