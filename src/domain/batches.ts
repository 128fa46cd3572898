/**
 * Batches (đợt): every run that writes provisioning files is batch N of the workbook, and
 * holds exactly the addresses no earlier batch exported (the eOffice and signature lists
 * likewise hold only requests no earlier list held). The register records each address's
 * batch, so the numbering is the register's own: N is one more than the highest mark in it.
 * A reset re-marks the chosen addresses with a new batch of their own. Pure: it marks the
 * register entries and says which records belong to the batch.
 */
import type { RosterPerson } from './person';
import type { RegisterEntry } from './register';
import { holds } from './rules/outcome';
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

/** Who may be in a batch's mailbox files: an addressed person, with the unit a reset may name. */
export interface Candidate {
  address: string;
  unit: string;
  commune: string;
}

export interface BatchOutcome {
  /** The batch's number; null when there was nothing to put in one (no batch is made). */
  number: number | null;
  reset: boolean;
  /** The addresses of the batch's mailbox files, and of its eOffice and signature lists. */
  mailbox: Set<string>;
  eoffice: Set<string>;
  signature: Set<string>;
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
  records: { mailbox: readonly Candidate[]; eoffice: readonly ServiceRecord[]; signature: readonly ServiceRecord[] },
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
  const addresses = (list: readonly { address: string }[]): Set<string> => new Set(list.map((r) => r.address));
  const taking = (list: readonly { address: string }[], field: Mark, want: boolean): Set<string> =>
    want
      ? addresses(list.filter((r) => entryOf(r.address) !== undefined && entryOf(r.address)![field] === null))
      : new Set();
  const held = (list: readonly { address: string }[], field: Mark, n: number): Set<string> =>
    addresses(list.filter((r) => entryOf(r.address)?.[field] === n));

  if (request.kind === 'resume') {
    const n = request.number;
    return {
      number: n,
      reset: request.reset,
      mailbox: held(records.mailbox, 'batch', n),
      eoffice: request.reset ? new Set() : held(records.eoffice, 'eofficeBatch', n),
      signature: request.reset ? new Set() : held(records.signature, 'signatureBatch', n),
      firstChanged,
    };
  }
  if (request.kind === 'reset') {
    const chosen = addresses(resetChoice(records.mailbox, request.select, entryOf));
    for (const a of chosen) mark(a, 'batch', next, request.at);
    return {
      number: chosen.size > 0 ? next : null,
      reset: true,
      mailbox: chosen,
      eoffice: new Set(),
      signature: new Set(),
      firstChanged,
    };
  }
  const mailbox = taking(records.mailbox, 'batch', request.mailbox);
  const eoffice = taking(records.eoffice, 'eofficeBatch', request.eoffice);
  const signature = taking(records.signature, 'signatureBatch', request.signature);
  const any = mailbox.size + eoffice.size + signature.size > 0;
  if (any) {
    for (const a of mailbox) mark(a, 'batch', next, request.at);
    for (const a of eoffice) mark(a, 'eofficeBatch', next, null);
    for (const a of signature) mark(a, 'signatureBatch', next, null);
  }
  return { number: any ? next : null, reset: false, mailbox, eoffice, signature, firstChanged };
}

/**
 * Who may go into a batch's mailbox files: every addressed person of the domain whose row
 * holds nothing back (the rows the provisioning files are made of).
 */
export function batchCandidates(
  people: readonly RosterPerson[],
  addressOf: (p: RosterPerson) => string,
  suffix: string,
): Candidate[] {
  const out: Candidate[] = [];
  for (const p of people) {
    // A person's dropped duplicate row is held back too: DUPLICATE_PERSON holds.
    if (p.blank || p.findings.some(holds)) continue;
    const address = addressOf(p);
    if (address.endsWith(suffix)) out.push({ address, unit: p.unit, commune: p.commune?.fullName ?? '' });
  }
  return out;
}

/** The records of the batch only, in roster order; all of them when the run makes no batch. */
export function batchRecords<P extends { address: string }>(
  batch: BatchOutcome | null,
  provisioning: P[],
  services: { eoffice: ServiceRecord[]; signature: ServiceRecord[] },
): { provisioning: P[]; services: { eoffice: ServiceRecord[]; signature: ServiceRecord[] } } {
  if (!batch) return { provisioning, services };
  return {
    provisioning: provisioning.filter((r) => batch.mailbox.has(r.address)),
    services: {
      eoffice: services.eoffice.filter((r) => batch.eoffice.has(r.address)),
      signature: services.signature.filter((r) => batch.signature.has(r.address)),
    },
  };
}

/** Exported addresses only: an address no batch exported has no account to reset. */
function resetChoice(
  candidates: readonly Candidate[],
  select: ResetSelection,
  entryOf: (address: string) => RegisterEntry | undefined,
): Candidate[] {
  const exported = candidates.filter((r) => (entryOf(r.address)?.batch ?? null) !== null);
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
