/**
 * A daily quota as Google counts it: "Quotas are per user and reset 24 hours after the first
 * request" ("Quotas for Google Services", https://developers.google.com/apps-script/guides/services/quotas).
 * So each account has its own window, opened by its first request and closed 24 hours later;
 * the next request after that opens a new one. Not a calendar day, and not shared between accounts.
 */
const DAY_MS = 24 * 3_600_000;

export class RollingQuota {
  private readonly windows = new Map<string, { openedAt: number; used: number }>();

  private window(user: string, now: number): { openedAt: number; used: number } | null {
    const w = this.windows.get(user.toLowerCase());
    return w && now - w.openedAt < DAY_MS ? w : null;
  }

  used(user: string, now: number): number {
    return this.window(user, now)?.used ?? 0;
  }

  remaining(user: string, now: number, limit: number): number {
    return limit - this.used(user, now);
  }

  /** Counts `amount` against `user`'s window, opening a new window when none is open. */
  charge(user: string, now: number, amount: number): void {
    const open = this.window(user, now);
    if (open) open.used += amount;
    else this.windows.set(user.toLowerCase(), { openedAt: now, used: amount });
  }
}
