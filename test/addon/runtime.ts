/**
 * Starts the local Apps Script runtime on a workbook with the built bundle loaded,
 * as the spreadsheet's owner unless told otherwise.
 */
import { createGasRuntime } from '../../src/local/gas';
import type { WorkbookData } from '../../src/local/workbook-data';
import { ensureBuilt } from '../helpers/build-once';

export const OWNER = 'vanphong.sogddt@haiphong.edu.vn';
export const UNIT_USER = 'thcs.lechan@haiphong.edu.vn';
export const NOW = new Date('2025-09-05T09:30:00+07:00');

export type Runtime = ReturnType<typeof createGasRuntime>;

const started: Runtime[] = [];

/**
 * Every test on the bundle also proves its calls are allowed: a call the built manifest's
 * scopes or the run's authorisation mode refuse fails the test even when the add-on
 * caught the exception and showed its own message.
 */
// Outside jest (npm run screenshots) there is no afterEach: the helpers still start runtimes.
if (typeof afterEach === 'function')
  afterEach(() => {
    const refused = started.splice(0).flatMap((rt) => rt.refusals);
    expect(refused).toEqual([]);
  });

export function startRuntime(
  workbook: WorkbookData,
  options: { user?: string; now?: Date } & Record<string, unknown> = {},
): Runtime {
  ensureBuilt();
  const runtime = createGasRuntime({
    workbook,
    // The README has the bound Apps Script project named after the menu.
    scriptName: 'Email công vụ',
    owner: OWNER,
    user: options.user ?? OWNER,
    now: options.now ?? NOW,
    ...options,
  });
  runtime.loadBundle();
  started.push(runtime);
  return runtime;
}

/** A unit editor types `value` into one cell of `sheetName`; onEdit fires as Sheets fires it. */
export function editAsUnit(rt: Runtime, sheetName: string, row: number, column: number, value: unknown) {
  const app = (rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
  const range = app.getActive().getSheetByName(sheetName)!.getRange(row, column);
  const oldValue = range.getValue();
  range.setValue(value);
  return rt.run('onEdit', [{ range, value, oldValue, source: app.getActive(), user: UNIT_USER, authMode: 'LIMITED' }], {
    as: 'simpleTrigger',
    user: UNIT_USER,
  });
}
