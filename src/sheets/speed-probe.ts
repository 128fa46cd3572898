/**
 * Times the Sheets operations the add-on relies on, on a scratch sheet that is removed
 * afterwards, so the cost model (src/local/gas/calls.ts) can be checked against the real
 * spreadsheet. Two sizes per operation: the difference gives the cost per cell, the rest
 * the cost per call. Every write is followed by a flush, so it is timed as committed.
 */
import { UI } from '../i18n/ui';
import { columnLetter } from './a1';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROBE_SIZES = [1_000, 10_000] as const;
const WIDTH = 10;
const CALL_SAMPLES = 10;

export type ProbeOperation = 'setValues' | 'getValues' | 'setBackgrounds' | 'setNotes';

/** Scattered one-cell ranges put by one RangeList.setValue, as the owned columns are written by value. */
export const RANGE_LIST_SIZES = [500, 5_000] as const;

export interface SpeedFigures {
  /** One small read after a write (a full round trip), ms. */
  callMs: number;
  /** SpreadsheetApp.flush() after writing 1,000 cells, ms. */
  flushMs: number;
  /** Per operation and size (cells): elapsed ms, flush included for writes. */
  timings: { operation: ProbeOperation; cells: number; ms: number }[];
  /** Per operation: (ms at the larger size − ms at the smaller) / (cells difference). */
  perCellMs: Record<ProbeOperation, number>;
  /**
   * Per size in ranges, flush included: RangeList.setValue, and a conditional format rule over
   * the same ranges as the add-on's marks are (setConditionalFormatRules); the cost of one more range of each, ms.
   */
  rangeList: {
    timings: { ranges: number; ms: number }[];
    perRangeMs: number;
    ruleTimings: { ranges: number; ms: number }[];
    rulePerRangeMs: number;
  };
}

/**
 * n one-cell ranges right of the blocks, none touching another (a checkerboard), so Sheets
 * cannot treat them as one block.
 */
function scatteredCells(n: number): string[] {
  const a1: string[] = [];
  for (let r = 1; a1.length < n; r++)
    for (let c = 0; c < WIDTH && a1.length < n; c++)
      if ((r + c) % 2 === 0) a1.push(`${columnLetter(WIDTH + 2 + c)}${r}`);
  return a1;
}

const perExtra = (timings: { ranges: number; ms: number }[]): number =>
  Math.max(0, timings[1].ms - timings[0].ms) / (timings[1].ranges - timings[0].ranges);

function measureRangeLists(sheet: Sheet): SpeedFigures['rangeList'] {
  const timings: { ranges: number; ms: number }[] = [];
  const ruleTimings: { ranges: number; ms: number }[] = [];
  for (const ranges of RANGE_LIST_SIZES) {
    const list = sheet.getRangeList(scatteredCells(ranges));
    timings.push({
      ranges,
      ms: time(() => {
        list.setValue(UI.speed.sampleCell(ranges, 0));
        SpreadsheetApp.flush();
      }),
    });
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=LEN($A1)>0')
      .setBackground('#fce8e6')
      .setRanges(list.getRanges())
      .build();
    ruleTimings.push({
      ranges,
      ms: time(() => {
        sheet.setConditionalFormatRules([rule]);
        SpreadsheetApp.flush();
      }),
    });
  }
  return { timings, perRangeMs: perExtra(timings), ruleTimings, rulePerRangeMs: perExtra(ruleTimings) };
}

function time(body: () => void): number {
  const started = Date.now();
  body();
  return Date.now() - started;
}

function measureOn(sheet: Sheet): SpeedFigures {
  const timings: SpeedFigures['timings'] = [];
  // Beside the blocks, so the largest block fits a new sheet's 1,000 rows.
  const probe = sheet.getRange(1, WIDTH + 1);
  let callTotal = 0;
  for (let i = 0; i < CALL_SAMPLES; i++) {
    probe.setValue(i);
    callTotal += time(() => probe.getValue());
  }
  let flushMs = 0;
  for (const cells of PROBE_SIZES) {
    const rows = cells / WIDTH;
    const range = sheet.getRange(1, 1, rows, WIDTH);
    const values = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: WIDTH }, (_, c) => UI.speed.sampleCell(r, c)),
    );
    const colours = values.map((row, r) => row.map(() => (r % 2 ? '#e8f0fe' : '#fce8e6')));
    const notes = values.map((row) => row.map((v) => UI.speed.sampleNote(v)));
    let flushed = 0;
    timings.push({
      operation: 'setValues',
      cells,
      ms: time(() => {
        range.setValues(values);
        flushed = time(() => SpreadsheetApp.flush());
      }),
    });
    if (cells === PROBE_SIZES[0]) flushMs = flushed;
    timings.push({ operation: 'getValues', cells, ms: time(() => range.getValues()) });
    timings.push({
      operation: 'setBackgrounds',
      cells,
      ms: time(() => {
        range.setBackgrounds(colours);
        SpreadsheetApp.flush();
      }),
    });
    timings.push({
      operation: 'setNotes',
      cells,
      ms: time(() => {
        range.setNotes(notes);
        SpreadsheetApp.flush();
      }),
    });
  }
  const [small, large] = PROBE_SIZES;
  const at = (operation: ProbeOperation, cells: number) =>
    timings.find((t) => t.operation === operation && t.cells === cells)!.ms;
  const perCell = (operation: ProbeOperation) =>
    Math.max(0, at(operation, large) - at(operation, small)) / (large - small);
  return {
    callMs: callTotal / CALL_SAMPLES,
    flushMs,
    timings,
    perCellMs: {
      setValues: perCell('setValues'),
      getValues: perCell('getValues'),
      setBackgrounds: perCell('setBackgrounds'),
      setNotes: perCell('setNotes'),
    },
    rangeList: measureRangeLists(sheet),
  };
}

/** Measures on a new sheet named `scratchName` and always removes it, even after an error. */
export function measureSheetSpeed(ss: Spreadsheet, scratchName: string): SpeedFigures {
  const previous = ss.getActiveSheet();
  const sheet = ss.insertSheet(scratchName);
  try {
    return measureOn(sheet);
  } finally {
    ss.deleteSheet(sheet);
    if (previous) ss.setActiveSheet(previous);
  }
}
