/**
 * Hand-over lists: for each unit with people in the provisioning export, the people's
 * names, addresses and initial passwords (the very ones of the provisioning files), for
 * the unit's focal person. Pure: who goes in which list, and the list's CSV.
 */
import { BATCH_TEXT } from '../i18n/batches';
import { HANDOVER_TEXT } from '../i18n/handover';
import type { Slip } from './slips';
import type { MailPlatform } from './types';
import { BOM, csvLine, EOL, neutralise } from './exports/csv';
import type { ProvisionRecord } from './exports/records';
import { unitNameKey } from './summary';
import { foldKey } from './text';

export interface HandoverList {
  /** Commune code and folded unit name, as Tổng hợp's rows are matched. */
  unitKey: string;
  unit: string;
  commune: string;
  /** The focal person's address from Tổng hợp ('Email đầu mối'), '' when none is usable. */
  focalEmail: string;
  people: ProvisionRecord[];
}

export function handoverUnitKey(r: Pick<ProvisionRecord, 'communeCode' | 'commune' | 'unit'>): string {
  return `${r.communeCode || `?${foldKey(r.commune)}`}|${unitNameKey(r.unit)}`;
}

/** The list key of a unit's people who moved in since their address was given (Văn phòng's). */
export const MOVED_SUFFIX = '|chuyen-den';

/**
 * One list per unit, every provisioned person in exactly one, units in the export's order.
 * The addresses of `toOffice` (people whose unit changed since their address was given) go in
 * a list of their unit without a focal address: Văn phòng hands them over, not the new unit.
 */
export function groupHandover(
  records: readonly ProvisionRecord[],
  focal: ReadonlyMap<string, string>,
  toOffice: ReadonlySet<string> = new Set(),
): HandoverList[] {
  const lists = new Map<string, HandoverList>();
  for (const r of records) {
    const unitKey = handoverUnitKey(r);
    const moved = toOffice.has(r.address);
    const key = moved ? `${unitKey}${MOVED_SUFFIX}` : unitKey;
    let list = lists.get(key);
    if (!list) {
      list = {
        unitKey: key,
        unit: r.unit,
        commune: r.commune,
        focalEmail: moved ? '' : (focal.get(key) ?? ''),
        people: [],
      };
      lists.set(key, list);
    }
    list.people.push(r);
  }
  return [...lists.values()];
}

/** Where a person signs in: the mail platform's web address (Google's while none is chosen). */
export function signInAt(platform: MailPlatform, domain: string): string {
  const at = BATCH_TEXT.signIn;
  if (platform === 'microsoft') return at.microsoft;
  if (platform === 'zimbra') return at.zimbra(domain);
  return at.google;
}

/** The lists' people as slips, in the same order as the CSV. */
export function slipsOf(
  lists: readonly HandoverList[],
  password: (r: ProvisionRecord) => string,
  signIn: string,
): Slip[] {
  return lists.flatMap((l) =>
    l.people.map((r) => ({
      name: r.fullName,
      unit: r.unit,
      commune: r.commune,
      address: r.address,
      password: password(r),
      signIn,
    })),
  );
}

/**
 * A list's CSV (UTF-8 with BOM, so Excel shows the Vietnamese): one line a person, with
 * where to sign in and the first-sign-in rule on every line, so any part of it cut out
 * still says so. Several lists (Văn phòng's) share one header.
 */
export function handoverCsv(
  lists: readonly HandoverList[],
  password: (r: ProvisionRecord) => string,
  signIn: string,
): string {
  const T = HANDOVER_TEXT;
  const lines = [csvLine(T.header)];
  let n = 0;
  for (const list of lists)
    for (const r of list.people)
      lines.push(
        csvLine([
          String(++n),
          neutralise(r.fullName),
          neutralise(r.unit),
          neutralise(r.commune),
          r.address,
          password(r),
          T.signInLine(signIn),
          T.changeAtFirstSignIn,
        ]),
      );
  return BOM + lines.join(EOL) + EOL;
}

const slug = (text: string): string =>
  foldKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'don-vi';

/** File names, distinct within one export: commune and unit, made ASCII. */
export function handoverFileNames(lists: readonly Pick<HandoverList, 'unit' | 'commune'>[]): string[] {
  const seen = new Map<string, number>();
  return lists.map((l) => {
    const base = `ban-giao-${slug(l.commune)}-${slug(l.unit)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${n > 1 ? `${base}-${n}` : base}.csv`;
  });
}

/**
 * A fingerprint of the set of addresses (FNV-1a over them sorted): a later part of an
 * export job re-derives the run's passwords only when the set is still the one the
 * provisioning files were written for. Change detection, not secrecy.
 */
export function addressesDigest(records: readonly ProvisionRecord[]): string {
  let hash = 0x811c9dc5;
  for (const address of records.map((r) => r.address).sort()) {
    for (let i = 0; i < address.length; i++) hash = Math.imul(hash ^ address.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 10, 0x01000193) >>> 0;
  }
  return `${records.length}:${hash.toString(16)}`;
}
