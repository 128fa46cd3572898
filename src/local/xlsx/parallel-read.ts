/**
 * Reads a large workbook on both cores: this thread takes the biggest sheet, a worker the
 * rest (in a registration workbook: Danh sách here, CSDL ngành there). The worker then
 * prepares its sheets' XML while the add-on runs. Without a worker script (tests running
 * the TypeScript sources) or on any worker failure, everything is read here.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GridWorkbook, SheetGrid } from '../workbook-data';
import { openGridSource } from './grid-read';
import type { PreparedSheets } from './grid-write';
import type { WorkerInput, WorkerMessage } from './sheet-worker';

/** Below this much XML besides the biggest sheet, starting a worker costs more than it saves. */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;

export interface LargeWorkbookRead {
  workbook: GridWorkbook;
  /** Sheets already turned into deflated XML, once the worker has them (null: none). */
  prepared: Promise<PreparedSheets | null>;
  /** Stops the worker if it is still preparing (a run that ends early). */
  dispose(): void;
}

interface Split {
  here: number[];
  there: number[];
}

function split(sheets: { bytes: number }[]): Split {
  const order = sheets.map((_, i) => i).sort((a, b) => sheets[b].bytes - sheets[a].bytes);
  const there = order.slice(1);
  const thereBytes = there.reduce((n, i) => n + sheets[i].bytes, 0);
  return thereBytes >= WORKER_MIN_BYTES ? { here: order.slice(0, 1), there } : { here: order, there: [] };
}

function startWorker(script: string, input: WorkerInput) {
  const worker = new Worker(resolve(script), { workerData: input });
  let onGrids: (grids: SheetGrid[] | null) => void = () => {};
  let onPrepared: (message: Extract<WorkerMessage, { kind: 'prepared' }> | null) => void = () => {};
  const grids = new Promise<SheetGrid[] | null>((resolve) => (onGrids = resolve));
  const prepared = new Promise<Extract<WorkerMessage, { kind: 'prepared' }> | null>(
    (resolve) => (onPrepared = resolve),
  );
  const fail = (): void => {
    onGrids(null);
    onPrepared(null);
  };
  worker.on('message', (message: WorkerMessage) => {
    if (message.kind === 'grids') onGrids(message.grids);
    else if (message.kind === 'prepared') onPrepared(message);
    else fail();
  });
  worker.on('error', fail);
  worker.on('exit', fail);
  return { grids, prepared, stop: () => void worker.terminate() };
}

export async function readGridXlsxInParallel(
  path: string,
  name: string,
  workerScript: string | null,
): Promise<LargeWorkbookRead> {
  const source = await openGridSource(path);
  try {
    const { here, there } =
      workerScript && existsSync(workerScript)
        ? split(source.sheets)
        : { here: source.sheets.map((_, i) => i), there: [] };
    const worker = there.length ? startWorker(workerScript!, { path, indexes: there }) : null;
    const sheets: SheetGrid[] = new Array(source.sheets.length);
    for (const index of here) sheets[index] = await source.read(index);
    const received = worker ? await worker.grids : [];
    if (received) there.forEach((index, i) => (sheets[index] = received[i]));
    else for (const index of there) sheets[index] = await source.read(index);
    const prepared: Promise<PreparedSheets | null> =
      worker && received
        ? worker.prepared.then((message) =>
            message
              ? {
                  styles: message.styles,
                  dxfs: message.dxfs,
                  byValues: new Map(there.map((index, i) => [sheets[index].values, message.parts[i]])),
                }
              : null,
          )
        : Promise.resolve(null);
    return { workbook: { name, sheets }, prepared, dispose: () => worker?.stop() };
  } finally {
    source.close();
  }
}
