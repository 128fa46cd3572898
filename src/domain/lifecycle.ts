/**
 * How far an address the add-on assigned got on its way to a mailbox in use: assigned,
 * exported in batch N, created in the directory, in use (signed in). A type here; the
 * words the status column shows live in src/i18n.
 */
import type { DirectoryAccount, Directory } from './directory';

/** The batch that exported an address: its number and when it was made. */
export interface ExportBatch {
  batch: number;
  exportedAt: Date;
}

export type Lifecycle =
  { stage: 'assigned' } | { stage: 'exported'; batch: number } | { stage: 'created' } | { stage: 'inUse' };

export type Stage = Lifecycle['stage'];
/** The stages in order: a later stage has passed every earlier one (an account exists only once exported). */
export const STAGES: readonly Stage[] = ['assigned', 'exported', 'created', 'inUse'];

/** Days the technical unit is given to create a batch's accounts before NOT_CREATED says so. */
export const NOT_CREATED_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

/** The directory's word first: an account it lists exists whatever the register recorded. */
export function lifecycleOf(exported: ExportBatch | null, account: DirectoryAccount | undefined): Lifecycle {
  if (account) return account.signedIn && account.enabled ? { stage: 'inUse' } : { stage: 'created' };
  return exported ? { stage: 'exported', batch: exported.batch } : { stage: 'assigned' };
}

/** Whether an address at `stage` has reached `at` (the funnel's counts are cumulative). */
export const reached = (stage: Stage, at: Stage): boolean => STAGES.indexOf(stage) >= STAGES.indexOf(at);

/**
 * NOT_CREATED: the address went out in a batch more than 7 days ago and the directory's
 * list, when there is one, does not hold it. Without a list nothing is known, so nothing is said.
 */
export function isNotCreated(
  address: string,
  exported: ExportBatch | null,
  directory: Directory | null,
  now: Date,
): boolean {
  if (!directory || !exported || directory.accounts.has(address)) return false;
  return now.getTime() - exported.exportedAt.getTime() > NOT_CREATED_AFTER_DAYS * DAY_MS;
}

/** A register entry as far as batches go: the fields the batch step records, absent before it ran. */
export interface ExportedEntry {
  address: string;
  batch?: number | null;
  exportedAt?: Date | null;
}

export type ExportLookup = (address: string) => ExportBatch | null;

/** Each address's export batch, as the register records it. */
export function registerExports(entries: readonly ExportedEntry[]): ExportLookup {
  const byAddress = new Map<string, ExportBatch>();
  for (const e of entries)
    if (typeof e.batch === 'number' && e.exportedAt instanceof Date)
      byAddress.set(e.address, { batch: e.batch, exportedAt: e.exportedAt });
  return (address) => byAddress.get(address) ?? null;
}
