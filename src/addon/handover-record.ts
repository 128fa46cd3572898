/**
 * Keeps each part's hand-over lists in 'Sổ bàn giao': a row per unit of each list, naming its
 * recipient (the approved focal address, or Văn phòng's own file) and its number of addresses.
 */
import { HANDOVER_RECORD_TEXT as T, RECIPIENT_TEXT as R } from '../i18n/handover';
import { appendHandoverRecord } from '../sheets/handover-record-sheet';
import type { HandoverFile } from './handover';
import { ownedSheetIds } from './owned-sheets';
import type { RunContext } from './run-context';

/** The warning to show when the record could not be kept, else null. */
export function recordHandover(
  ctx: RunContext,
  officeEmails: readonly string[],
  at: { batch: number; now: Date },
  files: readonly HandoverFile[],
): string | null {
  const rows = files.flatMap((f) =>
    f.perUnit.map((u) => [at.batch, at.now, u.unit, f.sharedWith || R.office, u.rows, f.fileName]),
  );
  return appendHandoverRecord(ctx.ss, ownedSheetIds(ctx.props), rows, officeEmails) ? null : T.notKept;
}
