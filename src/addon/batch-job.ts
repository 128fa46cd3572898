/**
 * The batch side of an export job: which batch the check is asked for (a new one, the one a
 * paused job already marked, or a reset), which files the batch makes for the mail platform
 * of Cài đặt, and the short list of batches kept in the document properties (number, time,
 * who, how many accounts: a few dozen bytes a batch; the register itself says which address
 * is in which batch, so the list is a record for people, not the source of the numbering).
 */
import type { BatchRequest, ResetSelection } from '../domain/batches';
import type { CheckResult } from '../domain/check';
import type { MailPlatform } from '../domain/types';
import { drawPasswords, type DrawnPasswords } from './batch-passwords';
import { PASSWORD_KINDS, writeExportFile, type ExportKind, type ExportSummary } from './exports';

export interface BatchMemo {
  /** null: nothing was new, no batch was made. */
  number: number | null;
  reset: boolean;
  accounts: number;
}

export type BatchedAction =
  'all' | 'exportGoogle' | 'exportEntra' | 'exportZimbra' | 'exportEoffice' | 'exportSignature' | 'reset';

const SINGLE: Record<Exclude<BatchedAction, 'all' | 'reset'>, ExportKind> = {
  exportGoogle: 'google-workspace',
  exportEntra: 'entra',
  exportZimbra: 'zimbra',
  exportEoffice: 'eoffice',
  exportSignature: 'signature',
};

const PLATFORM_FILE: Record<Exclude<MailPlatform, ''>, ExportKind> = {
  google: 'google-workspace',
  microsoft: 'entra',
  zimbra: 'zimbra',
};
const RESET_FILE: Record<Exclude<MailPlatform, ''>, ExportKind> = {
  google: 'google-reset',
  microsoft: 'entra-reset',
  zimbra: 'zimbra-reset',
};

export const isBatched = (action: string): action is BatchedAction =>
  action === 'all' || action === 'reset' || action in SINGLE;

/** What the check is asked for: undefined for a run that makes no batch. */
export function batchRequest(
  action: string,
  memo: { batch?: BatchMemo; reset?: ResetSelection },
  now: Date,
): BatchRequest | undefined {
  if (!isBatched(action)) return undefined;
  if (memo.batch && memo.batch.number !== null)
    return { kind: 'resume', number: memo.batch.number, reset: memo.batch.reset };
  if (action === 'reset') return { kind: 'reset', at: now, select: memo.reset ?? { addresses: [] } };
  const only = action === 'all' ? null : SINGLE[action];
  return {
    kind: 'new',
    at: now,
    mailbox: only === null || PLATFORM_KINDS.has(only),
    eoffice: only === null || only === 'eoffice',
    signature: only === null || only === 'signature',
  };
}

const PLATFORM_KINDS: ReadonlySet<ExportKind> = new Set<ExportKind>(['google-workspace', 'entra', 'zimbra']);

/** The files of the batch, in order; 'all' makes the platform's file (all three while none is chosen). */
export function batchKinds(action: BatchedAction, platform: MailPlatform, result: CheckResult): ExportKind[] {
  const platforms: Exclude<MailPlatform, ''>[] = platform === '' ? ['google', 'microsoft', 'zimbra'] : [platform];
  if (action === 'reset') return platforms.map((p) => RESET_FILE[p]);
  if (action !== 'all') return [SINGLE[action]];
  // Plan 5277's two lists come with every batch, header only when it brought no request.
  const mailboxes = result.provisioning.length > 0 ? platforms.map((p) => PLATFORM_FILE[p]) : [];
  return [...mailboxes, 'eoffice', 'signature'];
}

/** Writes the batch's files; the passwords are drawn here, once, when a file needs them. */
export function writeBatchFiles(
  kinds: ExportKind[],
  result: CheckResult,
  now: Date,
): { files: ExportSummary[]; drawn: DrawnPasswords | null } {
  const needsPasswords = kinds.some((k) => PASSWORD_KINDS.has(k));
  const drawn = needsPasswords && result.provisioning.length > 0 ? drawPasswords(result.provisioning) : null;
  return { files: kinds.map((k) => writeExportFile(k, result, now, drawn?.book ?? null)), drawn };
}

/** One batch as the document properties keep it. */
interface BatchRecord {
  n: number;
  at: number;
  by: string;
  reset: boolean;
  accounts: number;
}

const BATCHES_KEY = 'batches';
/** About 70 bytes each: 100 batches stay far inside a property value's 9 KB. */
const MAX_KEPT = 100;

type Props = GoogleAppsScript.Properties.Properties;

/** The batch list; `all` when the caller already holds every property (no second read). */
export function readBatches(props: Props, all?: Record<string, string>): BatchRecord[] {
  try {
    const list = JSON.parse((all ? all[BATCHES_KEY] : props.getProperty(BATCHES_KEY)) ?? '[]') as BatchRecord[];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** Adds batch `memo` (once) to the list. */
export function recordBatch(props: Props, memo: BatchMemo, at: Date, by: string): void {
  if (memo.number === null) return;
  const list = readBatches(props).filter((b) => b.n !== memo.number);
  list.push({ n: memo.number, at: at.getTime(), by, reset: memo.reset, accounts: memo.accounts });
  props.setProperty(BATCHES_KEY, JSON.stringify(list.slice(-MAX_KEPT)));
}
