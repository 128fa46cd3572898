/**
 * Opens a built sidebar in headless Chromium with a google.script.run shim whose calls
 * go, through page.exposeFunction, to a server bridge in Node (the local Apps Script
 * runtime). The shim behaves like the real one: chained withSuccessHandler /
 * withFailureHandler / withUserObject, asynchronous, JSON-only values.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export type Bridge = (fn: string, args: unknown[]) => unknown | Promise<unknown>;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SIDEBAR_URL = 'https://sidebar.invalid/';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Plain JavaScript on purpose: a TypeScript function's source, once transpiled for
 * Node, may call helpers that do not exist in the page.
 */
const SHIM = `(() => {
  const bridge = window.__gasBridge;
  const runner = (state) => new Proxy({}, {
    get(_target, prop) {
      if (prop === 'withSuccessHandler') return (fn) => runner({ ...state, ok: fn });
      if (prop === 'withFailureHandler') return (fn) => runner({ ...state, fail: fn });
      if (prop === 'withUserObject') return (user) => runner({ ...state, user });
      return (...args) => {
        bridge(prop, JSON.stringify(args)).then((text) => {
          const reply = JSON.parse(text);
          if (reply.error !== undefined) { if (state.fail) state.fail(new Error(reply.error), state.user); }
          else if (state.ok) state.ok(reply.value, state.user);
        });
      };
    },
  });
  window.google = { script: { run: runner({}) } };
})();`;

export async function openSidebar(browser: Browser, html: string, bridge: Bridge, width = 300): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width, height: 1100 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await page.exposeFunction('__gasBridge', async (fn: string, argsJson: string) => {
    try {
      const value = await bridge(fn, JSON.parse(argsJson) as unknown[]);
      // Like google.script.run: only JSON survives the trip (Dates become null there; here strings).
      return JSON.stringify({ value: value === undefined ? null : value });
    } catch (error) {
      return JSON.stringify({ error: error instanceof Error ? error.message : String(error) });
    }
  });
  await page.addInitScript({ content: SHIM });
  // Init scripts only run on a navigation, so the page is served from an intercepted URL.
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(SIDEBAR_URL, { waitUntil: 'load' });
  return page;
}
