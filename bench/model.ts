/**
 * The model-based address test at length: `npm run bench:model -- [--sequences N] [--seed S]`.
 * Runs N random months of unit edits against the built bundle in the local runtime and
 * prints what it covered; exits 1 with the shrunk counterexample when a rule breaks.
 */
import fc from 'fast-check';
import { opArbitrary, runSequence, startArbitrary, type ModelStats } from '../test/helpers/address-model';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} takes a number`);
  return value;
}

const sequences = option('sequences', 300);
const seed = option('seed', Date.now() % 2 ** 31);
const stats: ModelStats = { runs: 0, edits: 0, maxRows: 0, addressesShown: 0 };
const started = Date.now();
const outcome = fc.check(
  fc.property(startArbitrary, fc.array(opArbitrary, { minLength: 10, maxLength: 60 }), (start, ops) =>
    runSequence(start, ops, stats),
  ),
  { numRuns: sequences, seed },
);
const seconds = (Date.now() - started) / 1000;
console.log(
  [
    `sequences: ${sequences} (seed ${seed})`,
    `runs of the bundle: ${stats.runs}`,
    `edits: ${stats.edits}`,
    `largest sheet: ${stats.maxRows} rows`,
    `addresses shown and followed: ${stats.addressesShown}`,
    `time: ${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(1, stats.runs)).toFixed(1)} ms a run)`,
  ].join('\n'),
);
if (outcome.failed) {
  console.error(fc.defaultReportMessage(outcome));
  process.exit(1);
}
console.log('every rule held');
