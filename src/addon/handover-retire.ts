/**
 * Retiring an old hand-over list: a file shared with an earlier focal person holds passwords
 * they must no longer see. It goes to the trash; but only its owner can trash it
 * (https://developers.google.com/workspace/drive/api/guides/delete), and under drive.file another
 * Văn phòng account's add-on may not even see it
 * (https://developers.google.com/workspace/drive/api/guides/api-specific-auth). Then its shares are
 * taken away if this account may, and otherwise the run says who must trash it (dialog, Nhật ký).
 * Either way the file is remembered and tried again at every export, so the owner's next export
 * trashes it; the loud note repeats until then.
 */
import { removeShares, trashFile } from './drive-files';

type Props = GoogleAppsScript.Properties.Properties;

/** Old lists not yet in the trash, by file id (document properties). */
const PENDING_PREFIX = 'handoverRetire.';

/** An old list this run could not trash: its shares were taken away, or nothing could be done. */
export interface Unretired {
  unit: string;
  url: string;
  /** 'unshared': nobody but its owner sees it now; 'stranded': still shared, only `owner` can trash it. */
  outcome: 'unshared' | 'stranded';
  owner: string;
}

interface OldList {
  fileId: string;
  url: string;
  owner?: string;
}

/** Trash, else take the shares away, else strand; anything short of the trash is remembered and reported. */
function tryRetire(file: OldList, unit: string): Unretired | null {
  try {
    trashFile(file.fileId);
    return null;
  } catch (error) {
    console.warn(error);
  }
  let outcome: Unretired['outcome'] = 'unshared';
  try {
    removeShares(file.fileId);
  } catch (error) {
    console.warn(error);
    outcome = 'stranded';
  }
  return { unit, url: file.url, outcome, owner: file.owner ?? '' };
}

export function retire(props: Props, summary: { unretired: Unretired[] }, file: OldList, unit: string): void {
  const left = tryRetire(file, unit);
  if (!left) return;
  summary.unretired.push(left);
  props.setProperty(PENDING_PREFIX + file.fileId, JSON.stringify({ ...file, unit }));
}

/** Tries again the old lists earlier exports could not trash. */
export function retryRetirements(props: Props, all: Record<string, string>, summary: { unretired: Unretired[] }): void {
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PENDING_PREFIX)) continue;
    let pending: OldList & { unit: string };
    try {
      pending = JSON.parse(value) as OldList & { unit: string };
    } catch {
      props.deleteProperty(key);
      continue;
    }
    const left = tryRetire(pending, pending.unit);
    if (left) summary.unretired.push(left);
    else props.deleteProperty(key);
  }
}
