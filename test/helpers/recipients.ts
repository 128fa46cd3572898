/** Văn phòng approving hand-over recipients through the dialog's own server functions. */
import type { Runtime } from '../addon/runtime';
import { OWNER } from '../addon/runtime';

export interface Pending {
  unitKey: string;
  label: string;
  old: string;
  proposed: string;
  outside: boolean;
  conflict: boolean;
}

export interface Review {
  ok: boolean;
  message?: string;
  pending: Pending[];
  approved: number;
  warning?: string;
  done?: string;
}

export const reviewOf = (rt: Runtime, user = OWNER): Review => rt.scriptRun<Review>(user, 'getRecipientReview')!;

/** "Duyệt tất cả" as the dialog sends it: every pending proposal of a unit with one. */
export function approveAll(rt: Runtime, user = OWNER): Review {
  const pending = reviewOf(rt, user).pending.filter((p) => !p.conflict);
  return rt.scriptRun<Review>(user, 'decideRecipients', [
    { approve: pending.map((p) => ({ unitKey: p.unitKey, address: p.proposed })), reject: [] },
  ])!;
}
