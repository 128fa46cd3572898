/**
 * Who plan 5277 covers, read from 'Chức vụ' as units really type it: full words or the
 * usual short forms (PHT, HT, TTCM, TPCM, GĐ), any case, with or without marks, often
 * with more after it ('Tổ trưởng tổ Toán', 'Phó hiệu trưởng kiêm TTCM').
 */
import { foldKey } from './text';

export type PositionKind = 'head' | 'deputyHead' | 'teamLeader' | 'teamDeputy' | 'clerk';
export type Service = 'eoffice' | 'signature';

// Folded text: lower case, no marks, 'đ' → 'd', punctuation → one space ('P.HT' → 'p ht').
// Deputies are tried before heads: 'pho hieu truong' holds 'hieu truong'.
const RULES: [PositionKind, RegExp][] = [
  ['deputyHead', /\b(?:pho|p) ?(?:hieu truong|giam doc|ht|gd)\b|\b(?:pht|pgd|phgd)\b/],
  ['head', /\b(?:hieu truong|giam doc|ht|gd)\b/],
  ['teamDeputy', /\bto pho\b|\btp ?(?:cm|vp)\b|\btpcm\b/],
  ['teamLeader', /\bto truong\b|\btt ?(?:cm|vp)\b/],
  ['clerk', /\bvan thu\b/],
];

const cache = new Map<string, PositionKind | null>();

/** Positions repeat on every row of a unit: each spelling is classified once, by the text as typed. */
export function classifyPosition(raw: unknown): PositionKind | null {
  if (raw === '' || raw === undefined || raw === null) return null;
  const typed = String(raw);
  const known = cache.get(typed);
  if (known !== undefined) return known;
  const key = foldKey(typed);
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.set(typed, hit);
    return hit;
  }
  let kind: PositionKind | null = null;
  if (key)
    for (const [k, pattern] of RULES)
      if (pattern.test(key)) {
        kind = k;
        break;
      }
  if (cache.size > 10_000) cache.clear();
  cache.set(key, kind);
  cache.set(typed, kind);
  return kind;
}

const COVERS: Record<Service, ReadonlySet<PositionKind>> = {
  eoffice: new Set<PositionKind>(['head', 'deputyHead', 'teamLeader', 'teamDeputy', 'clerk']),
  signature: new Set<PositionKind>(['head', 'deputyHead']),
};

/** Whether the plan covers this position for the service. */
export function coveredBy(service: Service, position: unknown): boolean {
  const kind = classifyPosition(position);
  return kind !== null && COVERS[service].has(kind);
}
