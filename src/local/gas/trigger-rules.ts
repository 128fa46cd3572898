/**
 * What Google enforces on installable triggers beyond the 20-per-user count, by deployment.
 *
 * A published Editor add-on ("Triggers for Editor add-ons", section "Installable triggers restrictions",
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers): each add-on may have
 * only one trigger of each type, per user, per document; time-driven triggers cannot run more
 * often than once per hour ("an add-on can use a time-driven trigger once per hour at most",
 * https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers).
 * A one-off timer due sooner than an hour counts as running more often than hourly here: the
 * runtime cannot tell a chain of one-minute one-offs from a one-minute timer, and neither can
 * the rule's intent.
 *
 * Every deployment: total trigger runtime per user per day ("Quotas for Google Services",
 * https://developers.google.com/apps-script/guides/services/quotas): 90 min consumer, 6 h Workspace.
 */
import type { Env } from './env';
import { gasError } from './errors';
import { RollingQuota } from './rolling-quota';
import type { TriggerRecord } from './triggers';

export type Deployment = 'bound' | 'addon';

const HOUR = 3_600_000;

export const TRIGGER_RULE_ERRORS = {
  addonOnePerType: (type: string) =>
    `An add-on may only have one trigger of each type per user per document (type ${type} already exists).`,
  addonHourly: 'Add-ons may only create time-driven triggers that run at most once per hour.',
  runtimeQuota: 'Service using too much computer time for one day.',
} as const;

/** Throws as Google does when `record` (about to be created by `owner`) breaks the deployment's rules. */
export function checkNewTrigger(
  deployment: Deployment,
  existing: readonly TriggerRecord[],
  record: Pick<TriggerRecord, 'type' | 'everyMs'>,
  owner: string,
  delayMs: number,
): void {
  if (deployment !== 'addon') return;
  if (existing.some((r) => r.owner === owner && r.type === record.type))
    throw gasError(TRIGGER_RULE_ERRORS.addonOnePerType(record.type));
  if (record.type !== 'CLOCK') return;
  const tooOften = record.everyMs > 0 ? record.everyMs < HOUR : delayMs < HOUR;
  if (tooOften) throw gasError(TRIGGER_RULE_ERRORS.addonHourly);
}

/**
 * Virtual milliseconds each account's triggers ran, in that account's 24 hours: quotas "are per
 * user and reset 24 hours after the first request" (quotas page above), not at midnight.
 */
export class TriggerRuntimeBudget {
  private readonly used = new RollingQuota();

  usedMs(owner: string, now: number): number {
    return this.used.used(owner, now);
  }

  /** Throws Google's quota error when `owner` has no trigger time left. */
  admit(env: Env, owner: string): void {
    if (this.usedMs(owner, env.now()) >= env.limits.triggerRuntimePerDayMs)
      throw gasError(TRIGGER_RULE_ERRORS.runtimeQuota);
  }

  charge(owner: string, startedAt: number, endedAt: number): void {
    this.used.charge(owner, startedAt, Math.max(0, endedAt - startedAt));
  }
}
