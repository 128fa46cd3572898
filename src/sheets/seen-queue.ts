/**
 * First-seen stamps made by runs that cannot write 'Sổ ghi nhận' (onEdit and the form run
 * as the unit editor, and the sheet is Văn phòng's): kept in the document properties, which
 * only the add-on's code writes, until Văn phòng's next run moves them into the sheet.
 * Google allows 9 KB a value and 500 KB a store, shared with the settings and the jobs: the
 * queue takes at most MAX_SHARDS values; a stamp that finds it full is dropped, and that
 * person is stamped by the next run of Văn phòng instead (later, never earlier).
 */
import type { SeenEntry } from '../domain/first-seen';

type Props = GoogleAppsScript.Properties.Properties;

const PREFIX = 'firstSeen.';
const MAX_SHARDS = 12;
/** Characters of one value: under Google's 9 KB a value with room for the key. */
const MAX_SHARD = 8_000;

/** Each shard: 'token minutes,token minutes,…' (milliseconds since 1970, base 36). */
function decode(text: string): SeenEntry[] {
  const entries: SeenEntry[] = [];
  for (const item of text.split(',')) {
    const [token, minutes] = item.split(' ');
    const at = new Date(Number.parseInt(minutes ?? '', 36));
    if (token && !Number.isNaN(at.getTime())) entries.push({ token, at });
  }
  return entries;
}

const encode = (e: SeenEntry): string => `${e.token} ${e.at.getTime().toString(36)}`;

export function readSeenQueue(all: Record<string, string>): SeenEntry[] {
  const entries: SeenEntry[] = [];
  for (let i = 0; i < MAX_SHARDS; i++) if (all[PREFIX + i]) entries.push(...decode(all[PREFIX + i]));
  return entries;
}

/** Appends `entries` to the queue (the caller holds the document lock); returns how many fit. */
export function queueSeen(props: Props, entries: readonly SeenEntry[]): number {
  if (entries.length === 0) return 0;
  const all = props.getProperties();
  const updates: Record<string, string> = {};
  let queued = 0;
  let shard = 0;
  let text = all[PREFIX + shard] ?? '';
  for (const e of entries) {
    const item = encode(e);
    while (shard < MAX_SHARDS && text.length + item.length + 1 > MAX_SHARD) {
      shard++;
      text = all[PREFIX + shard] ?? '';
    }
    if (shard >= MAX_SHARDS) break;
    text = text ? `${text},${item}` : item;
    updates[PREFIX + shard] = text;
    queued++;
  }
  props.setProperties(updates);
  return queued;
}

/** Once Văn phòng's run has written the queued stamps into the sheet. */
export function clearSeenQueue(props: Props, all: Record<string, string>): void {
  for (let i = 0; i < MAX_SHARDS; i++) if (all[PREFIX + i] !== undefined) props.deleteProperty(PREFIX + i);
}
