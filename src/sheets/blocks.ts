/** Grouping helpers so every write is one call per contiguous block, never per cell. */

/** Sorted distinct numbers → runs of consecutive ones, e.g. [3,4,5,9] → [[3,4,5],[9]]. */
export function contiguousRuns(numbers: number[]): number[][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[last.length - 1] + 1) last.push(n);
    else runs.push([n]);
  }
  return runs;
}
