/**
 * Hand-over lists in Google Drive. Each unit with a focal e-mail gets its own CSV file,
 * shared with that one address as a reader, and one short mail with the link; the units
 * without one are gathered in a single file of the runner's (Văn phòng's), shared with
 * nobody. The file of each unit is remembered in the document properties, so a later
 * export rewrites the same file (same link, same share) and mails nobody twice.
 */
import type { ProvisionRecord } from '../domain/exports/records';
import { groupHandover, handoverCsv, handoverFileNames, type HandoverList } from '../domain/handover';
import { HANDOVER_TEXT as T } from '../i18n/handover';
import { createPrivateFile, shareWithReader, updateFileContent } from './drive-files';
import { retire, retryRetirements, type Unretired } from './handover-retire';
import type { PasswordBook } from './exports';

export const HANDOVER_PREFIX = 'handover.';
const OFFICE_KEY = `${HANDOVER_PREFIX}office`;
const MIME = 'text/csv';

type Props = GoogleAppsScript.Properties.Properties;

/** What is remembered of a unit's list: never a name or a password. */
interface Remembered {
  fileId: string;
  url: string;
  /** The focal address the file is shared with ('' for Văn phòng's file). */
  to: string;
  mailed: boolean;
  /** The export job that last wrote this list: a later part of that job skips it. */
  run?: string;
  /** Who made the file, so who alone can trash it ('' in lists remembered before this was kept). */
  owner?: string;
}

export interface HandoverFile {
  kind: 'unit' | 'office';
  fileId: string;
  fileName: string;
  url: string;
  /** 'unit — commune' of each unit in the file. */
  units: string[];
  rows: number;
  sharedWith: string;
}

export interface HandoverSummary {
  files: HandoverFile[];
  created: number;
  updated: number;
  mailsSent: number;
  /** Lists whose mail waits for tomorrow's quota (the next export sends it). */
  mailsPending: number;
  /** False when the time ran out first: the job's next part carries on. */
  done: boolean;
  /** Old lists shared with an earlier focal person that this runner could not trash. */
  unretired: Unretired[];
}

const label = (l: HandoverList): string => `${l.unit} — ${l.commune}`;

function remembered(all: Record<string, string>, key: string): Remembered | null {
  try {
    const value = JSON.parse(all[key] ?? 'null') as Remembered | null;
    return value && typeof value.fileId === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Rewrites a remembered file; null when it is gone or no longer this runner's to reach. */
function rewrite(memory: Remembered | null, text: string): { id: string; url: string } | null {
  if (!memory) return null;
  try {
    return updateFileContent(memory.fileId, text, MIME);
  } catch (error) {
    console.warn(error);
    return null;
  }
}

/** What one part of the job shares while it writes lists. */
interface Pass {
  props: Props;
  passwords: PasswordBook;
  runId: string;
  /** Mails the day's quota still allows. */
  quota: number;
  /** Who runs the export: the owner of every file it makes. */
  runner: string;
  summary: HandoverSummary;
}

/** One unit's list: rewritten in place, or made, shared with its focal person and mailed once. */
function writeUnitList(pass: Pass, list: HandoverList, name: string, memory: Remembered | null): void {
  const { props, summary } = pass;
  const key = HANDOVER_PREFIX + list.unitKey;
  const text = handoverCsv([list], pass.passwords);
  if (memory && memory.to !== list.focalEmail) {
    retire(props, summary, memory, label(list));
    memory = null;
  }
  const kept = rewrite(memory, text);
  if (kept && memory) {
    memory = { ...memory, url: kept.url };
    summary.updated++;
  } else {
    const file = createPrivateFile(name, text, MIME);
    shareWithReader(file.id, list.focalEmail, false);
    memory = { fileId: file.id, url: file.url, to: list.focalEmail, mailed: false, owner: pass.runner };
    // Remembered at once: a run stopped by the time limit must not make this file twice.
    props.setProperty(key, JSON.stringify(memory));
    summary.created++;
  }
  if (!memory.mailed) {
    if (pass.quota > 0) {
      MailApp.sendEmail(
        list.focalEmail,
        T.mailSubject(list.unit),
        T.mailBody(list.unit, list.people.length, memory.url),
      );
      pass.quota--;
      memory.mailed = true;
      summary.mailsSent++;
    } else summary.mailsPending++;
  }
  props.setProperty(key, JSON.stringify({ ...memory, run: pass.runId }));
  summary.files.push({
    kind: 'unit',
    fileId: memory.fileId,
    fileName: name,
    url: memory.url,
    units: [label(list)],
    rows: list.people.length,
    sharedWith: list.focalEmail,
  });
}

/**
 * Văn phòng's one file for the units without a focal e-mail, rewritten even when empty
 * (an old one must not keep stale passwords). A unit that lost its focal e-mail had a
 * file shared with that person: it goes to the trash.
 */
function writeOfficeList(pass: Pass, office: HandoverList[], all: Record<string, string>, fileName: string): void {
  const { props, summary } = pass;
  for (const l of office) {
    const old = remembered(all, HANDOVER_PREFIX + l.unitKey);
    if (!old) continue;
    retire(props, summary, old, label(l));
    props.deleteProperty(HANDOVER_PREFIX + l.unitKey);
  }
  const memory = remembered(all, OFFICE_KEY);
  const text = handoverCsv(office, pass.passwords);
  let file = rewrite(memory, text);
  if (file) summary.updated++;
  else {
    file = createPrivateFile(fileName, text, MIME);
    summary.created++;
  }
  props.setProperty(
    OFFICE_KEY,
    JSON.stringify({ fileId: file.id, url: file.url, to: '', mailed: true, run: pass.runId }),
  );
  summary.files.push({
    kind: 'office',
    fileId: file.id,
    fileName,
    url: file.url,
    units: office.map(label),
    rows: office.reduce((n, l) => n + l.people.length, 0),
    sharedWith: '',
  });
}

/**
 * Writes the lists of `records` not yet written by job `runId`, until `deadline` (a
 * Date.now() value): a city of a thousand units needs several executions, and each unit
 * is remembered as done as soon as it is, so no part makes a file or sends a mail twice.
 */
export function makeHandoverLists(
  props: Props,
  records: readonly ProvisionRecord[],
  focal: ReadonlyMap<string, string>,
  passwords: PasswordBook,
  officeFileName: string,
  run: { id: string; runner: string },
  deadline: number,
): HandoverSummary {
  const runId = run.id;
  const summary: HandoverSummary = {
    files: [],
    created: 0,
    updated: 0,
    mailsSent: 0,
    mailsPending: 0,
    done: false,
    unretired: [],
  };
  const lists = groupHandover(records, focal);
  const all = props.getProperties();
  const names = handoverFileNames(lists);
  const units = lists.map((l, i) => ({ list: l, name: names[i] })).filter((u) => u.list.focalEmail !== '');
  const office = lists.filter((l) => l.focalEmail === '');
  const needsMail = (l: HandoverList): boolean => {
    const m = remembered(all, HANDOVER_PREFIX + l.unitKey);
    return !m || !m.mailed || m.to !== l.focalEmail;
  };
  // The quota is asked only when a mail may go out: one call, not one per unit.
  retryRetirements(props, all, summary);
  const quota = units.some((u) => needsMail(u.list)) ? Math.max(0, MailApp.getRemainingDailyQuota()) : 0;
  const pass: Pass = { props, passwords, runId, quota, summary, runner: run.runner };
  for (const { list, name } of units) {
    const memory = remembered(all, HANDOVER_PREFIX + list.unitKey);
    if (memory?.run === runId && memory.to === list.focalEmail) continue;
    if (Date.now() > deadline) return summary;
    writeUnitList(pass, list, name, memory);
  }
  const officeMemory = remembered(all, OFFICE_KEY);
  if ((office.length > 0 || officeMemory) && officeMemory?.run !== runId) {
    if (Date.now() > deadline) return summary;
    writeOfficeList(pass, office, all, officeFileName);
  }
  summary.done = true;
  return summary;
}
