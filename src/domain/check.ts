/**
 * The whole check as one pure function of the workbook's values: row rules, duplicates,
 * existing accounts, the CSDL snapshot, the summary sheet, deadlines, addresses, the
 * report and the provisioning records. Menu, timer, onEdit and the offline command all
 * call this, so they cannot disagree.
 */
import { FINDING_TEXT, INPUT_PROBLEM, REPORT_TEXT, STATUS } from '../i18n/findings';
import { assignAddresses, RESERVED_LOCAL_PARTS } from './addresses';
import { matchColumns, OWNED_ROSTER_FIELDS, ROSTER_COLUMNS, ROSTER_HEADER_TEXT, type RosterField } from './columns';
import { findDuplicates } from './duplicates';
import type { ProvisionRecord } from './exports/records';
import { parseRosterRow, type RosterPerson } from './person';
import { loadAccounts, loadCsdl, lookup } from './reference-tables';
import {
  findHolders,
  isActive,
  parseRegister,
  registerValues,
  type RegisterEntry,
  type RegisterSheet,
} from './register';
import { buildReport, type PersonTally } from './report';
import { decideServices, SERVICE_OWNED_HEADERS, serviceStateText, SERVICES, type ServiceRecord } from './services';
import { checkSummary, unitKey, unitNameKey } from './summary';
import { cleanText, splitVietnameseName } from './text';
import { SERVICE_CODES, WARNING_CODES, type CellValue, type Finding, type Settings, type WorkbookInput } from './types';

export type { RosterField } from './columns';
export type { ProvisionRecord } from './exports/records';
export type { ServiceRecord } from './services';
export type MailboxOwnedField = (typeof OWNED_ROSTER_FIELDS)[number];
/** The mailbox's own columns, then the two service columns (appended only when the roster registers that service). */
export type OwnedField = MailboxOwnedField | 'eoffice' | 'signature';
const OWNED_FIELDS: readonly MailboxOwnedField[] = OWNED_ROSTER_FIELDS;
/** The mailbox's owned columns' headers, from the roster's column specs. */
export const OWNED_HEADERS: Record<MailboxOwnedField, string> = {
  address: ROSTER_HEADER_TEXT.address,
  status: ROSTER_HEADER_TEXT.status,
  messages: ROSTER_HEADER_TEXT.messages,
  receivedAt: ROSTER_HEADER_TEXT.receivedAt,
};

export interface CheckOptions {
  settings: Settings;
  now: Date;
  assignAddresses: boolean;
  stampReceivedAt: boolean;
  onlyRows?: number[];
}

export interface OwnedColumn {
  field: OwnedField;
  header: string;
  column: number;
  appended: boolean;
  values: CellValue[];
}

export interface RowOutcome {
  sheetRow: number;
  blank: boolean;
  findings: Finding[];
  status: string;
  messages: string;
  address: string;
  receivedAt: Date | '';
  /** The unit the row names, keyed as 'Tổng hợp' is (summary.ts unitKey); '' for a blank row. */
  unitKey: string;
}

/** A unit's focal person on 'Tổng hợp', for the hourly digests. */
export interface FocalContact {
  unitKey: string;
  unit: string;
  email: string;
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

export interface CheckResult {
  ok: true;
  rows: RowOutcome[];
  owned: OwnedColumn[];
  findings: Finding[];
  report: { header: string[]; rows: CellValue[][] };
  provisioning: ProvisionRecord[];
  /** eOffice and digital-signature requests (plan 5277), in roster order. */
  services: { eoffice: ServiceRecord[]; signature: ServiceRecord[] };
  counts: CheckCounts;
  notes: string[];
  /**
   * The address register after this run, header first. `firstChangedRow` is the 1-based sheet
   * row from which it differs from what was read (values.length + 1 when it does not): most runs
   * only append.
   */
  register: RegisterSheet;
  /** Units with a valid focal e-mail; null when 'Tổng hợp' is absent, unusable or has no e-mail column. */
  focalContacts: FocalContact[] | null;
}

export interface InputProblem {
  ok: false;
  message: string;
}

const holds = (f: Finding): boolean => !WARNING_CODES.has(f.code);

function formatStamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** Orders newcomers by who they are, not where they stand, so numbering is stable. */
function identityOf(p: RosterPerson): string {
  // join makes one flat string; a template literal would leave a rope that every comparison of the sort walks again.
  return [
    p.cccd ?? '',
    p.staffId ?? '',
    p.dobIso ?? '',
    p.nameKey ?? '',
    p.commune?.code ?? '',
    cleanText(p.unit).toLowerCase(),
  ].join('|');
}

/** Given name and the rest, as the provisioning files want them; namesakes share one split. */
function nameParts(
  name: string,
  cache: Map<string, { given: string; familyAndMiddle: string }>,
): { given: string; familyAndMiddle: string } {
  let parts = cache.get(name);
  if (parts === undefined) {
    const { family, middle, given } = splitVietnameseName(name);
    parts = { given, familyAndMiddle: [family, middle].filter(Boolean).join(' ') };
    cache.set(name, parts);
  }
  return parts;
}

export function runCheck(input: WorkbookInput, options: CheckOptions): CheckResult | InputProblem {
  const { settings, now } = options;
  const roster = input.roster;
  if (!roster) return { ok: false, message: INPUT_PROBLEM.noRoster };
  if (roster.values.length === 0 || roster.values[0].every((h) => cleanText(h) === ''))
    return { ok: false, message: INPUT_PROBLEM.emptyRoster };
  const header = roster.values[0];
  const { columns, missing, duplicates: duplicateHeaders } = matchColumns(header, ROSTER_COLUMNS);
  if (missing.length > 0)
    return {
      ok: false,
      message: INPUT_PROBLEM.missingColumns(
        roster.sheetName,
        missing.map((m) => m.header),
      ),
    };

  const notes: string[] = duplicateHeaders.map((d) => FINDING_TEXT.duplicateHeader(cleanText(header[d.indices[0]])));
  const people: RosterPerson[] = [];
  for (let i = 1; i < roster.values.length; i++) {
    people.push(parseRosterRow(roster.values[i], i + 1, columns, header, roster.sheetName, now));
  }
  const column = (field: RosterField, fallback: string): string =>
    columns[field] === undefined ? fallback : cleanText(header[columns[field]!]);
  const flag = (
    p: RosterPerson,
    field: RosterField,
    fallback: string,
    code: Finding['code'],
    message: string,
  ): void => {
    p.findings.push({ sheet: roster.sheetName, row: p.sheetRow, column: column(field, fallback), code, message });
  };

  // Addresses belong to people: find the row that holds each registered address now. A
  // row shows only the address its person holds; the rows holding one come first when
  // duplicates are matched, so the row with the address is the one kept.
  const registered = parseRegister(input.register);
  // A missing header, or rows without an address (typed by hand), make sheet rows and entries
  // part ways: the register is rewritten whole then.
  const readRows = input.register?.values ?? [];
  const compact = cleanText(readRows[0]?.[0]) !== '' && registered.length === readRows.length - 1;
  const holders = findHolders(people, registered);
  const register: RegisterEntry[] = holders.entries;
  for (let i = 0; i < people.length; i++) {
    const e = holders.entryOfPerson.get(i);
    people[i].ledgerAddress = e === undefined ? '' : register[e].address;
  }
  const ordered = [
    ...people.filter((_, i) => holders.entryOfPerson.has(i)),
    ...people.filter((_, i) => !holders.entryOfPerson.has(i)),
  ];
  const duplicateRows = new Set<RosterPerson>();
  for (const d of findDuplicates(ordered)) {
    duplicateRows.add(d.duplicate);
    const by = d.by === 'cccd' ? 'cccd' : d.by === 'staffId' ? 'staffId' : 'fullName';
    flag(
      d.duplicate,
      by,
      ROSTER_HEADER_TEXT.fullName,
      'DUPLICATE_PERSON',
      FINDING_TEXT.duplicate(d.first.sheetRow, d.first.name, d.first.unit, FINDING_TEXT.duplicateBy[d.by]),
    );
  }

  const domain = settings.domain.toLowerCase();
  const suffix = `@${domain}`;
  const accounts = loadAccounts(input.accounts, domain);
  if (accounts === null) notes.push(REPORT_TEXT.noAccounts);
  else if (!accounts.ok) notes.push(REPORT_TEXT.missingOptional(input.accounts!.sheetName, accounts.missing));
  const csdl = loadCsdl(input.csdl);
  if (csdl === null) notes.push(REPORT_TEXT.noCsdl);
  else if (!csdl.ok) notes.push(REPORT_TEXT.missingOptional(input.csdl!.sheetName, csdl.missing));

  for (const p of people) {
    if (p.blank) continue;
    // A duplicate row is dropped: what its person's kept row reports is not reported twice.
    const dropped = duplicateRows.has(p);
    if (dropped) p.ledgerAddress = '';
    // An account we provisioned from this very row is not "another" account.
    const own =
      !dropped && p.existingEmail.endsWith(suffix) && p.existingEmail !== p.ledgerAddress ? p.existingEmail : '';
    const match = accounts?.ok && !dropped ? lookup(accounts.index, p) : null;
    const found = own || (match && match.record.email !== p.ledgerAddress ? match.record.email : '');
    if (found)
      flag(
        p,
        own ? 'existingEmail' : 'fullName',
        ROSTER_HEADER_TEXT.fullName,
        'HAS_ACCOUNT',
        FINDING_TEXT.hasAccount(found),
      );
    if (csdl?.ok && !dropped && (p.staffId || p.cccd || (p.nameKey && p.dobIso))) {
      const hit = lookup(csdl.index, p);
      if (!hit)
        flag(p, p.staffId ? 'staffId' : 'fullName', ROSTER_HEADER_TEXT.fullName, 'NOT_IN_CSDL', FINDING_TEXT.notInCsdl);
      else if (hit.by !== 'nameDob') {
        const nameDiffers = !!p.nameKey && !!hit.record.nameKey && p.nameKey !== hit.record.nameKey;
        const dobDiffers = !!p.dobIso && !!hit.record.dobIso && p.dobIso !== hit.record.dobIso;
        if (nameDiffers || dobDiffers) {
          const what = nameDiffers && dobDiffers ? 'both' : nameDiffers ? 'name' : 'dob';
          flag(
            p,
            nameDiffers ? 'fullName' : 'dob',
            ROSTER_HEADER_TEXT.fullName,
            'CSDL_MISMATCH',
            FINDING_TEXT.csdlMismatch(FINDING_TEXT.csdlWhat[what]),
          );
        }
      }
    }
    if (options.stampReceivedAt && p.receivedAt === '') p.receivedAt = now;
    if (settings.deadline && p.receivedAt instanceof Date && p.receivedAt > settings.deadline) {
      flag(
        p,
        'receivedAt',
        OWNED_HEADERS.receivedAt,
        'AFTER_DEADLINE',
        FINDING_TEXT.afterDeadline(formatStamp(p.receivedAt)),
      );
    }
  }

  // Addresses: the ledger stays; newcomers without a holding finding get the next free name.
  const taken = new Set<string>();
  for (const e of register) if (isActive(e)) taken.add(e.address);
  for (const p of people) {
    if (p.existingEmail.endsWith(suffix)) taken.add(p.existingEmail);
  }
  if (accounts?.ok) for (const r of accounts.index.records) taken.add(r.email);
  for (const local of RESERVED_LOCAL_PARTS) taken.add(local + suffix);
  const newcomers = people.filter(
    (p) => !p.blank && !p.ledgerAddress && !duplicateRows.has(p) && !p.findings.some(holds),
  );
  const fresh = options.assignAddresses
    ? assignAddresses(
        newcomers.map((p) => ({ key: p.sheetRow, fullName: p.name, identity: identityOf(p) })),
        taken,
        settings.addressPattern,
        domain,
      )
    : new Map<number, string>();
  for (const p of newcomers) {
    const address = fresh.get(p.sheetRow);
    if (address)
      register.push({
        address,
        staffId: p.staffId,
        cccd: p.cccd,
        name: p.name,
        nameKey: p.nameKey,
        dobIso: p.dobIso,
        releasedAt: '',
        releasedBy: '',
      });
  }

  const services = decideServices(
    { sheet: roster.sheetName, header, rows: roster.values, cccdHeader: column('cccd', ROSTER_HEADER_TEXT.cccd) },
    people,
    (p) => p.ledgerAddress || fresh.get(p.sheetRow) || '',
    (p) => p.findings.some(holds),
  );

  const listedByUnit = new Map<string, number>();
  const listedByName = new Map<string, { total: number; unresolved: number }>();
  const unitKeys: string[] = new Array(people.length);
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    if (p.blank) continue;
    const key = unitKey(p.commune, p.communeText, p.unit);
    unitKeys[i] = key;
    listedByUnit.set(key, (listedByUnit.get(key) ?? 0) + 1);
    const name = unitNameKey(p.unit);
    const named = listedByName.get(name) ?? { total: 0, unresolved: 0 };
    named.total += 1;
    if (!p.commune) named.unresolved += 1;
    listedByName.set(name, named);
  }
  const summary = checkSummary(input.summary, listedByUnit, listedByName);
  if (summary === null) notes.push(REPORT_TEXT.noSummary);
  else if (!summary.ok) notes.push(REPORT_TEXT.missingOptional(input.summary!.sheetName, summary.missing));

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
    newlyAssigned: fresh.size,
    findings: 0,
    eofficeRequests: services.records.eoffice.length,
    signatureRequests: services.records.signature.length,
  };
  const names = new Map<string, { given: string; familyAndMiddle: string }>();
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const address = p.ledgerAddress || fresh.get(p.sheetRow) || '';
    // Most rows have no finding: one pass over the few that have.
    const flagged = p.findings.length > 0;
    let holding = false;
    let duplicate = false;
    let hasAccount = false;
    for (const f of p.findings) {
      if (holds(f)) holding = true;
      if (f.code === 'DUPLICATE_PERSON') duplicate = true;
      else if (f.code === 'HAS_ACCOUNT') hasAccount = true;
    }
    const state: PersonTally['state'] = duplicate
      ? 'duplicate'
      : hasAccount
        ? 'hasAccount'
        : holding
          ? 'error'
          : 'valid';
    const assigned = !p.blank && !holding && !!address;
    const status = p.blank
      ? ''
      : state === 'duplicate'
        ? STATUS.duplicate
        : state === 'hasAccount'
          ? STATUS.hasAccount
          : state === 'error'
            ? STATUS.error
            : assigned
              ? STATUS.assigned
              : p.findings.some((f) => !SERVICE_CODES.has(f.code))
                ? STATUS.warning
                : STATUS.valid;
    outcomes.push({
      sheetRow: p.sheetRow,
      blank: p.blank,
      findings: p.findings,
      status,
      messages: flagged ? p.findings.map((f) => f.message).join('\n') : '',
      address,
      receivedAt: p.receivedAt,
      unitKey: unitKeys[i] ?? '',
    });
    if (p.blank) continue;
    counts.people += 1;
    if (state === 'valid') counts.valid += 1;
    else if (state === 'duplicate') counts.duplicates += 1;
    else if (state === 'hasAccount') counts.hasAccount += 1;
    else counts.withErrors += 1;
    if (assigned) counts.assigned += 1;
    tallies.push({
      commune: p.commune,
      unitKey: unitKeys[i],
      state,
      assigned,
      eoffice: services.states.eoffice[i] === 'requested',
      signature: services.states.signature[i] === 'requested',
    });
    if (assigned && address.endsWith(suffix)) {
      const { given, familyAndMiddle } = nameParts(p.name, names);
      provisioning.push({
        sheetRow: p.sheetRow,
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
      });
    }
  }

  const findings: Finding[] = [];
  for (const o of outcomes) for (const f of o.findings) findings.push(f);
  if (summary?.ok) findings.push(...summary.findings);
  counts.findings = findings.length;
  findings.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet < b.sheet ? -1 : 1));
  const report = buildReport(tallies, summary?.ok ? summary.units : []);

  const personByRow = options.onlyRows ? new Map(people.map((p) => [p.sheetRow, p])) : null;
  const wanted =
    options.onlyRows && personByRow
      ? options.onlyRows.map((r) => personByRow.get(r)).filter((p): p is RosterPerson => !!p)
      : null;
  const selected = wanted ? wanted.map((p) => outcomes[p.sheetRow - 2]) : outcomes;
  let nextColumn = header.length + 1;
  const owned: OwnedColumn[] = OWNED_FIELDS.map((field) => {
    const existing = columns[field];
    const columnNumber = existing === undefined ? nextColumn++ : existing + 1;
    const values = selected.map((o): CellValue => {
      if (field === 'address') return o.address;
      if (field === 'status') return o.status;
      if (field === 'messages') return o.messages;
      return o.receivedAt;
    });
    return { field, header: OWNED_HEADERS[field], column: columnNumber, appended: existing === undefined, values };
  });
  for (const service of SERVICES) {
    const existing = services.ownedAt[service];
    if (!services.active[service] && existing === undefined) continue;
    const states = services.states[service];
    owned.push({
      field: service,
      header: SERVICE_OWNED_HEADERS[service],
      column: existing === undefined ? nextColumn++ : existing + 1,
      appended: existing === undefined,
      values: selected.map((o) => serviceStateText(states[o.sheetRow - 2] ?? '')),
    });
  }

  const focalContacts =
    summary?.ok && summary.focalEmailColumn
      ? summary.units
          .filter((u) => u.focalEmail)
          .map((u) => ({ unitKey: u.unitKey, unit: u.unit, email: u.focalEmail }))
      : null;
  return {
    ok: true,
    rows: selected,
    owned,
    findings,
    report,
    provisioning,
    services: services.records,
    counts,
    notes,
    register: { values: registerValues(register), firstChangedRow: compact ? holders.firstChanged + 2 : 1 },
    focalContacts,
  };
}
