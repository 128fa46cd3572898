/**
 * Plan 5277: eOffice accounts and digital signatures registered in the same roster as the
 * mailbox. A person is requested for a service when their row gets (or already has) an
 * address, the service's column says 'Có' or nothing, the plan covers their position and
 * they hold no account or certificate yet. The two service findings are warnings: they
 * hold back that service's request, never the mailbox.
 */
import { FINDING_TEXT, SERVICE_NAMES, SERVICE_STATUS } from '../i18n/findings';
import { matchServiceColumns, SERVICE_OWNED_HEADERS, type ServiceField } from './columns';
import type { RosterPerson } from './person';
import { coveredBy, type Service } from './positions';
import { cleanText, foldKey } from './text';
import type { CellValue, Finding, RowRef } from './types';

export type { Service } from './positions';
export const SERVICES: readonly Service[] = ['eoffice', 'signature'];

export type ServiceState = keyof typeof SERVICE_STATUS | '';

/** What the two service files need about one person. */
export interface ServiceRecord {
  ref: RowRef;
  fullName: string;
  dob: Date | null;
  gender: string;
  cccd: string;
  position: string;
  unit: string;
  commune: string;
  address: string;
  phoneE164: string;
}

export interface ServiceDecisions {
  /** A service is decided only on the tabs that have one of its columns; `active` when any has. */
  active: Record<Service, boolean>;
  /** Per tab: whether the tab has one of the service's columns. */
  activeIn: Record<Service, boolean>[];
  /** Per person, by roster index. */
  states: Record<Service, ServiceState[]>;
  records: Record<Service, ServiceRecord[]>;
  /** Per tab: 0-based columns of the add-on's own service columns already in the sheet. */
  ownedAt: Partial<Record<Service, number>>[];
}

type Choice = 'yes' | 'no' | 'empty';

const YES = new Set(['co', 'c', 'x', 'yes', 'y', '1', 'true', 'dang ky', 'co dang ky', 'de nghi', 'de nghi cap']);
const NO = new Set(['khong', 'k', 'ko', 'no', 'n', '0', 'false', 'khong dang ky']);

/** A column holds a handful of spellings, typed again on every row: each is read once. */
const choices = new Map<string, Choice>();

/** 'Có' / 'Không' as typed, ticked (a checkbox gives true/false) or picked; anything else counts as empty. */
export function parseChoice(raw: CellValue): Choice {
  if (raw === '') return 'empty';
  if (raw === true) return 'yes';
  if (raw === false) return 'no';
  const text = String(raw);
  let choice = choices.get(text);
  if (choice === undefined) {
    const key = foldKey(text);
    choice = YES.has(key) ? 'yes' : NO.has(key) ? 'no' : 'empty';
    if (choices.size > 10_000) choices.clear();
    choices.set(text, choice);
  }
  return choice;
}

function filled(raw: CellValue | undefined): boolean {
  if (raw === undefined || raw === '') return false;
  return typeof raw !== 'string' || cleanText(raw) !== '';
}

const REQUEST: Record<Service, ServiceField> = { eoffice: 'eofficeRequest', signature: 'signatureRequest' };
const EXISTING: Record<Service, ServiceField> = { eoffice: 'eofficeExisting', signature: 'signatureExisting' };

/** One roster tab as the services read it. */
export interface ServiceContext {
  sheet: string;
  header: CellValue[];
  rows: CellValue[][]; // the tab's values: rows[i] is sheet row i + 1
  cccdHeader: string;
}

/**
 * @param addressOf the address a person holds after this run, '' when none
 * @param holding whether the person has a finding that holds back their address
 */
export function decideServices(
  tabs: readonly ServiceContext[],
  people: readonly RosterPerson[],
  addressOf: (p: RosterPerson) => string,
  holding: (p: RosterPerson) => boolean,
): ServiceDecisions {
  const columns = tabs.map((t) => matchServiceColumns(t.header));
  const decisions: ServiceDecisions = {
    active: { eoffice: false, signature: false },
    activeIn: tabs.map(() => ({ eoffice: false, signature: false })),
    states: { eoffice: [], signature: [] },
    records: { eoffice: [], signature: [] },
    ownedAt: columns.map((c) => c.owned),
  };
  for (const service of SERVICES) {
    const at = columns.map(({ input }) => ({ request: input[REQUEST[service]], existing: input[EXISTING[service]] }));
    at.forEach((a, t) => (decisions.activeIn[t][service] = a.request !== undefined || a.existing !== undefined));
    if (!decisions.activeIn.some((a) => a[service])) continue;
    decisions.active[service] = true;
    const states: ServiceState[] = new Array(people.length).fill('');
    const requestHeaders = at.map((a, t) => (a.request === undefined ? '' : cleanText(tabs[t].header[a.request])));
    for (const p of people) {
      const { request: requestAt, existing: existingAt } = at[p.tab];
      if (p.blank || !decisions.activeIn[p.tab][service]) continue;
      const ctx = tabs[p.tab];
      const row = ctx.rows[p.ref.row - 1] ?? [];
      const choice = requestAt === undefined ? 'empty' : parseChoice(row[requestAt] ?? '');
      const existing = existingAt !== undefined && filled(row[existingAt]);
      const i = p.index;
      if (existing) states[i] = 'has';
      else if (choice === 'no') states[i] = 'optedOut';
      else
        states[i] = decide(
          ctx,
          service,
          p,
          choice,
          requestHeaders[p.tab],
          addressOf,
          holding,
          decisions.records[service],
        );
    }
    decisions.states[service] = states;
  }
  return decisions;
}

function decide(
  ctx: ServiceContext,
  service: Service,
  p: RosterPerson,
  choice: Choice,
  requestHeader: string,
  addressOf: (p: RosterPerson) => string,
  holding: (p: RosterPerson) => boolean,
  records: ServiceRecord[],
): ServiceState {
  // A duplicate or a person who already has a mailbox is not this row's request: one mistake, one finding.
  if (p.findings.some((f) => f.code === 'DUPLICATE_PERSON' || f.code === 'HAS_ACCOUNT')) return '';
  const flag = (column: string, code: Finding['code'], message: string): void => {
    p.findings.push({ sheet: p.ref.sheet, row: p.ref.row, column, code, message });
  };
  if (!coveredBy(service, p.position)) {
    if (choice !== 'yes') return '';
    flag(requestHeader, 'SERVICE_NOT_ELIGIBLE', FINDING_TEXT.serviceNotEligible(SERVICE_NAMES[service], p.position));
    return 'notReady';
  }
  // A row held back gets no address, so no request either; its own finding says what to fix
  // (a CCCD typed wrongly included).
  if (holding(p)) return '';
  if (service === 'signature' && !p.cccd) {
    flag(ctx.cccdHeader, 'SERVICE_INCOMPLETE', FINDING_TEXT.serviceIncomplete);
    return 'notReady';
  }
  const address = addressOf(p);
  if (!address) return '';
  records.push({
    ref: p.ref,
    fullName: p.name,
    dob: p.dob,
    gender: p.gender ?? '',
    cccd: p.cccd ?? '',
    position: p.position,
    unit: p.unit,
    commune: p.commune?.fullName ?? p.communeText,
    address,
    phoneE164: p.phoneE164,
  });
  return 'requested';
}

/** What the add-on writes for a state in its 'eOffice' / 'Chữ ký số' column. */
export function serviceStateText(state: ServiceState): string {
  return state ? SERVICE_STATUS[state] : '';
}
export { SERVICE_OWNED_HEADERS };
