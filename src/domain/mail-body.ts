/**
 * A mail body within MailApp's size limit: "Email body size: 200 KB / msg" for a consumer account,
 * 400 KB for Workspace (https://developers.google.com/apps-script/guides/services/quotas). A body
 * past it throws and the whole run fails, so a long list keeps its first lines and says how many
 * more there are.
 */

/** Bytes of `text` in UTF-8 (Apps Script has no TextEncoder to ask). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The first of `lines` that fit in `maxBytes` (one newline after each), then `more(n)` for the n left out. */
export function fitLines(lines: readonly string[], maxBytes: number, more: (left: number) => string): string[] {
  const kept: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const size = utf8Bytes(lines[i]) + 1;
    // Room is kept for the closing line, whose count is at most this many digits.
    const reserve = utf8Bytes(more(lines.length - i)) + 1;
    if (used + size + reserve > maxBytes) return [...kept, more(lines.length - i)];
    kept.push(lines[i]);
    used += size;
  }
  return kept;
}
