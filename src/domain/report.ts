/**
 * 'Báo cáo': one row per commune-level unit (Đông first, then Tây, each by name), a row
 * for people whose commune could not be resolved, then subtotals per region and a total.
 * Per person (non-blank roster row): listed; valid = no holding finding; duplicate;
 * has account (not a duplicate); with errors = any other holding finding; assigned = holds
 * an address and no holding finding; exported, created, in use = how far those addresses
 * got (each counts the later stages too, so the funnel never widens); eOffice and
 * signature requests (plan 5277).
 */
import { REPORT_TEXT } from '../i18n/findings';
import { REGIONS } from './columns';
import { COMMUNES, type Commune } from './communes';
import { reached, type Stage } from './lifecycle';
import type { CellValue } from './types';

export interface PersonTally {
  commune: Commune | null;
  unitKey: string;
  state: 'valid' | 'duplicate' | 'hasAccount' | 'error';
  assigned: boolean;
  /** The stage of the address the add-on assigned; null (or absent) without one. */
  stage?: Stage | null;
  /** Requested for eOffice / a digital signature in this run (plan 5277). */
  eoffice?: boolean;
  signature?: boolean;
}

const FIGURES = [
  'declared',
  'listed',
  'valid',
  'duplicate',
  'hasAccount',
  'error',
  'assigned',
  'exported',
  'created',
  'inUse',
  'eoffice',
  'signature',
] as const;

type CommuneCounts = { units: Set<string> } & Record<(typeof FIGURES)[number], number>;

const empty = (): CommuneCounts => {
  const counts = { units: new Set<string>() } as CommuneCounts;
  for (const f of FIGURES) counts[f] = 0;
  return counts;
};

const collator = new Intl.Collator('vi');

export function buildReport(
  people: readonly PersonTally[],
  declared: readonly { commune: Commune | null; unitKey: string; declared: number | null }[],
): { header: string[]; rows: CellValue[][] } {
  const byCode = new Map<string, CommuneCounts>(COMMUNES.map((c) => [c.code, empty()]));
  const unknown = empty();
  const bucket = (c: Commune | null): CommuneCounts => (c ? byCode.get(c.code)! : unknown);
  for (const d of declared) {
    const counts = bucket(d.commune);
    counts.units.add(d.unitKey);
    counts.declared += d.declared ?? 0;
  }
  for (const p of people) {
    const counts = bucket(p.commune);
    counts.units.add(p.unitKey);
    counts.listed += 1;
    counts[p.state] += 1;
    if (p.assigned) counts.assigned += 1;
    if (p.assigned && p.stage) {
      if (reached(p.stage, 'exported')) counts.exported += 1;
      if (reached(p.stage, 'created')) counts.created += 1;
      if (reached(p.stage, 'inUse')) counts.inUse += 1;
    }
    if (p.eoffice) counts.eoffice += 1;
    if (p.signature) counts.signature += 1;
  }
  // The columns of REPORT_TEXT.header, in its order.
  const line = (label: string, region: string, c: CommuneCounts): CellValue[] => [
    label,
    region,
    c.units.size,
    ...FIGURES.map((f) => c[f]),
  ];
  const add = (into: CommuneCounts, c: CommuneCounts): void => {
    c.units.forEach((u) => into.units.add(u));
    for (const k of FIGURES) into[k] += c[k];
  };
  const rows: CellValue[][] = [];
  const regionTotals: CellValue[][] = [];
  const total = empty();
  for (const region of REGIONS) {
    const subtotal = empty();
    const communes = COMMUNES.filter((c) => c.region === region).sort((a, b) => collator.compare(a.name, b.name));
    for (const c of communes) {
      const counts = byCode.get(c.code)!;
      rows.push(line(c.fullName, region, counts));
      add(subtotal, counts);
    }
    add(total, subtotal);
    regionTotals.push(line(region, region, subtotal));
  }
  if (unknown.listed > 0 || unknown.units.size > 0) rows.push(line(REPORT_TEXT.unknownCommune, '', unknown));
  add(total, unknown);
  return { header: [...REPORT_TEXT.header], rows: [...rows, ...regionTotals, line(REPORT_TEXT.total, '', total)] };
}
