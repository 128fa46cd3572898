/**
 * Last per-row step: what each row shows (status, messages, address), how it counts in the
 * report, and the provisioning record of each person given an address in the domain.
 */
import { STATUS } from '../../i18n/findings';
import type { ProvisionRecord } from '../exports/records';
import type { Lifecycle } from '../lifecycle';
import type { RosterPerson } from '../person';
import type { PersonTally } from '../report';
import type { ServiceDecisions } from '../services';
import { splitVietnameseName } from '../text';
import { SERVICE_CODES, WARNING_CODES, type Finding, type RowRef } from '../types';
import { lifecycleText } from './lifecycle-step';

/** A finding that stops the row from getting an address (every code but the warnings). */
export const holds = (f: Finding): boolean => !WARNING_CODES.has(f.code);

export interface RowOutcome {
  ref: RowRef;
  /** The person's roster index. */
  index: number;
  blank: boolean;
  findings: Finding[];
  status: string;
  messages: string;
  address: string;
  /** How far the row's address got (assigned … in use); null for a row without one. */
  lifecycle: Lifecycle | null;
  receivedAt: Date | '';
  /** The unit the row names, keyed as 'Tổng hợp' is (summary.ts unitKey); '' for a blank row. */
  unitKey: string;
}

export interface CheckCounts {
  rowsRead: number;
  people: number;
  valid: number;
  duplicates: number;
  hasAccount: number;
  withErrors: number;
  assigned: number;
  newlyAssigned: number;
  findings: number;
  /** Plan 5277 requests: people in hpnet-eoffice.csv and ban-co-yeu-chu-ky-so.csv. */
  eofficeRequests: number;
  signatureRequests: number;
}

type NameParts = { given: string; familyAndMiddle: string };

/** Given name and the rest, as the provisioning files want them; namesakes share one split. */
function nameParts(name: string, cache: Map<string, NameParts>): NameParts {
  let parts = cache.get(name);
  if (parts === undefined) {
    const { family, middle, given } = splitVietnameseName(name);
    parts = { given, familyAndMiddle: [family, middle].filter(Boolean).join(' ') };
    cache.set(name, parts);
  }
  return parts;
}

export interface RowState {
  state: PersonTally['state'];
  holding: boolean;
}

/** The row's state in the report: duplicate before existing account before error. */
export function rowState(findings: readonly Finding[]): RowState {
  // Most rows have no finding: one pass over the few that have.
  let holding = false;
  let duplicate = false;
  let hasAccount = false;
  for (const f of findings) {
    if (holds(f)) holding = true;
    if (f.code === 'DUPLICATE_PERSON') duplicate = true;
    else if (f.code === 'HAS_ACCOUNT') hasAccount = true;
  }
  const state = duplicate ? 'duplicate' : hasAccount ? 'hasAccount' : holding ? 'error' : 'valid';
  return { state, holding };
}

/** The text of the status column; `lifecycle` is the stage of the row's address when it holds one. */
export function statusText(p: RosterPerson, state: PersonTally['state'], lifecycle: Lifecycle | null): string {
  if (p.blank) return '';
  if (state === 'duplicate') return STATUS.duplicate;
  if (state === 'hasAccount') return STATUS.hasAccount;
  // An exported address has an account on its way: its stage stays in view, the error in Lỗi.
  if (lifecycle && lifecycle.stage !== 'assigned') return lifecycleText(lifecycle);
  if (state === 'error') return STATUS.error;
  if (lifecycle) return lifecycleText(lifecycle);
  return p.findings.some((f) => !SERVICE_CODES.has(f.code)) ? STATUS.warning : STATUS.valid;
}

function provisionRecord(p: RosterPerson, address: string, names: Map<string, NameParts>): ProvisionRecord {
  const { given, familyAndMiddle } = nameParts(p.name, names);
  return {
    ref: p.ref,
    address,
    fullName: p.name,
    givenName: given,
    familyAndMiddle,
    commune: p.commune?.fullName ?? p.communeText,
    communeCode: p.commune?.code ?? '',
    region: p.commune?.region ?? '',
    unit: p.unit,
    position: p.position,
    staffId: p.staffId ?? '',
    personalEmail: p.personalEmail,
    phoneE164: p.phoneE164,
    phoneIsMobile: p.phoneIsMobile,
  };
}

function countState(counts: CheckCounts, state: PersonTally['state'], assigned: boolean): void {
  counts.people += 1;
  if (state === 'valid') counts.valid += 1;
  else if (state === 'duplicate') counts.duplicates += 1;
  else if (state === 'hasAccount') counts.hasAccount += 1;
  else counts.withErrors += 1;
  if (assigned) counts.assigned += 1;
}

export interface Outcomes {
  outcomes: RowOutcome[];
  tallies: PersonTally[];
  provisioning: ProvisionRecord[];
  /** All counts but `findings`, which is known only once the summary's findings are in. */
  counts: CheckCounts;
}

/**
 * `addressOf`: the address each person shows (held or new); `lifecycleOf`: how far an
 * address the add-on assigned got; `unitKeys` by roster index.
 */
export function assembleOutcomes(
  people: readonly RosterPerson[],
  addressOf: (p: RosterPerson) => string,
  lifecycleOf: (p: RosterPerson, address: string) => Lifecycle,
  unitKeys: readonly string[],
  services: ServiceDecisions,
  suffix: string,
  newlyAssigned: number,
): Outcomes {
  const outcomes: RowOutcome[] = [];
  const tallies: PersonTally[] = [];
  const provisioning: ProvisionRecord[] = [];
  const counts: CheckCounts = {
    rowsRead: people.length,
    people: 0,
    valid: 0,
    duplicates: 0,
    hasAccount: 0,
    withErrors: 0,
    assigned: 0,
    newlyAssigned,
    findings: 0,
    eofficeRequests: services.records.eoffice.length,
    signatureRequests: services.records.signature.length,
  };
  const names = new Map<string, NameParts>();
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const address = addressOf(p);
    const { state, holding } = rowState(p.findings);
    const stage = !p.blank && !!address ? lifecycleOf(p, address) : null;
    // An error typed after the address was exported holds nothing back: the account exists.
    const assigned = !!stage && (!holding || stage.stage !== 'assigned');
    const lifecycle = assigned ? stage : null;
    outcomes.push({
      ref: p.ref,
      index: p.index,
      blank: p.blank,
      findings: p.findings,
      status: statusText(p, state, lifecycle),
      messages: p.findings.length > 0 ? p.findings.map((f) => f.message).join('\n') : '',
      address,
      lifecycle,
      receivedAt: p.receivedAt,
      unitKey: unitKeys[i] ?? '',
    });
    if (p.blank) continue;
    countState(counts, state, assigned);
    tallies.push({
      commune: p.commune,
      unitKey: unitKeys[i],
      state,
      assigned,
      stage: lifecycle?.stage ?? null,
      eoffice: services.states.eoffice[i] === 'requested',
      signature: services.states.signature[i] === 'requested',
    });
    // Files carry valid rows only: a row with an error waits for its correction, even for a reset.
    if (assigned && !holding && address.endsWith(suffix)) provisioning.push(provisionRecord(p, address, names));
  }
  return { outcomes, tallies, provisioning, counts };
}
