/**
 * Mailbox names. The 'Email công vụ' column is the ledger: an address written there is
 * never moved. Newcomers are numbered in an order that does not depend on row order, so
 * the same input gives the same addresses on every run.
 */
import { z } from 'zod';
import { toAsciiLower } from './text';

export const RESERVED_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'abuse', 'admin', 'administrator', 'billing', 'contact', 'daemon', 'ftp', 'help', 'hostmaster', 'info', 'mail',
  'mailer-daemon', 'marketing', 'news', 'no-reply', 'nobody', 'noc', 'noreply', 'postmaster', 'root', 'sales',
  'security', 'support', 'sysadmin', 'system', 'test', 'webmaster', 'www', 'vanphong', 'sogddt', 'gdđt', 'lanhdao',
]);

const TOKEN = /\{(given|initials|family|middle|familyInitial)\}/g;

export const addressPatternSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^(?:\{(?:given|initials|family|middle|familyInitial)\}|[a-z0-9._-])+$/, 'Mẫu chỉ gồm {given}, {initials}, {family}, {middle}, {familyInitial}, chữ thường, số, . _ -')
  .refine((p) => /\{(given|family)\}/.test(p), 'Mẫu phải có {given} hoặc {family}');

export const MAX_LOCAL_PART = 64;

/** 'Nguyễn Văn An' with '{given}{initials}' → 'annv'. */
export function baseLocalPart(fullName: string, pattern: string): string {
  // One ASCII pass over the whole name; a word never loses all its letters to it.
  const words = toAsciiLower(fullName).split(' ').filter(Boolean);
  const given = words.length > 0 ? words[words.length - 1] : '';
  const family = words.length > 1 ? words[0] : '';
  const middle = words.slice(1, -1);
  const values: Record<string, string> = {
    given,
    family,
    middle: middle.join(''),
    initials: [family, ...middle].filter(Boolean).map((w) => w[0]).join(''),
    familyInitial: family.slice(0, 1),
  };
  const local = pattern
    .replace(TOKEN, (_, token: string) => values[token] ?? '')
    .replace(/[^a-z0-9._-]/g, '')
    .replace(/([._-])[._-]+/g, '$1')
    .replace(/^[._-]+|[._-]+$/g, '');
  return local.slice(0, MAX_LOCAL_PART);
}

export interface AddressRequest {
  key: number; // caller's handle (the sheet row)
  fullName: string;
  /** Stable identity used to order newcomers: identifiers, dob, name, unit. */
  identity: string;
}

/**
 * Gives each request the first free name: base, base2, base3… `taken` holds every
 * address already used (ledger, existing accounts), lower-case, full address.
 */
export function assignAddresses(requests: readonly AddressRequest[], taken: ReadonlySet<string>, pattern: string, domain: string): Map<number, string> {
  const used = new Set(taken);
  const suffix = `@${domain.toLowerCase()}`;
  const bases = requests.map((r) => baseLocalPart(r.fullName, pattern) || 'canbo');
  // One flat key per request: comparing two plain strings is all the sort does.
  const keys = requests.map((r, i) => `${bases[i]}\u0000${r.identity}`);
  const order = requests.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : requests[a].key - requests[b].key));
  const withBase = order.map((i) => ({ key: requests[i].key, base: bases[i] }));
  const next = new Map<string, number>();
  const result = new Map<number, string>();
  for (const r of withBase) {
    let n = next.get(r.base) ?? 1;
    let local = '';
    for (;;) {
      const tail = n === 1 ? '' : String(n);
      local = r.base.slice(0, MAX_LOCAL_PART - tail.length) + tail;
      const free = !used.has(local + suffix) && !RESERVED_LOCAL_PARTS.has(local) && !/^\d+$/.test(local);
      n += 1;
      if (free) break;
    }
    next.set(r.base, n);
    used.add(local + suffix);
    result.set(r.key, local + suffix);
  }
  return result;
}
