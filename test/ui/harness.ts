/**
 * Opens a built sidebar in headless Chromium with a google.script.run shim whose calls
 * go, through page.exposeFunction, to a server bridge in Node (the local Apps Script
 * runtime's scriptRun). The shim behaves like the real one
 * (https://developers.google.com/apps-script/guides/html/reference/run): chained
 * withSuccessHandler / withFailureHandler / withUserObject, asynchronous; it offers only the
 * functions a page can reach; a Date, a function or a DOM element other than a form, anywhere
 * in the arguments, fails the call; a form element, as the only argument, arrives as an object of
 * its named fields. The server side (src/local/gas/script-run.ts) applies the same rules again.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export type Bridge = (fn: string, args: unknown[]) => unknown | Promise<unknown>;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const SIDEBAR_URL = 'https://sidebar.invalid/';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** One Chromium for a test file, launched before its tests and closed after them: call at the file's top level. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/**
 * Plain JavaScript on purpose: a TypeScript function's source, once transpiled for
 * Node, may call helpers that do not exist in the page.
 */
const SHIM = `(() => {
  const bridge = window.__gasBridge;
  const reachable = window.__gasFunctions;
  const illegal = (i) => new TypeError('Failed due to illegal value in property: ' + i);
  const check = (value, i, seen) => {
    if (value === null || value === undefined) return;
    const t = typeof value;
    if (t === 'string' || t === 'number' || t === 'boolean') return;
    if (t !== 'object' || seen.has(value) || value instanceof Date || value instanceof Node) throw illegal(i);
    seen.add(value);
    for (const v of Array.isArray(value) ? value : Object.values(value)) check(v, i, seen);
    seen.delete(value);
  };
  const formObject = (form) => {
    const out = {};
    for (const [name, value] of new FormData(form)) {
      const v = typeof value === 'string' ? value : null;
      if (!(name in out)) out[name] = v;
      else out[name] = [].concat(out[name], v);
    }
    return out;
  };
  const prepare = (args) => {
    if (args.length === 1 && args[0] instanceof HTMLFormElement) return [formObject(args[0])];
    args.forEach((a, i) => check(a, String(i), new Set()));
    return args;
  };
  const runner = (state) => new Proxy({}, {
    get(_target, prop) {
      if (prop === 'withSuccessHandler') return (fn) => runner({ ...state, ok: fn });
      if (prop === 'withFailureHandler') return (fn) => runner({ ...state, fail: fn });
      if (prop === 'withUserObject') return (user) => runner({ ...state, user });
      // Google's client offers only the public server functions: anything else is not a function.
      if (reachable && !reachable.includes(prop)) return undefined;
      return (...args) => {
        const sent = prepare(args);
        bridge(prop, JSON.stringify(sent)).then((text) => {
          const reply = JSON.parse(text);
          if (reply.error !== undefined) { if (state.fail) state.fail(new Error(reply.error), state.user); }
          else if (state.ok) state.ok(reply.value, state.user);
        });
      };
    },
  });
  window.google = { script: { run: runner({}) } };
})();`;

export async function openSidebar(
  browser: Browser,
  html: string,
  bridge: Bridge,
  width = 300,
  /** The functions google.script.run offers (the runtime's reachableFunctions); all when omitted. */
  functions?: string[],
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width, height: 1100 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await page.exposeFunction('__gasBridge', async (fn: string, argsJson: string) => {
    try {
      const value = await bridge(fn, JSON.parse(argsJson) as unknown[]);
      // The bridge (runtime.scriptRun) has already applied Google's rules to the result.
      return JSON.stringify({ value: value === undefined ? null : value });
    } catch (error) {
      return JSON.stringify({ error: error instanceof Error ? error.message : String(error) });
    }
  });
  await page.addInitScript({ content: `window.__gasFunctions = ${JSON.stringify(functions ?? null)};` });
  await page.addInitScript({ content: SHIM });
  // Init scripts only run on a navigation, so the page is served from an intercepted URL.
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(SIDEBAR_URL, { waitUntil: 'load' });
  return page;
}
