/**
 * The city's 114 commune-level units since 1/7/2025, and how typed text maps onto them.
 * A marked name must match exactly (Cẩm Giang ≠ Cẩm Giàng); a markless one is accepted
 * only when it folds onto exactly one unit. Pre-2025 names are never accepted: they
 * yield the likely new unit(s) as a hint.
 */
import { COMMUNE_KIND, type CommuneKind, type Region } from './columns';
import { COMMUNE_ROWS } from './data/communes';
import { OLD_COMMUNE_ROWS } from './data/old-communes';
import { cleanText, foldKey, nameKey } from './text';

export interface Commune {
  code: string;
  name: string;
  type: CommuneKind;
  fullName: string;
  region: Region;
}

export type CommuneResult =
  | { kind: 'empty' }
  | { kind: 'ok'; commune: Commune }
  | { kind: 'ambiguous'; candidates: Commune[] }
  | { kind: 'old'; oldName: string; suggestions: Commune[] }
  | { kind: 'unknown'; raw: string; suggestions: Commune[] };

export const COMMUNES: readonly Commune[] = COMMUNE_ROWS.map(([code, name, type, fullName, region]) => ({
  code,
  name,
  type: type as Commune['type'],
  fullName,
  region: region as Commune['region'],
}));

const BY_CODE = new Map(COMMUNES.map((c) => [c.code, c]));
const BY_NAME = new Map<string, Commune>();
const BY_FOLDED = new Map<string, Commune[]>();
for (const c of COMMUNES) {
  BY_NAME.set(nameKey(c.name), c);
  const folded = foldKey(c.name);
  BY_FOLDED.set(folded, [...(BY_FOLDED.get(folded) ?? []), c]);
}

/** Commune-level prefixes of today, in folded form, longest first. */
const UNIT_PREFIXES: [RegExp, Commune['type'] | null][] = [
  [/^(?:ubnd|uy ban nhan dan) /, null],
  [/^(?:dac khu|dk) /, COMMUNE_KIND.specialZone],
  [/^(?:phuong|p) /, COMMUNE_KIND.ward],
  [/^(?:xa|x) /, COMMUNE_KIND.commune],
];
/** Prefixes that only existed before 2025: districts, towns, township wards. */
const OLD_PREFIX = /^(?:quan|q|huyen|h|thi xa|tx|thanh pho|tp|thi tran|tt) /;

const OLD_BY_KEY = new Map<string, { oldName: string; codes: Set<string> }>();
for (const [newCode, , oldFullName] of OLD_COMMUNE_ROWS) {
  for (const key of [foldKey(oldFullName), foldKey(stripPrefix(foldKey(oldFullName)).rest)]) {
    const entry = OLD_BY_KEY.get(key) ?? { oldName: oldFullName, codes: new Set<string>() };
    entry.codes.add(newCode);
    OLD_BY_KEY.set(key, entry);
  }
}

function stripPrefix(folded: string): { rest: string; type: Commune['type'] | null; old: boolean } {
  let rest = folded;
  let type: Commune['type'] | null = null;
  for (const [prefix, prefixType] of UNIT_PREFIXES) {
    if (prefix.test(rest)) {
      rest = rest.replace(prefix, '');
      type = prefixType ?? type;
    }
  }
  if (OLD_PREFIX.test(rest)) return { rest: rest.replace(OLD_PREFIX, ''), type, old: true };
  return { rest, type, old: false };
}

/** Removes the same number of leading words from the marked text as the folded prefix had. */
function markedName(text: string, foldedRest: string): string {
  const words = nameKey(text).replace(/[.]/g, ' ').split(/\s+/).filter(Boolean);
  const restWords = foldedRest.split(' ').filter(Boolean).length;
  return words.slice(words.length - restWords).join(' ');
}

function hasMarks(text: string): boolean {
  return /[\u0300-\u036f]/.test(text.normalize('NFD')) || /[đĐ]/.test(text);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function nearest(folded: string): Commune[] {
  // No commune name is longer than 20 letters; a long paste is no typo of one.
  if (!folded || folded.length > 40) return [];
  const scored = COMMUNES.map((c) => ({ c, d: editDistance(folded, foldKey(c.name)) }))
    .filter(({ d }) => d <= Math.max(1, Math.floor(folded.length / 5)))
    .sort((x, y) => x.d - y.d);
  return scored.slice(0, 3).map(({ c }) => c);
}

function oldSuggestions(key: string, districtName: string): { oldName: string; suggestions: Commune[] } | null {
  const entry = OLD_BY_KEY.get(key);
  const sameName = BY_FOLDED.get(districtName) ?? [];
  if (!entry && sameName.length === 0) return null;
  const fromMapping = entry ? [...entry.codes].map((code) => BY_CODE.get(code)).filter((c): c is Commune => !!c) : [];
  const suggestions = [...new Map([...sameName, ...fromMapping].map((c) => [c.code, c])).values()];
  return { oldName: entry?.oldName ?? '', suggestions };
}

const cache = new Map<string, CommuneResult>();

export function resolveCommune(raw: unknown): CommuneResult {
  const text = cleanText(raw);
  if (!text) return { kind: 'empty' };
  const hit = cache.get(text);
  if (hit) return hit;
  const result = resolveText(text);
  if (cache.size > 10_000) cache.clear();
  cache.set(text, result);
  return result;
}

function resolveText(text: string): CommuneResult {
  const folded = foldKey(text.replace(/\./g, '. '));
  const { rest, type, old } = stripPrefix(folded);
  if (old) {
    const found = oldSuggestions(folded, rest);
    return { kind: 'old', oldName: found?.oldName || text, suggestions: found?.suggestions ?? nearest(rest) };
  }
  if (hasMarks(text)) {
    const exact = BY_NAME.get(markedName(text, rest));
    // 'Xã Lê Chân' names today's Phường Lê Chân unless an old unit of that exact name existed.
    if (exact && (type === null || type === exact.type || !OLD_BY_KEY.has(folded)))
      return { kind: 'ok', commune: exact };
  } else {
    const candidates = BY_FOLDED.get(rest) ?? [];
    const typed = type ? candidates.filter((c) => c.type === type) : candidates;
    const pool = typed.length > 0 ? typed : candidates;
    if (pool.length === 1) return { kind: 'ok', commune: pool[0] };
    if (pool.length > 1) return { kind: 'ambiguous', candidates: pool };
  }
  const oldHit = oldSuggestions(folded, '') ?? oldSuggestions(rest, '');
  if (oldHit && oldHit.suggestions.length > 0)
    return { kind: 'old', oldName: oldHit.oldName, suggestions: oldHit.suggestions };
  const sameFold = BY_FOLDED.get(rest) ?? [];
  return { kind: 'unknown', raw: text, suggestions: sameFold.length > 0 ? sameFold : nearest(rest) };
}
