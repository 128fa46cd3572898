/**
 * Every service call, counted by method, with a documented cost model so a run can say
 * how long it would take in Google. The figures are a model, not a measurement of
 * Google: Apps Script's best-practices guide says each call to another service is a
 * round trip that dwarfs in-script work and that batch operations (one getValues or
 * setValues for a block) are the way to stay fast; the per-cell figures make a large
 * batch cost more than a small one, in the ranges commonly reported for Sheets
 * (reading about half a million cells per second, writing about a hundred thousand).
 */

export interface CostModel {
  /** Default latency of one call, by service class ('Range', 'Sheet', 'DriveApp', …). */
  perClassMs: Record<string, number>;
  /** Latency of one call by method, overriding the class ('Range.setValues'). */
  perMethodMs: Record<string, number>;
  defaultMs: number;
  perCellReadMs: number;
  perCellWriteMs: number;
}

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
  perCellReadMs: 0.002,
  perCellWriteMs: 0.01,
};

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
  private cellsRead = 0;
  private cellsWritten = 0;

  constructor(private readonly model: CostModel | null) {}

  /** Records one call and returns its modelled cost in ms. */
  record(method: string, cells: { read?: number; written?: number } = {}): number {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.cellsRead += cells.read ?? 0;
    this.cellsWritten += cells.written ?? 0;
    if (!this.model) return 0;
    const cls = method.slice(0, method.indexOf('.'));
    const base = this.model.perMethodMs[method] ?? this.model.perClassMs[cls] ?? this.model.defaultMs;
    const cost = base + (cells.read ?? 0) * this.model.perCellReadMs + (cells.written ?? 0) * this.model.perCellWriteMs;
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

  cells(): { read: number; written: number } {
    return { read: this.cellsRead, written: this.cellsWritten };
  }

  snapshot(): {
    byMethod: Record<string, number>;
    total: number;
    modelledMs: number;
    cells: { read: number; written: number };
  } {
    return { byMethod: this.byMethod(), total: this.total(), modelledMs: this.modelledMs(), cells: this.cells() };
  }

  reset(): void {
    this.counts.clear();
    this.modelled = 0;
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }
}
