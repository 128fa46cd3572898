/**
 * google.script.run as a page sees it, in headless Chromium against the local runtime: only the
 * public server functions exist, a Date or a function in the arguments fails the call before it
 * leaves the page, a form element arrives as an object of its fields, a Date result arrives as null.
 */
import { scriptDir } from '../helpers/script-dir';
import { createGasRuntime } from '../../src/local/gas';
import { openSidebar, sharedBrowser } from './harness';

const browser = sharedBrowser();

const CODE = `
var calls = 0;
function echo(x) { calls++; return x; }
function callCount() { return calls; }
function today() { return { at: new Date(0) }; }
function secret_() { calls++; return 'private'; }
`;

const PAGE = `<!doctype html><html><body>
<form id="f"><input name="fullName" value="Lê Văn Tường"><input name="tag" value="a"><input name="tag" value="b">
<input type="checkbox" name="agree" checked><input type="checkbox" name="no"></form></body></html>`;

async function open() {
  const dir = scriptDir('page-run-', { 'Code.js': CODE });
  const rt = createGasRuntime({ user: 'thcs.lechan@haiphong.edu.vn' });
  rt.loadBundle(dir);
  const page = await openSidebar(
    browser(),
    PAGE,
    (fn, args) => rt.scriptRun('thcs.lechan@haiphong.edu.vn', fn, args),
    300,
    rt.reachableFunctions(),
  );
  const call = (expr: string) =>
    page.evaluate(
      (source) =>
        new Promise((resolve) => {
          const run = (window as unknown as { google: { script: { run: Record<string, unknown> } } }).google.script
            .run as unknown as {
            withSuccessHandler(f: (v: unknown) => void): { withFailureHandler(f: (e: Error) => void): unknown };
          };
          const r = run
            .withSuccessHandler((v) => resolve({ value: v }))
            .withFailureHandler((e) => resolve({ failure: e.message }));
          try {
            new Function('r', source)(r);
          } catch (e) {
            resolve({ thrown: (e as Error).message });
          }
        }),
      expr,
    );
  return { rt, call };
}

it('offers only public functions and fails a Date or a function argument in the page', async () => {
  const { rt, call } = await open();
  expect(await call('r.echo({ a: [1, "x", null] })')).toEqual({ value: { a: [1, 'x', null] } });
  expect(await call('r.secret_()')).toEqual({ thrown: expect.stringMatching(/not a function/) });
  expect(await call('r.echo({ when: new Date() })')).toEqual({
    thrown: 'Failed due to illegal value in property: 0',
  });
  expect(await call('r.echo(1, function () {})')).toEqual({ thrown: 'Failed due to illegal value in property: 1' });
  expect(await call('r.today()')).toEqual({ value: null });
  expect(await call('r.callCount()')).toEqual({ value: 1 });
  expect(rt.run('callCount')).toBe(1);
});

it('sends a form element, as the only argument, as an object of its named fields', async () => {
  const { call } = await open();
  expect(await call('r.echo(document.getElementById("f"))')).toEqual({
    value: { fullName: 'Lê Văn Tường', tag: ['a', 'b'], agree: 'on' },
  });
  expect(await call('r.echo("x", document.getElementById("f"))')).toEqual({
    thrown: 'Failed due to illegal value in property: 1',
  });
});
