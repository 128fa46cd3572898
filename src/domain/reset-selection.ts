/** What Văn phòng typed into the reset prompt, as a selection; null when it names nothing. */
import { BATCH_TEXT } from '../i18n/batches';
import type { ResetSelection } from './batches';

export function parseResetSelection(text: string): ResetSelection | null {
  const batch = BATCH_TEXT.resetBatchPattern.exec(text);
  if (batch) return { batch: Number(batch[1]) };
  const unit = BATCH_TEXT.resetUnitPattern.exec(text);
  if (unit) return { unit: unit[1].trim(), commune: (unit[2] ?? '').trim() };
  const addresses = [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((a) => a.trim().toLowerCase())
        .filter((a) => a.includes('@')),
    ),
  ];
  return addresses.length > 0 ? { addresses } : null;
}
