/**
 * The whole check as one pure function of the workbook's values: row rules, duplicates,
 * existing accounts, the CSDL snapshot, the summary sheet, deadlines, addresses, the
 * report and the provisioning records. Menu, timer, onEdit and the offline command all
 * call this, so they cannot disagree. Each step is a rule module under ./rules.
 */
import { applyBatch, batchCandidates, batchRecords, type BatchRequest } from './batches';
import type { ProvisionRecord } from './exports/records';
import { registerValues, type RegisterSheet } from './register';
import { buildReport } from './report';
import { decideServices, type ServiceRecord } from './services';
import { ROSTER_HEADER_TEXT } from './columns';
import { flagCsdlMatch } from './rules/csdl-match';
import { flagDeadline } from './rules/deadline';
import { flagDuplicatePeople } from './rules/duplicate-people';
import { flagExistingAccounts } from './rules/existing-account';
import { registerExports } from './lifecycle';
import { flagNotCreated, keepShownNotCreated, lifecycleLookup, readDirectory } from './rules/lifecycle-step';
import { collectFindings } from './rules/findings';
import { columnText } from './rules/flag';
import { placeHolders } from './rules/holders';
import { assignNewAddresses, takenAddresses } from './rules/new-addresses';
import { assembleOutcomes, holds, type CheckCounts, type RowOutcome } from './rules/outcome';
import { ownedColumns, selectRows, type OwnedColumn } from './rules/owned-columns';
import { readRoster, type InputProblem } from './rules/read-roster';
import { loadReferences } from './rules/references';
import { checkSummarySheet, focalContacts, type FocalContact } from './rules/summary-sheet';
import { tallyUnits } from './rules/unit-tally';
import type { CellValue, Finding, Settings, WorkbookInput } from './types';

export type { RosterField } from './columns';
export type { ProvisionRecord } from './exports/records';
export type { ServiceRecord } from './services';
export type { CheckCounts, RowOutcome } from './rules/outcome';
export type { InputProblem } from './rules/read-roster';
export type { FocalContact } from './rules/summary-sheet';
export { OWNED_HEADERS, type MailboxOwnedField, type OwnedColumn, type OwnedField } from './rules/owned-columns';

export interface CheckOptions {
  settings: Settings;
  now: Date;
  assignAddresses: boolean;
  stampReceivedAt: boolean;
  onlyRows?: number[];
  /** An export run: open (or carry on with) a batch, and keep to its records. */
  batch?: BatchRequest;
  /**
   * The register's batches and 'Danh bạ tài khoản' were not read (onEdit): an addressed
   * row's status cannot be computed, so it keeps the stage it shows.
   */
  lifecycleUnread?: boolean;
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
  /**
   * The run's batch when one was asked for: its number (null when nothing was new) and
   * whether it resets passwords. `provisioning` and `services` then hold that batch's records only.
   */
  batch: { number: number | null; reset: boolean } | null;
}

function serviceDecisions(
  sheet: Parameters<typeof columnText>[0],
  rows: CellValue[][],
  people: Parameters<typeof decideServices>[1],
  addressOf: Parameters<typeof decideServices>[2],
) {
  const context = {
    sheet: sheet.name,
    header: sheet.header,
    rows,
    cccdHeader: columnText(sheet, 'cccd', ROSTER_HEADER_TEXT.cccd),
  };
  return decideServices(context, people, addressOf, (p) => p.findings.some(holds));
}

export function runCheck(input: WorkbookInput, options: CheckOptions): CheckResult | InputProblem {
  const { settings, now } = options;
  const roster = readRoster(input.roster, now);
  if (!roster.ok) return roster;
  const { sheet, rows, people, notes } = roster;
  const domain = settings.domain.toLowerCase();
  const suffix = `@${domain}`;

  const holdings = placeHolders(people, input.register);
  const dropped = flagDuplicatePeople(sheet, holdings.ordered);
  // A duplicate row is dropped: what its person's kept row reports is not reported twice.
  for (const p of dropped.keys()) if (!p.blank) p.ledgerAddress = '';
  const { accounts, csdl } = loadReferences(input, domain, notes);
  const unread = options.lifecycleUnread === true;
  const directory = unread ? null : readDirectory(input.directory, domain, notes);
  const exportOf = registerExports(holdings.register);
  const live = people.filter((p) => !p.blank);
  flagExistingAccounts(sheet, live, dropped, suffix, accounts);
  for (const p of live) flagCsdlMatch(sheet, p, dropped.has(p), csdl);
  for (const p of live) flagDeadline(sheet, p, options.stampReceivedAt ? now : null, settings.deadline);

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
    if (unread) keepShownNotCreated(sheet, p, rows);
    else flagNotCreated(sheet, p, exportOf, directory, now);
  }
  const addressOf = (p: (typeof people)[number]): string => p.ledgerAddress || fresh.get(p.sheetRow) || '';
  const services = serviceDecisions(sheet, rows, people, addressOf);

  // The batch is marked in the register before the outcomes are assembled, so a row of the
  // new batch already shows it ('Đã xuất đợt N') and Báo cáo counts it as exported.
  const candidates = options.batch ? batchCandidates(people, dropped, addressOf, suffix) : [];
  const batch = options.batch
    ? applyBatch(holdings.register, { mailbox: candidates, ...services.records }, options.batch)
    : null;
  const tally = tallyUnits(people);
  const summary = checkSummarySheet(input.summary, tally, notes);
  const { outcomes, tallies, provisioning, counts } = assembleOutcomes(
    people,
    addressOf,
    lifecycleLookup(
      rows,
      sheet.columns.status,
      batch ? registerExports(holdings.register) : exportOf,
      directory,
      unread,
    ),
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
    owned: ownedColumns(sheet, selected, services),
    findings,
    report: buildReport(tallies, summary?.ok ? summary.units : []),
    ...batchRecords(batch, provisioning, services.records),
    counts,
    notes,
    register: { values: registerValues(holdings.register), firstChangedRow },
    focalContacts: focalContacts(summary),
    batch: batch ? { number: batch.number, reset: batch.reset } : null,
  };
}
