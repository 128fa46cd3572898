/**
 * The whole check as one pure function of the workbook's values: row rules, duplicates,
 * existing accounts, the CSDL snapshot, the summary sheet, deadlines, addresses, the
 * report and the provisioning records. Menu, timer, onEdit and the offline command all
 * call this, so they cannot disagree. Each step is a rule module under ./rules.
 */
import { applyBatch, batchCandidates, batchRecords, type BatchRequest } from './batches';
import type { ProvisionRecord } from './exports/records';
import { registerValues, type RegisterSheet } from './register';
import { keyCheck, makeSeal } from './seal';
import { REGISTER_TEXT } from '../i18n/register';
import { buildReport } from './report';
import { decideServices, type ServiceRecord } from './services';
import { ROSTER_HEADER_TEXT } from './columns';
import { flagCsdlMatch } from './rules/csdl-match';
import { flagDuplicatePeople } from './rules/duplicate-people';
import { flagExistingAccounts } from './rules/existing-account';
import { registerExports } from './lifecycle';
import { flagNotCreated, keepShownNotCreated, lifecycleLookup, readDirectory } from './rules/lifecycle-step';
import { collectFindings } from './rules/findings';
import { columnText } from './rules/flag';
import { placeHolders } from './rules/holders';
import { assignNewAddresses, takenAddresses } from './rules/new-addresses';
import { assembleOutcomes, holds, type CheckCounts, type RowOutcome } from './rules/outcome';
import { ownedColumns, selectRows, type OwnedTab } from './rules/owned-columns';
import { readRoster, rosterTables, type InputProblem, type RosterTab } from './rules/read-roster';
import { loadReferences } from './rules/references';
import { checkSummarySheet, focalContacts, type FocalContact } from './rules/summary-sheet';
import { flagTypedAddresses } from './rules/typed-address';
import { tallyUnits } from './rules/unit-tally';
import { isStrictAddress } from './addresses';
import type { RosterPerson } from './person';
import { ledgerOutcome, stampFirstSeen, type LedgerOutcome } from './rules/ledger-step';
import type { CellValue, Finding, RowRef, Settings, WorkbookInput } from './types';

export type { RosterField } from './columns';
export type { ProvisionRecord } from './exports/records';
export type { ServiceRecord } from './services';
export type { CheckCounts, RowOutcome } from './rules/outcome';
export type { InputProblem, RosterTab } from './rules/read-roster';
export type { FocalContact } from './rules/summary-sheet';
export {
  OWNED_HEADERS,
  type MailboxOwnedField,
  type OwnedColumn,
  type OwnedField,
  type OwnedTab,
} from './rules/owned-columns';

export interface CheckOptions {
  settings: Settings;
  now: Date;
  assignAddresses: boolean;
  stampReceivedAt: boolean;
  /** Only these rows' outcomes and owned values (onEdit, the entry form); the check still reads every row. */
  onlyRows?: RowRef[];
  /**
   * The workbook's register key (document properties; offline, the key file): the register keeps
   * identifiers and dates of birth only sealed under it. Absent only in tests of pure code.
   */
  registerKey?: string;
  /** An export run: open (or carry on with) a batch, and keep to its records. */
  batch?: BatchRequest;
  /**
   * The register's batches and 'Danh bạ tài khoản' were not read (onEdit): an addressed
   * row's status cannot be computed, so it keeps the stage it shows.
   */
  lifecycleUnread?: boolean;
}

/** Where a roster tab's table sits, as the check found it. */
export interface CheckedTab {
  sheet: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** The header as read (a two-row header's columns joined), before owned columns were appended. */
  header: string[];
}

export interface CheckResult extends LedgerOutcome {
  ok: true;
  rows: RowOutcome[];
  /** Per roster tab (only the tabs of `onlyRows` when given), its owned columns. */
  owned: OwnedTab[];
  /** The roster's tabs, in workbook order: where each table sits. */
  tabs: CheckedTab[];
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
  /**
   * The run's batch when one was asked for: its number (null when nothing was new) and
   * whether it resets passwords. `provisioning` and `services` then hold that batch's records only.
   */
  batch: { number: number | null; reset: boolean } | null;
  /** The mail domain every address written anywhere belongs to (lower-case). */
  domain: string;
}

/** The address each person shows, held or new; defensively, only one of the form the add-on writes. */
function strictAddressOf(fresh: ReadonlyMap<number, string>, domain: string): (p: RosterPerson) => string {
  return (p) => {
    const address = p.ledgerAddress || fresh.get(p.index) || '';
    return isStrictAddress(address, domain) ? address : '';
  };
}

/** What the Sheets layer needs of a tab to write it: where its table sits. */
function checkedTab(t: RosterTab): CheckedTab {
  return {
    sheet: t.name,
    headerRow: t.headerRow,
    firstRow: t.firstRow,
    lastRow: t.values.length,
    header: t.header.map(String),
  };
}

function serviceContexts(tabs: readonly RosterTab[]) {
  return tabs.map((tab) => ({
    sheet: tab.name,
    header: tab.header,
    rows: tab.values,
    cccdHeader: columnText(tab, 'cccd', ROSTER_HEADER_TEXT.cccd),
  }));
}

export function runCheck(input: WorkbookInput, options: CheckOptions): CheckResult | InputProblem {
  const { settings, now } = options;
  const roster = readRoster(rosterTables(input), now);
  if (!roster.ok) return roster;
  const { tabs, people } = roster;
  const notes = [...new Set(roster.notes)];
  const domain = settings.domain.toLowerCase();
  const suffix = `@${domain}`;

  const key = options.registerKey ?? '';
  const seal = makeSeal(key);
  const check = keyCheck(key);
  const holdings = placeHolders(people, input.register, seal, check);
  if (holdings.otherKey) return { ok: false, message: REGISTER_TEXT.wrongKey };
  const dropped = flagDuplicatePeople(tabs, holdings.ordered);
  // A duplicate row is dropped: what its person's kept row reports is not reported twice.
  for (const p of dropped.keys()) if (!p.blank) p.ledgerAddress = '';
  flagTypedAddresses(tabs, people, holdings.shown, holdings.register, seal);
  const { accounts, csdl } = loadReferences(input, domain, notes);
  const unread = options.lifecycleUnread === true;
  const directory = unread ? null : readDirectory(input.directory, domain, notes);
  const exportOf = registerExports(holdings.register);
  const live = people.filter((p) => !p.blank);
  flagExistingAccounts(tabs, live, dropped, suffix, accounts);
  for (const p of live) flagCsdlMatch(tabs[p.tab], p, dropped.has(p), csdl);
  const seen = stampFirstSeen(tabs, people, input, options, settings.deadline, seal);
  const taken = takenAddresses(holdings.register, people, accounts, directory, domain);
  const fresh = assignNewAddresses(
    people,
    dropped,
    holdings.register,
    taken,
    settings,
    domain,
    options.assignAddresses,
  );
  for (const p of live) {
    if (dropped.has(p) || !p.ledgerAddress || p.findings.some(holds)) continue;
    if (unread) keepShownNotCreated(tabs[p.tab], p);
    else flagNotCreated(tabs[p.tab], p, exportOf, directory, now);
  }
  const addressOf = strictAddressOf(fresh, domain);
  const services = decideServices(serviceContexts(tabs), people, addressOf, (p) => p.findings.some(holds));
  // The batch is marked in the register first: its rows show 'Đã xuất đợt N', Báo cáo counts them.
  const candidates = options.batch ? batchCandidates(people, addressOf, suffix) : [];
  const batch = options.batch
    ? applyBatch(holdings.register, { mailbox: candidates, ...services.records }, options.batch)
    : null;
  const tally = tallyUnits(people);
  const summary = checkSummarySheet(input.summary, tally, notes);
  const { outcomes, tallies, provisioning, counts } = assembleOutcomes(
    people,
    addressOf,
    lifecycleLookup(tabs, batch ? registerExports(holdings.register) : exportOf, directory, unread),
    tally.unitKeys,
    services,
    suffix,
    fresh.size,
  );
  const findings = collectFindings(outcomes, summary);
  counts.findings = findings.length;
  const selected = selectRows(outcomes, options.onlyRows);
  const firstChangedRow = Math.min(holdings.firstChangedRow, (batch?.firstChanged ?? Infinity) + 2);
  return {
    ok: true,
    rows: selected,
    owned: ownedColumns(tabs, outcomes, options.onlyRows ? selected : null, services),
    tabs: tabs.map(checkedTab),
    findings,
    report: buildReport(tallies, summary?.ok ? summary.units : []),
    ...batchRecords(batch, provisioning, services.records),
    counts,
    notes,
    register: { values: registerValues(holdings.register, seal, check), firstChangedRow },
    focalContacts: focalContacts(summary),
    batch: batch ? { number: batch.number, reset: batch.reset } : null,
    domain,
    ...ledgerOutcome(seen, people, addressOf),
  };
}
