/**
 * google.script.run, server side: which functions a page reaches and what crosses the wire.
 *
 * Google's rules ("Class google.script.run", https://developers.google.com/apps-script/guides/html/reference/run,
 * and "HTML Service: Communicate with Server Functions", https://developers.google.com/apps-script/guides/html/communication):
 * - a page may call any server-side function of the project; only a name ending in an underscore
 *   is private ("Private functions" in the guide). Apps Script lists and runs the project's
 *   top-level function declarations (a function stored in a `var` is not one of them), so the
 *   reachable set is: every top-level `function` declaration of every .js file, minus `name_`.
 * - "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well as
 *   JavaScript objects and arrays that are composed of primitives, objects, and arrays. A form element
 *   within the page is also legal as a parameter, but it must be the function's only parameter.
 *   Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
 *   prohibited type, including prohibited types inside objects or arrays. Objects that create circular
 *   references will also fail, and undefined fields within arrays become null." The server gets a copy.
 * - A return value holding a prohibited type reaches the success handler as null (measured and
 *   reported in "Values to transfer between Javascript and Google Apps Script with google.script.run",
 *   https://tanaikech.github.io/2023/08/28/report-values-to-transfer-between-javascript-and-google-apps-script-with-google.script.run/).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

/** The client library's message when a request carries a prohibited value. */
export const illegalValueMessage = (property: string): string => `Failed due to illegal value in property: ${property}`;

/** Parsing the 0.7 MB bundle takes about half a second: once per file version per process. */
const parsed = new Map<string, string[]>();

function declarationsOf(path: string): string[] {
  const { mtimeMs, size } = statSync(path);
  const key = `${path}|${mtimeMs}|${size}`;
  let names = parsed.get(key);
  if (!names) {
    const program = parse(readFileSync(path, 'utf8'), { ecmaVersion: 'latest', sourceType: 'script' });
    names = program.body.flatMap((node) => (node.type === 'FunctionDeclaration' && node.id ? [node.id.name] : []));
    parsed.set(key, names);
  }
  return names;
}

/** Top-level function declarations of every script file in `dir`, in file order. */
export function topLevelFunctions(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .flatMap((file) => declarationsOf(join(dir, file)));
}

/** What google.script.run can call in the bundle at `dir`. */
export function reachableFunctions(dir: string): string[] {
  return topLevelFunctions(dir).filter((name) => !name.endsWith('_'));
}

class IllegalValue extends Error {}

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as object | null;
  // Any realm's Object.prototype (the page's, a test's, the sandbox's) or none.
  return proto === null || Object.getPrototypeOf(proto) === null;
};

/** A copy made by the wire's rules; throws IllegalValue on a prohibited value or a cycle. */
function copyLegal(value: unknown, seen: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
    return value;
  if (value === undefined) return undefined;
  if (typeof value !== 'object') throw new IllegalValue(); // function, symbol, bigint
  if (seen.has(value)) throw new IllegalValue();
  const tag = Object.prototype.toString.call(value);
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => copyLegal(v, seen) ?? null);
    if (tag !== '[object Object]' || !isPlainObject(value)) throw new IllegalValue(); // Date, Map, RegExp, DOM…
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const copied = copyLegal(v, seen);
      // Defined, not assigned: a key named "__proto__" arrives as data, as JSON.parse makes it.
      if (copied !== undefined)
        Object.defineProperty(out, k, { value: copied, enumerable: true, writable: true, configurable: true });
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/** The arguments as the server receives them, or Google's failure naming the first bad one. */
export function transferArguments(args: readonly unknown[]): unknown[] {
  return args.map((arg, i) => {
    try {
      return copyLegal(arg, new Set());
    } catch (error) {
      if (error instanceof IllegalValue) throw new Error(illegalValueMessage(String(i)));
      throw error;
    }
  });
}

/** The value the page's success handler receives. */
export function transferResult(value: unknown): { value: unknown; legal: boolean } {
  try {
    const copied = copyLegal(value, new Set());
    return { value: copied === undefined ? null : copied, legal: true };
  } catch (error) {
    if (error instanceof IllegalValue) return { value: null, legal: false };
    throw error;
  }
}
