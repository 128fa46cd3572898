/** The order of a round of time-driven triggers, and what one handler's deletions do to the rest. */
import { scriptDir } from '../helpers/script-dir';
import { createGasRuntime } from '../../src/local/gas';
import { ensureBuilt } from '../helpers/build-once';

function start(code: string) {
  ensureBuilt(); // the runtime reads build/appsscript.json
  const rt = createGasRuntime({ now: new Date('2025-09-05T09:00:00+07:00') });
  rt.loadBundle(scriptDir('bundle-', { 'Code.js': code }));
  return rt;
}

describe('a round of due triggers', () => {
  it('a trigger deleted by an earlier handler in the same round does not fire', () => {
    const rt = start(`
      var fired = [];
      function first() {
        fired.push('first');
        ScriptApp.getProjectTriggers().forEach(function (t) {
          if (t.getHandlerFunction() === 'second') ScriptApp.deleteTrigger(t);
        });
      }
      function second() { fired.push('second'); }
      function log() { return fired; }
      function install() {
        ScriptApp.newTrigger('first').timeBased().everyHours(1).create();
        ScriptApp.newTrigger('second').timeBased().everyHours(1).create();
      }`);
    rt.run('install');
    rt.clock.advance(3_600_000);
    expect(rt.triggers.fireDue().map((f) => f.handler)).toEqual(['first']);
    expect(rt.run('log')).toEqual(['first']);
    expect(rt.triggers.list.map((t) => t.handler)).toEqual(['first']);
  });
});
