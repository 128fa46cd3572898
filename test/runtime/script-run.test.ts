/**
 * google.script.run in the local runtime: what a page reaches and what crosses the wire,
 * by Google's HtmlService reference (see src/local/gas/script-run.ts).
 */
import fc from 'fast-check';
import { scriptDir } from '../helpers/script-dir';
import { createGasRuntime } from '../../src/local/gas';
import { transferArguments, transferResult } from '../../src/local/gas/script-run';

function start(files: Record<string, string>) {
  const dir = scriptDir('script-run-', files);
  const rt = createGasRuntime({ user: 'vanphong@haiphong.edu.vn', now: new Date('2025-09-05T09:00:00+07:00') });
  rt.loadBundle(dir);
  return rt;
}

const CODE = `
var Lib = (function () { return { echo: function (x) { return x; } }; })();
var stored = function () { return 'a function kept in a var'; };
function echo(x) { return x; }
function whoAmI() { return Session.getActiveUser().getEmail(); }
function secret_() { return 'private'; }
function today() { return { at: new Date(0), n: 1 }; }
function inner() { function nested() {} return typeof nested; }
`;

describe('which functions a page reaches', () => {
  it('is every top-level function declaration of every script file, except names ending in _', () => {
    const rt = start({ 'Code.js': CODE, 'More.js': 'function fromSecondFile() { return 2; }' });
    expect(rt.reachableFunctions().sort()).toEqual(['echo', 'fromSecondFile', 'inner', 'today', 'whoAmI']);
    expect(rt.scriptRun('x@haiphong.edu.vn', 'fromSecondFile')).toBe(2);
  });

  it('refuses a private function, a function kept in a var, a nested one and a service', () => {
    const rt = start({ 'Code.js': CODE });
    for (const fn of ['secret_', 'stored', 'nested', 'Lib', 'SpreadsheetApp', 'toString'])
      expect(() => rt.scriptRun('x@haiphong.edu.vn', fn)).toThrow(`Script function not found: ${fn}`);
    // The menu and triggers can still run the private one: only pages are limited.
    expect(rt.run('secret_')).toBe('private');
  });

  it('runs as the given user', () => {
    const rt = start({ 'Code.js': CODE });
    expect(rt.scriptRun('thcs.lechan@haiphong.edu.vn', 'whoAmI')).toBe('thcs.lechan@haiphong.edu.vn');
    expect(rt.scriptRun('vanphong@haiphong.edu.vn', 'whoAmI')).toBe('vanphong@haiphong.edu.vn');
  });
});

describe('what crosses the wire', () => {
  it('fails a call carrying a Date or a function anywhere in its arguments, naming the argument', () => {
    const rt = start({ 'Code.js': CODE });
    const before = rt.calls.total();
    expect(() => rt.scriptRun('x@haiphong.edu.vn', 'echo', [new Date()])).toThrow(
      'Failed due to illegal value in property: 0',
    );
    expect(() => rt.scriptRun('x@haiphong.edu.vn', 'echo', ['a', { deep: [{ when: new Date() }] }])).toThrow(
      'Failed due to illegal value in property: 1',
    );
    expect(() => rt.scriptRun('x@haiphong.edu.vn', 'echo', [{ f: () => 1 }])).toThrow('illegal value');
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => rt.scriptRun('x@haiphong.edu.vn', 'echo', [cyclic])).toThrow('illegal value');
    expect(() => rt.scriptRun('x@haiphong.edu.vn', 'echo', [new Map()])).toThrow('illegal value');
    // A failed request never reaches the server.
    expect(rt.calls.total()).toBe(before);
  });

  it('hands the server a copy: undefined in arrays becomes null, undefined fields go', () => {
    const rt = start({ 'Code.js': CODE });
    const sent = { list: [1, undefined, 'x'], gone: undefined, keep: null };
    expect(rt.scriptRun('x@haiphong.edu.vn', 'echo', [sent])).toEqual({ list: [1, null, 'x'], keep: null });
    expect(sent.list[1]).toBeUndefined();
  });

  it('gives the page null for a result holding a Date', () => {
    const rt = start({ 'Code.js': CODE });
    expect(rt.scriptRun('x@haiphong.edu.vn', 'today')).toBeNull();
    expect(rt.logs.some((l) => l.includes('today'))).toBe(true);
  });

  it('carries every JSON-like value unchanged, both ways', () => {
    const json = fc.jsonValue() as fc.Arbitrary<unknown>;
    fc.assert(
      fc.property(json, (v) => {
        const [sent] = transferArguments([v]);
        expect(sent).toEqual(v);
        expect(transferResult(v)).toEqual({ value: v, legal: true });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a key named __proto__ as data, as JSON does', () => {
    const typed = JSON.parse('{"__proto__":0,"a":{"__proto__":[1]}}') as Record<string, unknown>;
    const [sent] = transferArguments([typed]) as [Record<string, unknown>];
    expect(Object.keys(sent)).toEqual(['__proto__', 'a']);
    expect(JSON.stringify(sent)).toBe('{"__proto__":0,"a":{"__proto__":[1]}}');
    expect(Object.getPrototypeOf(sent)).toBe(Object.prototype);
  });

  it('refuses every value that holds a Date somewhere', () => {
    const withDate = fc.letrec((tie) => ({
      node: fc.oneof(
        fc.constant(new Date(0)),
        fc.tuple(fc.array(fc.jsonValue(), { maxLength: 3 }), tie('node')).map(([xs, d]) => [...xs, d]),
        fc.tuple(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }), tie('node')).map(([o, d]) => ({
          ...o,
          ['\u0000d']: d,
        })),
      ),
    })).node;
    fc.assert(
      fc.property(withDate, (v) => {
        expect(() => transferArguments([v])).toThrow('Failed due to illegal value in property: 0');
        expect(transferResult(v)).toEqual({ value: null, legal: false });
      }),
      { numRuns: 200 },
    );
  });
});
