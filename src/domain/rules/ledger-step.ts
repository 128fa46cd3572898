/**
 * The check's two uses of 'Sổ ghi nhận': first-seen times before the deadline rule, and
 * after the addresses the unit each was given in.
 */
import {
  applyFirstSeen,
  checkUnits,
  ledgerValues,
  newlySeen,
  parseLedger,
  type Ledger,
  type SeenEntry,
} from '../first-seen';
import { handoverUnitKey } from '../handover';
import type { RosterPerson } from '../person';
import type { Seal } from '../seal';
import { rowRefKey, type CellValue, type RowRef, type WorkbookInput } from '../types';
import { flagDeadline } from './deadline';
import type { RosterSheet } from './flag';

export interface SeenStep {
  ledger: Ledger;
  /** Queued or stamped in this run: the ledger must be written. */
  grew: boolean;
  stamped: SeenEntry[];
}

/** Each person's first-seen time from the ledger and the queue only ('Ghi nhận lúc' as typed is not believed), then AFTER_DEADLINE. */
export function stampFirstSeen(
  tabs: readonly RosterSheet[],
  people: RosterPerson[],
  input: WorkbookInput,
  options: { stampReceivedAt: boolean; onlyRows?: readonly RowRef[]; now: Date },
  deadline: Date | null,
  seal: Seal,
): SeenStep {
  const stamp = { at: options.stampReceivedAt ? options.now : null, onlyRows: options.onlyRows, now: options.now };
  const ledger = parseLedger(input.ledger);
  const queued = input.queuedSeen ?? [];
  ledger.seen.push(...queued);
  const shown = input.firstSeenFromColumn ? people.map((p) => p.receivedAt) : [];
  const known = applyFirstSeen(people, ledger.seen, seal);
  // A run showing a few rows (onEdit, the form) stamps only those: the others are not its to queue.
  const only = stamp.onlyRows ? new Set(stamp.onlyRows.map(rowRefKey)) : null;
  people.forEach((p, i) => {
    if (p.blank) return;
    const was = shown[i];
    if (!known.has(p) && was instanceof Date && was <= stamp.now) p.receivedAt = was;
    flagDeadline(tabs[p.tab], p, !only || only.has(rowRefKey(p.ref)) ? stamp.at : null, deadline);
  });
  const stamped = newlySeen(people, known, seal);
  ledger.seen.push(...stamped);
  return { ledger, grew: queued.length > 0 || stamped.length > 0, stamped };
}

export interface LedgerOutcome {
  /** 'Sổ ghi nhận' after this run, header first, and whether it differs from what was read. */
  ledger: { values: CellValue[][]; changed: boolean };
  /** First-seen stamps this run made: a run that cannot write the ledger (onEdit, the form) queues them. */
  newlySeen: SeenEntry[];
  /** Addresses whose person now names another unit than the one the address was given in. */
  movedAddresses: string[];
}

export function ledgerOutcome(
  step: SeenStep,
  people: readonly RosterPerson[],
  addressOf: (p: RosterPerson) => string,
): LedgerOutcome {
  const shown: { address: string; unitKey: string }[] = [];
  for (const p of people) {
    const address = p.blank ? '' : addressOf(p);
    if (!address) continue;
    const commune = p.commune?.fullName ?? p.communeText;
    shown.push({ address, unitKey: handoverUnitKey({ communeCode: p.commune?.code ?? '', commune, unit: p.unit }) });
  }
  const units = checkUnits(step.ledger.unitOf, shown);
  return {
    ledger: { values: ledgerValues(step.ledger), changed: step.grew || units.added > 0 },
    newlySeen: step.stamped,
    movedAddresses: units.moved,
  };
}
