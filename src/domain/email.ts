/** E-mail addresses and gender as typed in the roster. */
import { z } from 'zod';
import { GENDER, type Gender } from './columns';
import { cleanText, foldKey } from './text';

/**
 * The pattern z.email() checks strings against, tested directly: safeParse builds result
 * objects on every call (test/domain/fast-paths/email.test.ts: same verdicts as safeParse).
 */
const EMAIL = z.regexes.email;

/** The one e-mail rule (roster cells, settings, focal persons): zod's pattern, on lower-case text. */
export function isEmailAddress(address: string): boolean {
  return EMAIL.test(address);
}

export type EmailResult =
  { kind: 'empty' } | { kind: 'ok'; address: string; domain: string } | { kind: 'invalid'; raw: string };

export function parseEmail(raw: unknown): EmailResult {
  const text = cleanText(raw);
  if (!text) return { kind: 'empty' };
  // 'mailto:' and '<…>' come with addresses copied from mail programs.
  const address = text
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
  if (!EMAIL.test(address)) return { kind: 'invalid', raw: text };
  return { kind: 'ok', address, domain: address.slice(address.lastIndexOf('@') + 1) };
}

export type GenderResult = { kind: 'empty' } | { kind: 'ok'; value: Gender } | { kind: 'invalid'; raw: string };

export function parseGender(raw: unknown): GenderResult {
  if (raw === GENDER.male || raw === GENDER.female) return { kind: 'ok', value: raw };
  const text = cleanText(raw);
  if (!text) return { kind: 'empty' };
  const folded = foldKey(text);
  if (folded === 'nam') return { kind: 'ok', value: GENDER.male };
  if (folded === 'nu') return { kind: 'ok', value: GENDER.female };
  return { kind: 'invalid', raw: text };
}
