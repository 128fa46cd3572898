/** onEdit as Sheets fires it, on the built bundle in the local runtime. */
import { UNIT_USER, type Runtime } from './runtime';

/** Sets a cell as a person would, then fires onEdit with the event Sheets builds. */
export function edit(rt: Runtime, row: number, column: number, value: string) {
  const g = rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
  const sheet = g.SpreadsheetApp.getActive().getSheetByName('Danh sách')!;
  const range = sheet.getRange(row, column);
  const oldValue = range.getValue();
  range.setValue(value);
  rt.calls.reset();
  const result = rt.run(
    'onEdit',
    [{ range, value, oldValue, source: g.SpreadsheetApp.getActive(), user: UNIT_USER, authMode: 'LIMITED' }],
    { as: 'simpleTrigger', user: UNIT_USER },
  );
  return { result, calls: rt.calls.byMethod(), modelledMs: rt.calls.modelledMs() };
}
