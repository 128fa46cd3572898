/** Embedded charts: kept as a description (type, ranges, anchor, options). */
import type { Env } from './env';
import type { ChartModel } from './sheet-store';

export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  TABLE: 'TABLE',
} as const;

let chartSeq = 0;

export class EmbeddedChart {
  constructor(readonly model: ChartModel) {}
  getId(): string {
    return this.model.id;
  }
  getType(): string {
    return this.model.type;
  }
  getRanges(): { getA1Notation(): string }[] {
    return this.model.ranges.map((a1) => ({ getA1Notation: () => a1 }));
  }
  getOptions(): { get(key: string): unknown } {
    return { get: (key: string) => this.model.options[key] };
  }
  modify(): EmbeddedChartBuilder {
    const b = new EmbeddedChartBuilder(null);
    b.model = { ...this.model, ranges: [...this.model.ranges], options: { ...this.model.options } };
    return b;
  }
}

export class EmbeddedChartBuilder {
  model: ChartModel;
  constructor(private readonly env: Env | null) {
    this.model = {
      id: `chart-${++chartSeq}`,
      type: ChartType.COLUMN,
      ranges: [],
      anchor: { row: 1, column: 1 },
      options: {},
      numHeaders: -1,
    };
  }
  private count(method: string): this {
    this.env?.call(`EmbeddedChartBuilder.${method}`);
    return this;
  }
  /** setTitle and setStacked belong to the typed builders asColumnChart()/asBarChart() return. */
  private countTyped(method: string): this {
    const cls = this.model.type === ChartType.BAR ? 'EmbeddedBarChartBuilder' : 'EmbeddedColumnChartBuilder';
    this.env?.call(`${cls}.${method}`);
    return this;
  }
  setChartType(type: string): this {
    this.model.type = type;
    return this.count('setChartType');
  }
  asColumnChart(): this {
    this.model.type = ChartType.COLUMN;
    return this.count('asColumnChart');
  }
  asBarChart(): this {
    this.model.type = ChartType.BAR;
    return this.count('asBarChart');
  }
  addRange(range: { getA1Notation(): string; getSheet(): { getName(): string } }): this {
    this.model.ranges.push(`${range.getSheet().getName()}!${range.getA1Notation()}`);
    return this.count('addRange');
  }
  clearRanges(): this {
    this.model.ranges = [];
    return this.count('clearRanges');
  }
  setPosition(anchorRow: number, anchorColumn: number, _offsetX: number, _offsetY: number): this {
    this.model.anchor = { row: anchorRow, column: anchorColumn };
    return this.count('setPosition');
  }
  setOption(option: string, value: unknown): this {
    this.model.options[option] = value;
    return this.count('setOption');
  }
  setTitle(title: string): this {
    this.model.options.title = title;
    return this.countTyped('setTitle');
  }
  setNumHeaders(n: number): this {
    this.model.numHeaders = n;
    return this.count('setNumHeaders');
  }
  setStacked(): this {
    this.model.options.isStacked = true;
    return this.countTyped('setStacked');
  }
  build(): EmbeddedChart {
    this.count('build');
    return new EmbeddedChart({ ...this.model, ranges: [...this.model.ranges], options: { ...this.model.options } });
  }
}
