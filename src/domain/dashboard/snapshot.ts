/**
 * The dashboard's snapshot: the counts of 'Báo cáo', and nothing else, saved by every run
 * so the web page never has to read the workbook. Built from the report's rows by header
 * name, so a column the report gains (eOffice, signature requests) reaches the page
 * without a change here, and a column it lacks is simply not shown.
 */
import { REPORT_FIGURE_HEADERS, REPORT_REGIONS } from '../../i18n/dashboard';
import { REPORT_TEXT } from '../../i18n/findings';
import type { CellValue } from '../types';
import { unpackSnapshot, type StoredSnapshot } from './stored';

/** The figures the page knows, in the order it shows them (Báo cáo's, as i18n heads them). */
export const SNAPSHOT_FIGURES = Object.keys(REPORT_FIGURE_HEADERS) as (keyof typeof REPORT_FIGURE_HEADERS)[];
export type SnapshotFigure = (typeof SNAPSHOT_FIGURES)[number];

/** Report header (as 'Báo cáo' writes it) → figure. Matched after folding case and spaces. */
export const FIGURE_HEADERS: Record<SnapshotFigure, string> = REPORT_FIGURE_HEADERS;

export type Region = (typeof REPORT_REGIONS)[number];
const isRegion = (text: string): text is Region => (REPORT_REGIONS as readonly string[]).includes(text);

export interface SnapshotRow {
  name: string;
  region: Region | '';
  /** One number per entry of `DashboardSnapshot.figures`, same order. */
  values: number[];
}

export interface DashboardSnapshot {
  version: 1;
  /** ISO time the figures were computed (the run's start). */
  computedAt: string;
  /** Mail domain of the settings: the page is for this domain's accounts only. */
  domain: string;
  /** Which figures the report had, in SNAPSHOT_FIGURES order. */
  figures: SnapshotFigure[];
  communes: SnapshotRow[];
  regions: SnapshotRow[];
  total: SnapshotRow;
}

const key = (text: CellValue): string =>
  String(text ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const count = (value: CellValue): number => {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim() || 0);
  return Number.isFinite(n) ? n : 0;
};

export function buildSnapshot(
  report: { header: readonly CellValue[]; rows: readonly (readonly CellValue[])[] },
  computedAt: Date,
  domain: string,
): DashboardSnapshot {
  const position = new Map(report.header.map((h, i) => [key(h), i] as const));
  const nameAt = position.get(key(REPORT_TEXT.header[0])) ?? 0;
  const regionAt = position.get(key(REPORT_TEXT.header[1])) ?? 1;
  const present = SNAPSHOT_FIGURES.filter((f) => position.has(key(FIGURE_HEADERS[f])));
  const columns = present.map((f) => position.get(key(FIGURE_HEADERS[f]))!);
  const toRow = (cells: readonly CellValue[]): SnapshotRow => {
    const region = String(cells[regionAt] ?? '').trim();
    return {
      name: String(cells[nameAt] ?? '').trim(),
      region: isRegion(region) ? region : '',
      values: columns.map((c) => count(cells[c])),
    };
  };
  const communes: SnapshotRow[] = [];
  const regions: SnapshotRow[] = [];
  let total: SnapshotRow | null = null;
  for (const cells of report.rows) {
    const row = toRow(cells);
    if (row.name === REPORT_TEXT.total) total = row;
    else if (isRegion(row.name)) regions.push(row);
    else communes.push(row);
  }
  return {
    version: 1,
    computedAt: computedAt.toISOString(),
    domain,
    figures: present,
    communes,
    regions,
    total: total ?? { name: REPORT_TEXT.total, region: '', values: present.map(() => 0) },
  };
}

/** A figure of a row, 0 when the report had no such column. */
export function figure(snapshot: DashboardSnapshot, row: SnapshotRow, name: SnapshotFigure): number {
  const i = snapshot.figures.indexOf(name);
  return i < 0 ? 0 : (row.values[i] ?? 0);
}

/** Communes of the city with nobody listed yet (the unresolved-commune row is not one). */
export function notReported(snapshot: DashboardSnapshot): SnapshotRow[] {
  return snapshot.communes.filter((c) => c.region !== '' && figure(snapshot, c, 'listed') === 0);
}

/** Share of a commune's expected people (declared, or listed when more) who hold an address. */
export function progress(snapshot: DashboardSnapshot, row: SnapshotRow): number {
  const expected = Math.max(figure(snapshot, row, 'declared'), figure(snapshot, row, 'listed'));
  return expected === 0 ? 0 : figure(snapshot, row, 'assigned') / expected;
}

/**
 * People who need a mailbox from the roll-out: those asked for ('Số đề nghị') or listed
 * (duplicates left out), whichever is more, less those who turned out to have one already.
 */
export function needed(snapshot: DashboardSnapshot, row: SnapshotRow): number {
  const hasAccount = figure(snapshot, row, 'hasAccount');
  const listed = figure(snapshot, row, 'listed') - figure(snapshot, row, 'duplicates');
  return Math.max(0, Math.max(figure(snapshot, row, 'declared'), listed) - hasAccount);
}

/** The city's need: each commune's, summed (one commune listing more does not make up for another listing fewer). */
export function neededTotal(snapshot: DashboardSnapshot): number {
  return snapshot.communes.reduce((n, c) => n + needed(snapshot, c), 0);
}

/** The funnel's steps in order, from the list to mailboxes in use. */
export const FUNNEL = ['listed', 'valid', 'assigned', 'exported', 'created', 'inUse'] as const;

/**
 * The communes furthest behind among those that reported something: lowest progress
 * first, the larger commune first on a tie (more people waiting).
 */
export function furthestBehind(snapshot: DashboardSnapshot, limit: number): SnapshotRow[] {
  const expected = (r: SnapshotRow): number => Math.max(figure(snapshot, r, 'declared'), figure(snapshot, r, 'listed'));
  return snapshot.communes
    .filter((c) => c.region !== '' && expected(c) > 0)
    .sort((a, b) => progress(snapshot, a) - progress(snapshot, b) || expected(b) - expected(a))
    .slice(0, limit);
}

/** Parses a stored snapshot (stored.ts's form, or the plain one runs stored before); null when absent or not one. */
export function parseSnapshot(text: string | null): DashboardSnapshot | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<DashboardSnapshot> & Partial<StoredSnapshot>;
    if (value.v === 2) return unpackSnapshot(value);
    if (value.version !== 1 || !Array.isArray(value.communes) || !Array.isArray(value.figures) || !value.total)
      return null;
    return value as DashboardSnapshot;
  } catch {
    return null;
  }
}
