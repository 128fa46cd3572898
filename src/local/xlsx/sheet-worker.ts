/**
 * The second core's share of a large workbook: reads the sheets it is given and sends
 * them, then, while the add-on runs on the main thread, turns them into deflated XML so
 * that sheets the run leaves alone cost nothing to write.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SheetGrid } from '../workbook-data';
import { openGridSource } from './grid-read';
import { prepareSheets } from './grid-write';

export interface WorkerInput {
  path: string;
  indexes: number[];
}

export type WorkerMessage =
  | { kind: 'grids'; grids: SheetGrid[] }
  | {
      kind: 'prepared';
      styles: ReturnType<typeof prepareSheets>['styles'];
      dxfs: ReturnType<typeof prepareSheets>['dxfs'];
      parts: ReturnType<typeof prepareSheets>['parts'];
    }
  | { kind: 'failed'; message: string };

async function work(port: NonNullable<typeof parentPort>, input: WorkerInput): Promise<void> {
  const source = await openGridSource(input.path);
  const grids: SheetGrid[] = [];
  try {
    for (const index of input.indexes) grids.push(await source.read(index));
  } finally {
    source.close();
  }
  port.postMessage({ kind: 'grids', grids } satisfies WorkerMessage);
  const { styles, dxfs, parts } = prepareSheets(grids);
  // Own buffers, so they can be handed over rather than copied.
  const owned = parts.map((part) => ({ ...part, deflated: new Uint8Array(part.deflated) }));
  port.postMessage(
    { kind: 'prepared', styles, dxfs, parts: owned } satisfies WorkerMessage,
    owned.map((part) => part.deflated.buffer),
  );
}

if (parentPort) {
  const port = parentPort;
  work(port, workerData as WorkerInput).catch((error: unknown) =>
    port.postMessage({ kind: 'failed', message: String((error as Error)?.message ?? error) } satisfies WorkerMessage),
  );
}
