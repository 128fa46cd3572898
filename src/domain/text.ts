/**
 * Text as units type it: pasted from Excel, NFD from macOS, old tone-mark placement,
 * invisible characters. Everything that compares people goes through these keys.
 */
import { BoundedCache } from './bounded-cache';

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const ODD_SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
const ALL_MARKS = /\p{M}/gu;
/** Anything cleanText would change; most cells have none, so they skip the work. */
// eslint-disable-next-line no-misleading-character-class -- combining marks on their own are what it looks for
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u00A0\u00AD\u0300-\u036F\u1680\u2000-\u206F\u3000\uFEFF]|^ | $| {2}/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The text of a cell, trimmed of everything a person cannot see. */
export function cleanText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  let text: string;
  if (raw instanceof Date) {
    text = Number.isNaN(raw.getTime()) ? '' : `${pad2(raw.getDate())}/${pad2(raw.getMonth() + 1)}/${raw.getFullYear()}`;
  } else if (typeof raw === 'number') {
    text = Number.isFinite(raw) ? (Number.isInteger(raw) && Math.abs(raw) < 1e21 ? raw.toFixed(0) : String(raw)) : '';
  } else {
    text = String(raw);
  }
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.normalize('NFC').replace(INVISIBLE, '').replace(CONTROLS, ' ').replace(ODD_SPACES, ' ').trim();
}

/**
 * Open syllables in oa/oe/uy carry the mark on the first vowel in the reference data
 * ('Thủy', 'Hòa'); many keyboards put it on the second ('Thuỷ', 'Hoà'). Syllables with a
 * final consonant ('Hoàng', 'Thuận') are written alike in both styles. 'qu' is a
 * consonant, so 'Quý' keeps its mark.
 */
/** Ends in oa/oe/uy with any tone on either vowel: the only syllables the rule can touch. */
const OPEN_OA_OE_UY = /(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])$/i;

function canonicalSyllable(word: string): string {
  if (!OPEN_OA_OE_UY.test(word)) return word;
  const decomposed = word.normalize('NFD');
  const toneAt = decomposed.search(TONE_MARKS);
  if (toneAt < 0 || toneAt !== decomposed.length - 1) return word;
  const base = decomposed.slice(0, toneAt);
  const lower = base.toLowerCase();
  if (!/(oa|oe|uy)$/.test(lower) || /qu[y]$/.test(lower)) return word;
  // The two vowels must be bare letters (no breve/circumflex/horn) for the rule to apply.
  const split = base.length - 1;
  return (base.slice(0, split) + decomposed[toneAt] + base.slice(split)).normalize('NFC');
}

export function normalizeToneMarks(s: string): string {
  const nfc = s.normalize('NFC');
  return nfc.replace(/[^\s]+/g, canonicalSyllable);
}

const nameKeys = new BoundedCache<string>(1_000_000);

/** Identity of a name: 'NGUYỄN  văn  AN' and an NFD 'Nguyễn Văn An' give 'nguyễn văn an'. */
export function nameKey(raw: unknown): string {
  const cleaned = cleanText(raw);
  return nameKeys.get(cleaned) ?? nameKeys.keep(cleaned, normalizeToneMarks(cleaned.toLowerCase()));
}

const folded = new BoundedCache<string>(1_000_000);

/** Without marks or punctuation: 'Xã Vĩnh Bảo' → 'xa vinh bao'. */
export function foldKey(raw: unknown): string {
  const key = nameKey(raw);
  return folded.get(key) ?? folded.keep(key, fold(key));
}

function fold(key: string): string {
  return key
    .normalize('NFD')
    .replace(ALL_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/** 'nguyễn VĂN an' → 'Nguyễn Văn An'. */
export function properCaseName(raw: unknown): string {
  return nameKey(raw)
    .split(' ')
    .map((word) =>
      /['-]/.test(word)
        ? word
            .split(/(?<=['-])/)
            .map(capitalise)
            .join('')
        : capitalise(word),
    )
    .join(' ');
}

export type NameProblem = 'empty' | 'single_word' | 'digits' | 'symbols';

// Latin letters with any Vietnamese marks; apostrophes and hyphens occur in names of
// the Central Highlands peoples (H'Hen Niê).
const NAME_WORD = /^[\p{Script=Latin}\p{M}]+(?:['’-][\p{Script=Latin}\p{M}]+)*$/u;

export type NameCheck =
  { ok: true; display: string; key: string; words: readonly string[] } | { ok: false; problem: NameProblem };

/** Names repeat across a roster (the 100,000-person sample shares 15,000 names), so verdicts are kept; frozen, as they are shared. */
const nameChecks = new BoundedCache<NameCheck>(100_000);

export function checkPersonName(raw: unknown): NameCheck {
  const cleaned = cleanText(raw);
  const hit = nameChecks.get(cleaned);
  if (hit !== undefined) return hit;
  const verdict = judgeName(cleaned);
  if (verdict.ok) Object.freeze(verdict.words);
  return nameChecks.keep(cleaned, Object.freeze(verdict));
}

function judgeName(cleaned: string): NameCheck {
  if (!cleaned) return { ok: false, problem: 'empty' };
  if (/\p{N}/u.test(cleaned)) return { ok: false, problem: 'digits' };
  const words = cleaned.split(' ');
  if (!words.every((w) => NAME_WORD.test(w))) return { ok: false, problem: 'symbols' };
  if (words.length < 2) return { ok: false, problem: 'single_word' };
  const display = properCaseName(cleaned);
  return { ok: true, display, key: nameKey(cleaned), words: display.split(' ') };
}

export function splitVietnameseName(display: string): { family: string; middle: string; given: string } {
  const words = cleanText(display).split(' ').filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] };
  return { family: words[0], middle: words.slice(1, -1).join(' '), given: words[words.length - 1] };
}

const asciiWords = new BoundedCache<string>(100_000);

function asciiWord(word: string): string {
  const hit = asciiWords.get(word);
  if (hit !== undefined) return hit;
  const ascii = word
    .normalize('NFD')
    .replace(ALL_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return asciiWords.keep(word, ascii);
}

/** 'Đặng Thị Thuỷ' → 'dang thi thuy': for building mailbox names. Names share few words, so words are cached. */
export function toAsciiLower(s: string): string {
  return cleanText(s).split(' ').map(asciiWord).filter(Boolean).join(' ');
}
