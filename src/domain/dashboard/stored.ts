/**
 * The snapshot as stored in script properties: each row a flat array, a commune of the
 * city named by its place in the communes list rather than by its name (a Vietnamese name
 * costs six characters a letter once escaped to ASCII), the region as a digit. That keeps
 * it near 7 KB at 114 communes, whatever the units and rows.
 */
import { COMMUNES } from '../communes';
import { REPORT_REGIONS } from '../../i18n/dashboard';
import type { DashboardSnapshot, SnapshotFigure, SnapshotRow } from './snapshot';

export interface StoredSnapshot {
  v: 2;
  at: string;
  domain: string;
  figures: SnapshotFigure[];
  /** Rows: communes, then regions, then the total: [name or commune index, region digit, ...values]. */
  rows: (string | number)[][];
  regions: number;
}

const COMMUNE_INDEX = new Map(COMMUNES.map((c, i) => [c.fullName, i]));
const REGIONS: readonly SnapshotRow['region'][] = ['', ...REPORT_REGIONS];

function packRow(row: SnapshotRow): (string | number)[] {
  return [COMMUNE_INDEX.get(row.name) ?? row.name, Math.max(0, REGIONS.indexOf(row.region)), ...row.values];
}

function unpackRow(cells: unknown): SnapshotRow | null {
  if (!Array.isArray(cells) || cells.length < 2) return null;
  const [name, region, ...values] = cells as unknown[];
  const text = typeof name === 'number' ? COMMUNES[name]?.fullName : typeof name === 'string' ? name : undefined;
  if (text === undefined || !values.every((v) => typeof v === 'number')) return null;
  return { name: text, region: REGIONS[Number(region)] ?? '', values: values as number[] };
}

export function packSnapshot(s: DashboardSnapshot): StoredSnapshot {
  return {
    v: 2,
    at: s.computedAt,
    domain: s.domain,
    figures: s.figures,
    rows: [...s.communes, ...s.regions, s.total].map(packRow),
    regions: s.regions.length,
  };
}

/** The snapshot of a stored value of this form; null when it is not one. */
export function unpackSnapshot(value: Partial<StoredSnapshot>): DashboardSnapshot | null {
  if (value.v !== 2 || !Array.isArray(value.rows) || !Array.isArray(value.figures) || value.rows.length < 1)
    return null;
  const rows = value.rows.map(unpackRow);
  if (rows.some((r) => r === null)) return null;
  const all = rows as SnapshotRow[];
  const regions = Number(value.regions) || 0;
  const communes = all.slice(0, all.length - 1 - regions);
  return {
    version: 1,
    computedAt: String(value.at ?? ''),
    domain: String(value.domain ?? ''),
    figures: value.figures,
    communes,
    regions: all.slice(communes.length, all.length - 1),
    total: all[all.length - 1],
  };
}
