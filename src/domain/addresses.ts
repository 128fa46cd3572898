/**
 * Mailbox names. The 'Email công vụ' column is the ledger: an address written there is
 * never moved. Newcomers are numbered in an order that does not depend on row order, so
 * the same input gives the same addresses on every run.
 */
import { UI } from '../i18n/ui';
import { z } from 'zod';
import { toAsciiLower } from './text';

export const RESERVED_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'abuse',
  'admin',
  'administrator',
  'billing',
  'contact',
  'daemon',
  'ftp',
  'help',
  'hostmaster',
  'info',
  'mail',
  'mailer-daemon',
  'marketing',
  'news',
  'no-reply',
  'nobody',
  'noc',
  'noreply',
  'postmaster',
  'root',
  'sales',
  'security',
  'support',
  'sysadmin',
  'system',
  'test',
  'webmaster',
  'www',
  'vanphong',
  'sogddt',
  'lanhdao',
]);

const TOKEN = /\{(given|initials|family|middle|familyInitial)\}/g;

const MAX_PATTERN = 60;
const PATTERN_PART = /\{[^{}]*\}|[^{}]+|[{}]/g;
const PLACEHOLDER = /^\{(?:given|initials|family|middle|familyInitial)\}$/;

/**
 * The one rule for an address pattern (the settings form and the stored settings use it
 * too): placeholders, lower-case letters, digits and . _ -, with {given} or {family}.
 * Returns the Vietnamese problems; empty when the pattern is usable.
 */
export function addressPatternProblems(pattern: string): string[] {
  const problems: string[] = [];
  if (pattern.length > MAX_PATTERN) problems.push(UI.settingsErrors.patternLength(MAX_PATTERN));
  if (!/\{(given|family)\}/.test(pattern)) problems.push(UI.settingsErrors.patternName);
  for (const part of pattern.match(PATTERN_PART) ?? []) {
    const known = part.startsWith('{') ? PLACEHOLDER.test(part) : /^[a-z0-9._-]+$/.test(part);
    if (!known) problems.push(UI.settingsErrors.patternToken(part));
  }
  return problems;
}

export const addressPatternSchema = z
  .string()
  .trim()
  .superRefine((pattern, ctx) => {
    for (const message of addressPatternProblems(pattern)) ctx.addIssue({ code: 'custom', message });
  });

export const MAX_LOCAL_PART = 64;

/**
 * The one form of an address the add-on writes anywhere (register, exports, hand-over
 * lists): ASCII letters and digits in runs joined by one '.', '_' or '-', at the domain.
 * Anything else in an address column was typed there, and never leaves the workbook.
 */
export function isStrictAddress(address: string, domain: string): boolean {
  let pattern = strictPatterns.get(domain);
  if (!pattern) {
    const escaped = domain.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`^[a-z0-9]+(?:[._-][a-z0-9]+)*@${escaped}$`);
    strictPatterns.set(domain, pattern);
  }
  return pattern.test(address);
}
const strictPatterns = new Map<string, RegExp>();

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
    initials: [family, ...middle]
      .filter(Boolean)
      .map((w) => w[0])
      .join(''),
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
 * Requests are numbered in the order base, identity, key. They are grouped by base, so a
 * name's base is worked out once and the sort compares a few thousand distinct bases
 * rather than every pair of people; ordering by base first is ordering by
 * `${base}\u0000${identity}`, as a base holds only [a-z0-9._-].
 */
export function assignAddresses(
  requests: readonly AddressRequest[],
  taken: ReadonlySet<string>,
  pattern: string,
  domain: string,
): Map<number, string> {
  const used = new Set(taken);
  const suffix = `@${domain.toLowerCase()}`;
  const baseByName = new Map<string, string>();
  const groups = new Map<string, number[]>();
  for (let i = 0; i < requests.length; i++) {
    const fullName = requests[i].fullName;
    let base = baseByName.get(fullName);
    if (base === undefined) {
      base = baseLocalPart(fullName, pattern) || 'canbo';
      baseByName.set(fullName, base);
    }
    const group = groups.get(base);
    if (group) group.push(i);
    else groups.set(base, [i]);
  }
  const byIdentity = (a: number, b: number): number => {
    const x = requests[a].identity;
    const y = requests[b].identity;
    return x < y ? -1 : x > y ? 1 : requests[a].key - requests[b].key;
  };
  const result = new Map<number, string>();
  for (const base of [...groups.keys()].sort()) {
    const members = groups.get(base)!;
    if (members.length > 1) members.sort(byIdentity);
    let n = 1;
    for (const i of members) {
      let address = '';
      for (;;) {
        const tail = n === 1 ? '' : String(n);
        const local = base.slice(0, MAX_LOCAL_PART - tail.length) + tail;
        address = local + suffix;
        const free = !used.has(address) && !RESERVED_LOCAL_PARTS.has(local) && !/^\d+$/.test(local);
        n += 1;
        if (free) break;
      }
      used.add(address);
      result.set(requests[i].key, address);
    }
  }
  return result;
}
