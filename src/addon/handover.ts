/**
 * Hand-over lists in Google Drive, one set per batch. Each unit with a focal e-mail gets its
 * own CSV list and its printable slips (PDF), both shared with that one address as a reader,
 * and one short mail with the links; the units without one are gathered in a single list of
 * the runner's (Văn phòng's), shared with nobody. A batch's files are made once and never
 * rewritten: a later batch makes its own. What is remembered of a unit (document
 * properties, one small value a unit): its focal person, the files shared with them (batch
 * by batch) and whether the latest mail went out. Never a name of a person or a password.
 * When a unit's focal person changes, or the unit loses its focal e-mail, every file shared
 * with the earlier one is retired (trash, else shares taken away: handover-retire.ts).
 */
import type { ProvisionRecord } from '../domain/exports/records';
import { groupHandover, handoverCsv, handoverFileNames, slipsOf, type HandoverList } from '../domain/handover';
import { slipsPage } from '../domain/slips';
import { HANDOVER_TEXT as T } from '../i18n/handover';
import { SLIP_TEXT } from '../i18n/slips';
import type { PasswordBook } from './batch-passwords';
import { readBatches } from './batch-job';
import { createPrivateFile, shareWithReader } from './drive-files';
import { batchFileName } from './exports';
import { retire, retryRetirements, type Unretired } from './handover-retire';
import { createSlipsPdf } from './slips-pdf';

const HANDOVER_PREFIX = 'handover.';
const OFFICE_KEY = `${HANDOVER_PREFIX}office`;
const MIME = 'text/csv';

type Props = GoogleAppsScript.Properties.Properties;

/**
 * What is remembered of a unit, in short keys under a short hashed key: 2,000 units, most
 * of them waiting for a consumer account's 100 mails a day, share one 500 KB store.
 */
interface Remembered {
  /** The batch of the unit's latest list. */
  b: number;
  /** 1 once the latest list's mail went out (or none was due). */
  m: 0 | 1;
  /** The focal address the files are shared with. */
  t?: string;
  /** The files shared with `t`, one entry a batch: 'batch:listId' or 'batch:listId/slipsId'; the last is the latest. */
  f?: string[];
}

const fileEntry = (batch: number, list: string, slips: string | undefined): string =>
  `${batch}:${list}${slips ? `/${slips}` : ''}`;

function parseEntry(entry: string): { batch: number; ids: string[] } {
  const [batch, ids] = entry.split(':');
  return { batch: Number(batch), ids: (ids ?? '').split('/').filter(Boolean) };
}

/** A unit's key: FNV-1a of its unit key (change detection among a city's units, not secrecy). */
function unitMemoryKey(unitKey: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < unitKey.length; i++) hash = Math.imul(hash ^ unitKey.charCodeAt(i), 0x01000193) >>> 0;
  return `${HANDOVER_PREFIX}${hash.toString(36)}`;
}

/** The link Drive shows for a file, from its id (what a waiting mail keeps instead of the whole link). */
const driveLink = (id: string): string => `https://drive.google.com/file/d/${id}/view`;

export interface HandoverFile {
  kind: 'unit' | 'office';
  fileName: string;
  url: string;
  /** Each unit of the file ('unit — commune') and how many addresses it holds (Sổ bàn giao's rows). */
  perUnit: { unit: string; rows: number }[];
  sharedWith: string;
}

export interface HandoverSummary {
  /** The lists this part made: one per unit with a focal person, and Văn phòng's. */
  files: HandoverFile[];
  /** Files shared with an earlier focal person that this runner could not trash. */
  unretired: Unretired[];
  mailsSent: number;
  /** Mails still waiting for a later day's quota, this batch's and earlier ones'. */
  mailsPending: number;
  /** False when the time ran out first: the job's next part carries on. */
  done: boolean;
}

export interface HandoverBatch {
  batch: number;
  now: Date;
  signIn: string;
  deadline: number;
}

const label = (l: HandoverList): string => `${l.unit} — ${l.commune}`;

function remembered(all: Record<string, string>, key: string): Remembered | null {
  try {
    const value = JSON.parse(all[key] ?? 'null') as Remembered | null;
    return value && typeof value.b === 'number' ? value : null;
  } catch {
    return null;
  }
}

/** The CSV list and the slips of `lists`, both new files of the runner's. */
function makeFiles(lists: HandoverList[], name: string, passwords: PasswordBook, b: HandoverBatch) {
  const fileName = batchFileName(b.batch, b.now, name);
  const file = createPrivateFile(fileName, handoverCsv(lists, passwords, b.signIn), MIME);
  const title = SLIP_TEXT.pageTitle(lists.length === 1 ? lists[0].unit : T.officeLabel(lists.length), b.batch);
  const slips = createSlipsPdf(
    batchFileName(b.batch, b.now, name.replace(/\.csv$/, `-${T.slipsSuffix}`)),
    slipsPage(title, slipsOf(lists, passwords, b.signIn)),
  );
  return { fileName, file, slips };
}

interface Mail {
  to: string;
  unit: string;
  url: string;
  slipsUrl: string;
}

/** Sends one mail when the quota allows; true when it went out. */
function sendMail(quota: { left: number }, mail: Mail, batch: number, signIn: string): boolean {
  if (quota.left <= 0) return false;
  MailApp.sendEmail(
    mail.to,
    T.mailSubjectBatch(mail.unit, batch),
    T.mailBody(mail.unit, batch, mail.url, mail.slipsUrl, signIn),
  );
  quota.left--;
  return true;
}

/** A waiting mail as remembered (the latest batch's files): the unit is named by the files it links to. */
function waitingMail(m: Remembered): Mail | null {
  const latest = m.f?.at(-1);
  if (!m.t || !latest) return null;
  const [list, slips] = parseEntry(latest).ids;
  return list ? { to: m.t, unit: '', url: driveLink(list), slipsUrl: slips ? driveLink(slips) : '' } : null;
}

/**
 * Mails that waited for the quota, of any batch, oldest batch first, as far as today's
 * quota goes: the export and the hourly check both call this. Returns sent and still waiting.
 */
export function sendWaitingMails(
  props: Props,
  signIn: string,
  all: Record<string, string> = props.getProperties(),
  quota?: { left: number },
): { sent: number; waiting: number } {
  const waiting = Object.keys(all)
    .filter((k) => k.startsWith(HANDOVER_PREFIX))
    .map((k) => ({ k, m: remembered(all, k) }))
    .filter((e): e is { k: string; m: Remembered } => e.m !== null && e.m.m === 0)
    .sort((a, b) => a.m.b - b.m.b);
  if (waiting.length === 0) return { sent: 0, waiting: 0 };
  const left = quota ?? { left: Math.max(0, MailApp.getRemainingDailyQuota()) };
  let sent = 0;
  for (const { k, m } of waiting) {
    const mail = waitingMail(m);
    if (mail && !sendMail(left, mail, m.b, signIn)) break;
    const done: Remembered = { ...m, m: 1 };
    props.setProperty(k, JSON.stringify(done));
    all[k] = JSON.stringify(done);
    if (mail) sent++;
  }
  return { sent, waiting: waiting.length - sent };
}

interface Pass {
  props: Props;
  all: Record<string, string>;
  passwords: PasswordBook;
  batch: HandoverBatch;
  quota: { left: number };
  summary: HandoverSummary;
}

/**
 * Every file a unit's former focal person can read holds passwords they must no longer see.
 * Their owner is who made the batch (the batch list says); a waiting mail to them is dropped.
 */
function retireUnit(
  at: { props: Props; all: Record<string, string>; summary: { unretired: Unretired[] } },
  key: string,
  m: Remembered,
  unit: string,
): void {
  const by = new Map(readBatches(at.props, at.all).map((b) => [b.n, b.by]));
  for (const entry of m.f ?? []) {
    const { batch, ids } = parseEntry(entry);
    for (const id of ids)
      retire(at.props, at.summary, { fileId: id, url: driveLink(id), owner: by.get(batch) ?? '' }, unit);
  }
  at.props.deleteProperty(key);
  delete at.all[key];
}

/**
 * Units whose focal person changed, or who lost theirs, since their lists were shared: every
 * export looks, even one with nothing new, so a former focal person keeps no access. Only
 * when Tổng hợp has its e-mail column: a sheet without one says nothing about who is whose.
 */
export function retireMovedUnits(
  props: Props,
  focal: ReadonlyMap<string, string> | null,
  all: Record<string, string> = props.getProperties(),
  summary: { unretired: Unretired[] } = { unretired: [] },
): Unretired[] {
  // Old lists earlier exports could not trash are tried again first.
  retryRetirements(props, all, summary);
  if (!focal) return summary.unretired;
  const current = new Map([...focal].map(([unitKey, email]) => [unitMemoryKey(unitKey), email]));
  for (const key of Object.keys(all)) {
    if (!key.startsWith(HANDOVER_PREFIX) || key === OFFICE_KEY) continue;
    const m = remembered(all, key);
    if (m?.t && (current.get(key) ?? '') !== m.t) retireUnit({ props, all, summary }, key, m, m.t);
  }
  return summary.unretired;
}

/** Kept in the properties and in the pass's copy of them, which counts the mails still waiting. */
function remember(pass: Pass, key: string, memory: Remembered): void {
  pass.props.setProperty(key, JSON.stringify(memory));
  pass.all[key] = JSON.stringify(memory);
}

/** One unit's list and slips: made, shared with its focal person, remembered at once, mailed once. */
function writeUnitList(pass: Pass, list: HandoverList, name: string): void {
  const { summary, batch } = pass;
  const key = unitMemoryKey(list.unitKey);
  const before = remembered(pass.all, key);
  if (before?.t && before.t !== list.focalEmail) retireUnit(pass, key, before, label(list));
  const kept = before?.t === list.focalEmail ? (before.f ?? []) : [];
  const { fileName, file, slips } = makeFiles([list], name, pass.passwords, batch);
  shareWithReader(file.id, list.focalEmail, false);
  if (slips) shareWithReader(slips.id, list.focalEmail, false);
  const memory: Remembered = {
    b: batch.batch,
    m: 0,
    t: list.focalEmail,
    f: [...kept, fileEntry(batch.batch, file.id, slips?.id)],
  };
  // Remembered at once: a run stopped by the time limit must not make these files twice.
  remember(pass, key, memory);
  const mail = { to: list.focalEmail, unit: label(list), url: file.url, slipsUrl: slips?.url ?? '' };
  if (sendMail(pass.quota, mail, batch.batch, batch.signIn)) {
    remember(pass, key, { ...memory, m: 1 });
    summary.mailsSent++;
  }
  summary.files.push({
    kind: 'unit',
    fileName,
    url: file.url,
    perUnit: [{ unit: label(list), rows: list.people.length }],
    sharedWith: list.focalEmail,
  });
}

/** Văn phòng's list and slips of the batch, for the units without a focal e-mail (a unit that lost one retires its files). */
function writeOfficeList(pass: Pass, office: HandoverList[]): void {
  for (const l of office) {
    const key = unitMemoryKey(l.unitKey);
    const old = remembered(pass.all, key);
    if (old?.t) retireUnit(pass, key, old, label(l));
  }
  const { fileName, file } = makeFiles(office, `${T.officeFileName}.csv`, pass.passwords, pass.batch);
  remember(pass, OFFICE_KEY, { b: pass.batch.batch, m: 1 });
  pass.summary.files.push({
    kind: 'office',
    fileName,
    url: file.url,
    perUnit: office.map((l) => ({ unit: label(l), rows: l.people.length })),
    sharedWith: '',
  });
}

/**
 * Writes the batch's lists not yet written, until the deadline (a Date.now() value): a city
 * of two thousand units needs several executions, and each unit is remembered as done as
 * soon as it is, so no part makes a file or sends a mail twice.
 */
export function makeHandoverLists(
  props: Props,
  records: readonly ProvisionRecord[],
  focal: ReadonlyMap<string, string>,
  passwords: PasswordBook,
  batch: HandoverBatch,
  toOffice: ReadonlySet<string> = new Set(),
): HandoverSummary {
  const summary: HandoverSummary = { files: [], unretired: [], mailsSent: 0, mailsPending: 0, done: false };
  // People moved to another unit since their address was given are Văn phòng's to hand over.
  const lists = groupHandover(records, focal, toOffice);
  const all = props.getProperties();
  const names = handoverFileNames(lists);
  const done = (key: string): boolean => remembered(all, key)?.b === batch.batch;
  const units = lists
    .map((l, i) => ({ list: l, name: names[i] }))
    .filter((u) => u.list.focalEmail !== '' && !done(unitMemoryKey(u.list.unitKey)));
  const office = lists.filter((l) => l.focalEmail === '');
  // The quota is asked once, not once per unit; earlier batches' waiting mails go first.
  const quota = { left: Math.max(0, MailApp.getRemainingDailyQuota()) };
  const pass: Pass = { props, all, passwords, batch, quota, summary };
  retireMovedUnits(props, focal, all, summary);
  summary.mailsSent += sendWaitingMails(props, batch.signIn, all, quota).sent;
  const finish = (complete: boolean): HandoverSummary => {
    summary.mailsPending = countWaiting(all);
    summary.done = complete;
    return summary;
  };
  for (const { list, name } of units) {
    if (Date.now() > batch.deadline) return finish(false);
    writeUnitList(pass, list, name);
  }
  if (office.length > 0 && !done(OFFICE_KEY)) {
    if (Date.now() > batch.deadline) return finish(false);
    writeOfficeList(pass, office);
  }
  return finish(true);
}

/** Hand-over mails still waiting for a later day's quota, in `all` as the pass kept it. */
function countWaiting(all: Record<string, string>): number {
  return Object.keys(all).filter((k) => k.startsWith(HANDOVER_PREFIX) && remembered(all, k)?.m === 0).length;
}
