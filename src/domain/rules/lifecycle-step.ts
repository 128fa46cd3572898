/**
 * After addresses: what the register's batches and the directory's list say of each
 * address the add-on assigned, and NOT_CREATED for a batch's address the technical unit
 * has not created a week on.
 */
import { EXPORTED_STATUS, FINDING_TEXT, LIFECYCLE_STATUS, NOT_CREATED_MESSAGE, REPORT_TEXT } from '../../i18n/findings';
import { ROSTER_HEADER_TEXT } from '../columns';
import { loadDirectory, type Directory } from '../directory';
import { isNotCreated, lifecycleOf, NOT_CREATED_AFTER_DAYS, type ExportLookup, type Lifecycle } from '../lifecycle';
import type { RosterPerson } from '../person';
import { cleanText } from '../text';
import type { CellValue, RawTable } from '../types';
import { flag, type RosterSheet } from './flag';
import type { RosterTab } from './read-roster';

/** The directory's list, with a note when the sheet is absent or has no address column. */
export function readDirectory(table: RawTable | null | undefined, domain: string, notes: string[]): Directory | null {
  const load = loadDirectory(table, domain);
  if (load === null) notes.push(REPORT_TEXT.noDirectory);
  else if (!load.ok) notes.push(REPORT_TEXT.missingOptional(table!.sheetName, load.missing));
  return load?.ok ? load.directory : null;
}

/** NOT_CREATED on `Email công vụ` of a row holding an address of a batch the directory still lacks. */
export function flagNotCreated(
  sheet: RosterSheet,
  p: RosterPerson,
  exportOf: ExportLookup,
  directory: Directory | null,
  now: Date,
): void {
  const exported = p.ledgerAddress ? exportOf(p.ledgerAddress) : null;
  if (!exported || !isNotCreated(p.ledgerAddress, exported, directory, now)) return;
  flag(
    sheet,
    p,
    'address',
    ROSTER_HEADER_TEXT.address,
    'NOT_CREATED',
    FINDING_TEXT.notCreated(exported.batch, cleanText(exported.exportedAt), NOT_CREATED_AFTER_DAYS),
  );
}

/**
 * onEdit reads neither the batches nor the directory: a NOT_CREATED the row shows in `Lỗi`
 * stays (the next full run decides), rather than vanishing on every edit of the row.
 */
export function keepShownNotCreated(sheet: RosterTab, p: RosterPerson): void {
  const at = sheet.columns.messages;
  const shown = at === undefined ? '' : String(sheet.values[p.ref.row - 1]?.[at] ?? '');
  const message = NOT_CREATED_MESSAGE.exec(shown)?.[0];
  if (message) flag(sheet, p, 'address', ROSTER_HEADER_TEXT.address, 'NOT_CREATED', message);
}

/** The stage `Trạng thái` shows: the words are turned back into a stage, anything else is 'assigned'. */
export function shownLifecycle(shown: CellValue): Lifecycle {
  const text = cleanText(shown);
  if (text === LIFECYCLE_STATUS.inUse) return { stage: 'inUse' };
  if (text === LIFECYCLE_STATUS.created) return { stage: 'created' };
  const exported = EXPORTED_STATUS.exec(text);
  return exported ? { stage: 'exported', batch: Number(exported[1]) } : { stage: 'assigned' };
}

/**
 * Each addressed person's stage. `unread`: the batches and the directory were not read
 * (onEdit reads neither), so a stage cannot be computed and the row keeps the one it shows.
 */
export function lifecycleLookup(
  tabs: readonly RosterTab[],
  exportOf: ExportLookup,
  directory: Directory | null,
  unread: boolean,
): (p: RosterPerson, address: string) => Lifecycle {
  if (unread)
    return (p) => {
      const { values, columns } = tabs[p.tab];
      return shownLifecycle(columns.status === undefined ? '' : (values[p.ref.row - 1]?.[columns.status] ?? ''));
    };
  return (_p, address) => lifecycleOf(exportOf(address), directory?.accounts.get(address));
}

export function lifecycleText(l: Lifecycle): string {
  return l.stage === 'exported' ? LIFECYCLE_STATUS.exported(l.batch) : LIFECYCLE_STATUS[l.stage];
}
