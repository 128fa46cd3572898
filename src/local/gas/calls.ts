/**
 * Every service call, counted by method, with two cost models so a run can say how long
 * it would take in Google: a central estimate and a pessimistic bound built from the
 * slowest published figures. Each constant names its evidence (EVIDENCE below); where no
 * published measurement exists the entry says so, and the "Đo tốc độ" menu item measures
 * the real spreadsheet so the figure can be replaced.
 */

export interface CostModel {
  /** Default latency of one call, by service class ('Range', 'Sheet', 'DriveApp', …). */
  perClassMs: Record<string, number>;
  /** Latency of one call by method, overriding the class ('Range.setValues'). */
  perMethodMs: Record<string, number>;
  defaultMs: number;
  perCellReadMs: number;
  perCellWriteMs: number;
  /** Each range named by one call beyond the first (a range list, a conditional format rule's ranges). */
  perRangeMs: number;
}

/** What one call touched, for the cost of its size. */
export interface CallMeasure {
  read?: number;
  written?: number;
  ranges?: number;
}

/** Where a figure comes from: what was measured, by whom, when. */
export interface Evidence {
  source: string;
  url: string;
  published: string;
  measured: string;
}

export const EVIDENCE = {
  bestPractices: {
    source: 'Google, Apps Script guide "Best practices"',
    url: 'https://developers.google.com/apps-script/guides/support/best-practices',
    published: 'current',
    measured:
      'no figures: calls to Sheets, Drive and other services are round trips far slower than script work; batch reads and writes (getValues/setValues on a block) are the remedy',
  },
  cachingBlog: {
    source: 'Google Apps Script blog, "Optimizing Spreadsheet Operations"',
    url: 'http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html',
    published: '2010-06-01',
    measured:
      'no figures: reads are served by a look-ahead cache, writes by a write cache that every read (or flush) must first commit, so interleaved reads and writes are slow',
  },
  stackOverflowFlush: {
    source: 'Stack Overflow answer to "What is faster: ScriptDb or SpreadsheetApp?" (Mogsdad)',
    url: 'https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp (copy of the Stack Overflow thread)',
    published: 'ScriptDb era (before its 2014 shutdown)',
    measured:
      'one setValues of 4,000 cells (400 rows x 10) under 50 ms; the same plus SpreadsheetApp.flush() 610 ms; 400 one-row setValues 164 ms in all; with a flush after each row almost 12 s',
  },
  bugbugnow: {
    source: 'bugbugnow.net, "GoogleAppsScriptのスプレッドシート処理を高速化する"',
    url: 'https://www.bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html',
    published: '2019-03',
    measured:
      '1,000 calls of sheet.getLastRow() in a loop 160,377 ms (160 ms a call, with Logger.log); 1,000 getRange().getValue() 3,064 ms (3 ms a call); one getValues and one setValues of 1,000 cells 905 ms',
  },
  excelspeedup: {
    source: 'gas.excelspeedup.com, "【GAS】スプレッドシートの読み書きが遅い!を高速化するコツ"',
    url: 'https://gas.excelspeedup.com/gas-spreadsheet-speedup/',
    published: 'undated (V8 syntax, console.time: 2020 or later)',
    measured:
      '100 rows x (2 getValue + 1 setValue) interleaved = 300 calls in 24,123 ms: 80 ms a call when every read must first commit a write',
  },
  tanaikeDiscontinuous: {
    source: 'Kanshi Tanaike, "Best Practices for Discontinuous Cells on Google Spreadsheet by Google Apps Script"',
    url: 'https://gist.github.com/tanaikech/dba916ae25f7351819e062b42bb5be10',
    published: '2023-05-01',
    measured:
      'the process costs of reading and writing discontinuous cells in a loop of getRange calls, with one RangeList and with the Sheets API: the RangeList and the Sheets API are the low-cost ways; the per-range figures are not restated here',
  },
  none: {
    source: 'no published measurement found',
    url: '',
    published: '',
    measured: 'an assumption, to be replaced by the figures the speed measurement menu item records in the log sheet',
  },
} satisfies Record<string, Evidence>;

export type EvidenceKey = keyof typeof EVIDENCE;

/** Each constant of both models, with the evidence it rests on. */
export const COST_EVIDENCE: Record<string, { central: number; high: number; unit: string; evidence: EvidenceKey[] }> = {
  'Range/Sheet call': { central: 40, high: 160, unit: 'ms per call', evidence: ['bugbugnow', 'excelspeedup'] },
  'cell written': { central: 0.0125, high: 0.15, unit: 'ms per cell', evidence: ['stackOverflowFlush'] },
  'cell read': { central: 0.002, high: 0.0125, unit: 'ms per cell', evidence: ['cachingBlog', 'none'] },
  'range in a range list': {
    central: 0.0125,
    high: 0.15,
    unit: 'ms per range beyond the first',
    evidence: ['tanaikeDiscontinuous', 'none'],
  },
  'SpreadsheetApp.flush': { central: 200, high: 560, unit: 'ms per call', evidence: ['stackOverflowFlush'] },
  'loading the bundle': { central: 0, high: 1500, unit: 'ms per execution', evidence: ['none'] },
  'Drive upload': { central: 0, high: 0.002, unit: 'ms per byte (500 KB/s)', evidence: ['none'] },
};

export const DEFAULT_COST_MODEL: CostModel = {
  perClassMs: {
    SpreadsheetApp: 5,
    Spreadsheet: 5,
    Sheet: 10,
    Range: 40,
    Ui: 50,
    HtmlService: 5,
    HtmlOutput: 0,
    HtmlTemplate: 10,
    PropertiesService: 2,
    Properties: 15,
    CacheService: 2,
    Cache: 10,
    LockService: 2,
    Lock: 10,
    ScriptApp: 50,
    Trigger: 1,
    Session: 2,
    User: 1,
    Utilities: 0.5,
    DriveApp: 300,
    // The Drive advanced service is one Drive API request per call, as DriveApp's are.
    Drive: 300,
    File: 50,
    Folder: 50,
    MailApp: 400,
    Logger: 0,
    console: 0,
    Blob: 0,
    DataValidationBuilder: 0,
    DataValidation: 0,
    EmbeddedChartBuilder: 0,
    EmbeddedChart: 20,
    Menu: 0,
    Protection: 20,
    RangeList: 40,
    Banding: 20,
    // Builders and rules are objects in the script until setConditionalFormatRules sends them.
    ConditionalFormatRuleBuilder: 0,
    ConditionalFormatRule: 0,
  },
  perMethodMs: {
    'SpreadsheetApp.flush': 200,
    'Sheet.insertChart': 300,
    'Sheet.removeChart': 200,
    'Spreadsheet.insertSheet': 300,
    'Spreadsheet.toast': 100,
    'Range.getA1Notation': 0,
    'Range.getRow': 0,
    'Range.getColumn': 0,
    'Range.getNumRows': 0,
    'Range.getNumColumns': 0,
    'Range.getSheet': 0,
  },
  defaultMs: 5,
  // Central: 4,000 cells in under 50 ms (stackOverflowFlush); reads served from cache (cachingBlog).
  perCellReadMs: 0.002,
  perCellWriteMs: 0.0125,
  // A range of a range list or of a rule: as a cell written (no published per-range figure).
  perRangeMs: 0.0125,
};

/**
 * The pessimistic bound: every Sheets call at the slowest published per-call figure
 * (bugbugnow, 160 ms), every written cell carrying its share of a flush
 * (stackOverflowFlush: 610 ms for 4,000 cells), reads at the unflushed write rate.
 */
export const HIGH_COST_MODEL: CostModel = {
  ...DEFAULT_COST_MODEL,
  perClassMs: {
    ...DEFAULT_COST_MODEL.perClassMs,
    SpreadsheetApp: 160,
    Spreadsheet: 160,
    Sheet: 160,
    Range: 160,
    RangeList: 160,
    Protection: 160,
    DriveApp: 1000,
    // Exports now go through the Drive advanced service: the same pessimistic round trip.
    Drive: 1000,
    File: 160,
    Folder: 160,
    Properties: 80,
    Lock: 80,
  },
  perMethodMs: {
    ...DEFAULT_COST_MODEL.perMethodMs,
    'SpreadsheetApp.flush': 560,
    'Spreadsheet.insertSheet': 1000,
    'Sheet.insertChart': 1000,
  },
  perCellReadMs: 0.0125,
  perCellWriteMs: 0.15,
  // As a written cell with its share of a flush: a one-cell range is one cell written, and
  // nothing published says a range costs more. "Đo tốc độ" measures it on the real sheet.
  perRangeMs: 0.15,
};

/** Fixed costs beside the calls, for the pessimistic bound (COST_EVIDENCE). */
export const HIGH_FIXED = { bundleLoadMs: 1500, driveMsPerByte: 0.002 };

/** Accepts a full model, a partial one, or a flat { 'Range.setValues': ms } override. */
export function resolveCostModel(
  input: Partial<CostModel> | Record<string, number> | false | undefined,
): CostModel | null {
  if (input === false) return null;
  if (!input) return DEFAULT_COST_MODEL;
  const flat = Object.keys(input).some((k) => k.includes('.'));
  if (flat)
    return {
      ...DEFAULT_COST_MODEL,
      perMethodMs: { ...DEFAULT_COST_MODEL.perMethodMs, ...(input as Record<string, number>) },
    };
  const model = input as Partial<CostModel>;
  return {
    ...DEFAULT_COST_MODEL,
    ...model,
    perClassMs: { ...DEFAULT_COST_MODEL.perClassMs, ...model.perClassMs },
    perMethodMs: { ...DEFAULT_COST_MODEL.perMethodMs, ...model.perMethodMs },
  };
}

export class CallLog {
  private counts = new Map<string, number>();
  private modelled = 0;
  private modelledHigh = 0;
  private cellsRead = 0;
  private cellsWritten = 0;
  private rangesNamed = 0;
  private largestRangeList = 0;

  constructor(
    private readonly model: CostModel | null,
    private readonly high: CostModel | null = model ? HIGH_COST_MODEL : null,
  ) {}

  private static cost(model: CostModel, method: string, cells: CallMeasure): number {
    const cls = method.slice(0, method.indexOf('.'));
    const base = model.perMethodMs[method] ?? model.perClassMs[cls] ?? model.defaultMs;
    return (
      base +
      (cells.read ?? 0) * model.perCellReadMs +
      (cells.written ?? 0) * model.perCellWriteMs +
      Math.max(0, (cells.ranges ?? 1) - 1) * model.perRangeMs
    );
  }

  /** Records one call and returns its modelled cost in ms. */
  record(method: string, cells: CallMeasure = {}): number {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.cellsRead += cells.read ?? 0;
    this.cellsWritten += cells.written ?? 0;
    this.rangesNamed += cells.ranges ?? 0;
    this.largestRangeList = Math.max(this.largestRangeList, cells.ranges ?? 0);
    if (this.high) this.modelledHigh += CallLog.cost(this.high, method, cells);
    if (!this.model) return 0;
    const cost = CallLog.cost(this.model, method, cells);
    this.modelled += cost;
    return cost;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Modelled Google time of every call so far, in ms. */
  modelledMs(): number {
    return Math.round(this.modelled);
  }

  /** The pessimistic bound of every call so far, in ms (fixed costs not included). */
  modelledHighMs(): number {
    return Math.round(this.modelledHigh);
  }

  /**
   * Cells read and written, the ranges named by range lists and rules (each costs perRangeMs),
   * and the most ranges one call named (Google documents no limit; "Đo tốc độ" tries 5,000).
   */
  cells(): { read: number; written: number; ranges: number; largestRangeList: number } {
    return {
      read: this.cellsRead,
      written: this.cellsWritten,
      ranges: this.rangesNamed,
      largestRangeList: this.largestRangeList,
    };
  }

  snapshot(): {
    byMethod: Record<string, number>;
    total: number;
    modelledMs: number;
    modelledHighMs: number;
    cells: ReturnType<CallLog['cells']>;
  } {
    return {
      byMethod: this.byMethod(),
      total: this.total(),
      modelledMs: this.modelledMs(),
      modelledHighMs: this.modelledHighMs(),
      cells: this.cells(),
    };
  }

  reset(): void {
    this.counts.clear();
    this.modelled = 0;
    this.modelledHigh = 0;
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.rangesNamed = 0;
    this.largestRangeList = 0;
  }
}
