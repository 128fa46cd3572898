/**
 * Batches (đợt): every run that writes provisioning files is batch N of the workbook, and
 * holds exactly the addresses no earlier batch exported (the eOffice and signature lists
 * likewise hold only requests no earlier list held). The register records each address's
 * batch, so the numbering is the register's own: N is one more than the highest mark in it.
 * A reset re-marks the chosen addresses with a new batch of their own. Pure: it marks the
 * register entries and says which records belong to the batch.
 */
import type { ProvisionRecord } from './exports/records';
import type { RegisterEntry } from './register';
import { isActive } from './register';
import type { ServiceRecord } from './services';
import { unitNameKey } from './summary';
import { foldKey } from './text';

/** What a reset gives new passwords to: addresses typed in, a unit, or a whole batch. */
export type ResetSelection = { addresses: string[] } | { unit: string; commune: string } | { batch: number };

export type BatchRequest =
  /** Open the next batch with whatever is new for the lists asked for. */
  | { kind: 'new'; at: Date; mailbox: boolean; eoffice: boolean; signature: boolean }
  /** Carry on with batch `number`, already marked in the register (a job cut by the time limit). */
  | { kind: 'resume'; number: number; reset: boolean }
  /** A reset batch of the selected exported addresses. */
  | { kind: 'reset'; at: Date; select: ResetSelection };

export interface BatchOutcome {
  /** The batch's number; null when there was nothing to put in one (no batch is made). */
  number: number | null;
  reset: boolean;
  provisioning: ProvisionRecord[];
  eoffice: ServiceRecord[];
  signature: ServiceRecord[];
  /** Index of the first register entry this changed (entries.length when none). */
  firstChanged: number;
}

/** The highest batch any entry carries (0 before the first). */
export function lastBatch(entries: readonly RegisterEntry[]): number {
  let last = 0;
  for (const e of entries) last = Math.max(last, e.batch ?? 0, e.eofficeBatch ?? 0, e.signatureBatch ?? 0);
  return last;
}

type Mark = 'batch' | 'eofficeBatch' | 'signatureBatch';

/** Marks `entries` in place. */
export function applyBatch(
  entries: RegisterEntry[],
  records: { provisioning: ProvisionRecord[]; eoffice: ServiceRecord[]; signature: ServiceRecord[] },
  request: BatchRequest,
): BatchOutcome {
  const index = new Map<string, number>();
  entries.forEach((e, i) => {
    if (isActive(e)) index.set(e.address, i);
  });
  const entryOf = (address: string): RegisterEntry | undefined => {
    const i = index.get(address);
    return i === undefined ? undefined : entries[i];
  };
  let firstChanged = entries.length;
  const next = lastBatch(entries) + 1;
  const mark = (address: string, field: Mark, n: number, at: Date | null): void => {
    const i = index.get(address)!;
    entries[i][field] = n;
    if (field === 'batch') entries[i].exportedAt = at;
    firstChanged = Math.min(firstChanged, i);
  };
  const taking = <R extends { address: string }>(list: R[], field: Mark, want: boolean): R[] =>
    want ? list.filter((r) => entryOf(r.address) !== undefined && entryOf(r.address)![field] === null) : [];
  const held = <R extends { address: string }>(list: R[], field: Mark, n: number): R[] =>
    list.filter((r) => entryOf(r.address)?.[field] === n);

  if (request.kind === 'resume') {
    const n = request.number;
    const provisioning = held(records.provisioning, 'batch', n);
    const none: ServiceRecord[] = [];
    return {
      number: n,
      reset: request.reset,
      provisioning,
      eoffice: request.reset ? none : held(records.eoffice, 'eofficeBatch', n),
      signature: request.reset ? none : held(records.signature, 'signatureBatch', n),
      firstChanged,
    };
  }
  if (request.kind === 'reset') {
    const chosen = resetChoice(records.provisioning, request.select, entryOf);
    for (const r of chosen) mark(r.address, 'batch', next, request.at);
    return {
      number: chosen.length > 0 ? next : null,
      reset: true,
      provisioning: chosen,
      eoffice: [],
      signature: [],
      firstChanged,
    };
  }
  const provisioning = taking(records.provisioning, 'batch', request.mailbox);
  const eoffice = taking(records.eoffice, 'eofficeBatch', request.eoffice);
  const signature = taking(records.signature, 'signatureBatch', request.signature);
  const any = provisioning.length + eoffice.length + signature.length > 0;
  if (any) {
    for (const r of provisioning) mark(r.address, 'batch', next, request.at);
    for (const r of eoffice) mark(r.address, 'eofficeBatch', next, null);
    for (const r of signature) mark(r.address, 'signatureBatch', next, null);
  }
  return { number: any ? next : null, reset: false, provisioning, eoffice, signature, firstChanged };
}

/** Exported addresses only: an address no batch exported has no account to reset. */
function resetChoice(
  provisioning: readonly ProvisionRecord[],
  select: ResetSelection,
  entryOf: (address: string) => RegisterEntry | undefined,
): ProvisionRecord[] {
  const exported = provisioning.filter((r) => (entryOf(r.address)?.batch ?? null) !== null);
  if ('addresses' in select) {
    const wanted = new Set(select.addresses.map((a) => a.trim().toLowerCase()));
    return exported.filter((r) => wanted.has(r.address));
  }
  if ('unit' in select) {
    // A unit's name may recur in several communes: the commune, when given, narrows it.
    const unit = unitNameKey(select.unit);
    const commune = foldKey(select.commune);
    return exported.filter(
      (r) => unitNameKey(r.unit) === unit && (commune === '' || foldKey(r.commune).includes(commune)),
    );
  }
  return exported.filter((r) => entryOf(r.address)!.batch === select.batch);
}
