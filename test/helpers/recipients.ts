/** Văn phòng approving hand-over recipients through the dialog's own server functions. */
import type { Runtime } from '../addon/runtime';
import { OWNER } from '../addon/runtime';
import type { RecipientReview } from '../../src/addon/recipient-approval';

/** The dialog's view as a page receives it, or a refusal. */
export type Review = RecipientReview & { message?: string };

export const reviewOf = (rt: Runtime, user = OWNER): Review => rt.scriptRun<Review>(user, 'getRecipientReview')!;

/** "Duyệt tất cả" as the dialog sends it: every pending proposal of a unit with one. */
export function approveAll(rt: Runtime, user = OWNER): Review {
  const pending = reviewOf(rt, user).pending.filter((p) => !p.conflict);
  return rt.scriptRun<Review>(user, 'decideRecipients', [
    { approve: pending.map((p) => ({ unitKey: p.unitKey, address: p.proposed })), reject: [] },
  ])!;
}
