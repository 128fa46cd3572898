/**
 * How `zmprov -f <script>` reads each line of a script, ported from zm-mailbox so the Zimbra
 * export can be tested against the real reader rather than against a shell's rules.
 *
 * Source: github.com/Zimbra/zm-mailbox, common/src/java/com/zimbra/common/util/StringUtil.java
 * (commit 2b7f9787c6), `parseLine(String line)` ("split a line into array of Strings, using a
 * shell-style syntax for tokenizing words") and `readLine(BufferedReader in)` ("A trailing '\\'
 * on the line will be treated as continuation"). store/src/java/com/zimbra/cs/account/ProvUtil.java
 * `interactive(BufferedReader in)` reads the file with StringUtil.readLine, splits each line with
 * StringUtil.parseLine and runs it; an empty result is skipped.
 *
 * The port walks UTF-16 code units, as Java's `String.charAt` does.
 */

const TERM_WHITESPACE = 1;
const TERM_SINGLEQUOTE = 2;
const TERM_DBLQUOTE = 3;

/**
 * java.lang.Character.isWhitespace(char): a SPACE_SEPARATOR, LINE_SEPARATOR or PARAGRAPH_SEPARATOR
 * other than the no-break spaces U+00A0, U+2007, U+202F, or one of U+0009–U+000D, U+001C–U+001F
 * (https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/Character.html#isWhitespace(char)).
 * U+180E is no space separator since Unicode 6.3 (Java 9 and later).
 */
export function javaIsWhitespace(c: string): boolean {
  const u = c.charCodeAt(0);
  if ((u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x1f) || u === 0x20) return true;
  if (u === 0x1680 || u === 0x2028 || u === 0x2029 || u === 0x205f || u === 0x3000) return true;
  return u >= 0x2000 && u <= 0x200a && u !== 0x2007;
}

/** What the escape `\x` stands for, and whether it may never end a value (Java's `escapedTerm`). */
function unescape(ch: string): { ch: string; escapedTerm: boolean } {
  switch (ch) {
    case '\\':
      return { ch, escapedTerm: false };
    case 'n':
      return { ch: '\n', escapedTerm: true };
    case 't':
      return { ch: '\t', escapedTerm: true };
    case 'r':
      return { ch: '\r', escapedTerm: true };
    case "'":
    case '"':
      return { ch, escapedTerm: true };
    default:
      return { ch, escapedTerm: javaIsWhitespace(ch) };
  }
}

/** StringUtil.parseLine, statement for statement. */
export function parseLine(line: string): string[] {
  const result: string[] = [];
  let i = 0;
  let sb = '';
  let term = TERM_WHITESPACE;
  let inStr = false;
  while (i < line.length) {
    let ch = line.charAt(i++);
    let escapedTerm = false;
    if (ch === '\\' && i < line.length) {
      ({ ch, escapedTerm } = unescape(line.charAt(i++)));
    }
    if (inStr) {
      const ends =
        (term === TERM_WHITESPACE && javaIsWhitespace(ch)) ||
        (term === TERM_SINGLEQUOTE && ch === "'") ||
        (term === TERM_DBLQUOTE && ch === '"');
      if (!escapedTerm && ends) {
        inStr = false;
        result.push(sb);
        sb = '';
        term = TERM_WHITESPACE;
        continue;
      }
      sb += ch;
    } else if (escapedTerm) {
      // "we had an escaped terminator, start a new string"
      inStr = true;
      sb += ch;
    } else if (ch === "'" || ch === '"') {
      term = ch === "'" ? TERM_SINGLEQUOTE : TERM_DBLQUOTE;
      inStr = true;
    } else if (!javaIsWhitespace(ch)) {
      inStr = true;
      sb += ch;
    }
  }
  if (sb.length > 0) result.push(sb);
  return result;
}

/**
 * A whole script as zmprov runs it: lines split as java.io.BufferedReader.readLine splits them
 * (at \n, \r or \r\n), a line ending in '\' joined to the next (StringUtil.readLine), each split
 * by parseLine, empty commands skipped.
 */
export function parseScript(text: string): string[][] {
  const raw = text.split(/\r\n|\r|\n/);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  const commands: string[][] = [];
  let pending = '';
  for (const line of raw) {
    if (line.length > 0 && line.endsWith('\\')) {
      pending += line.slice(0, -1);
      continue;
    }
    const args = parseLine(pending + line);
    pending = '';
    if (args.length > 0) commands.push(args);
  }
  if (pending) commands.push(parseLine(pending));
  return commands;
}
