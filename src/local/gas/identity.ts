/**
 * Who a run is, as Google reports it, and the quotas of the account kind.
 *
 * - Session.getActiveUser / User.getEmail (https://developers.google.com/apps-script/reference/base/user#getEmail()):
 *   blank "in any context that allows a script to run without that user's authorization, like a
 *   simple onOpen(e) or onEdit(e) trigger … However, these restrictions generally do not apply if
 *   the developer runs the script themselves or belongs to the same Google Workspace domain as the user."
 * - Session.getEffectiveUser (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()):
 *   under an installable trigger, the account that created the trigger; "in most other
 *   scenarios, this is the same account returned by getActiveUser()".
 * - Installable triggers "always run under the account of the person who created them"
 *   (https://developers.google.com/apps-script/guides/triggers/installable#restrictions): the runtime
 *   fires them as their owner, so both users are the owner there.
 * - A web app that executes as its deployer (manifest `webapp.executeAs: USER_DEPLOYING`): the viewer's
 *   address is not available in "a web app deployed to "execute as me" (that is, authorized by the
 *   developer instead of the user)" (getActiveUser reference above), unless the viewer is the deployer
 *   or "belongs to the same Google Workspace domain"; getEffectiveUser is "the user under whose
 *   authority the script is running" (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()),
 *   the deployer, whose Drive, mail quota and user properties the run uses.
 * - Spreadsheet.getOwner returns null for a file in a shared drive: shared drives own their files
 *   (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getOwner()).
 * - Quotas differ by account kind ("Quotas for Google Services",
 *   https://developers.google.com/apps-script/guides/services/quotas): e-mail recipients 100 a day
 *   (consumer) or 1,500 (Workspace); total trigger runtime 90 min or 6 h a day; files converted
 *   2,000 or 4,000 a day; 20 triggers per user per script for both.
 */
import { createHash } from 'node:crypto';
import type { Env, Limits } from './env';

export type AccountKind = 'consumer' | 'workspace';

export interface IdentityOptions {
  /** Google Workspace (the department's haiphong.edu.vn accounts) or consumer (gmail.com) quotas and rules. */
  account?: AccountKind;
  /** The workbook lives in a shared drive: it has no owner and getOwner() returns null. */
  sharedDrive?: boolean;
  /** Who wrote and first authorised the script (for a bound script, usually the workbook's creator). */
  developer?: string;
}

const HOUR = 3_600_000;

/** The limits that depend on the account kind; the rest are the same for both. */
export function accountLimits(
  kind: AccountKind,
): Pick<Limits, 'mailRecipientsPerDay' | 'mailBodyBytes' | 'triggerRuntimePerDayMs' | 'filesConvertedPerDay'> {
  return kind === 'workspace'
    ? {
        mailRecipientsPerDay: 1_500,
        mailBodyBytes: 400 * 1024,
        triggerRuntimePerDayMs: 6 * HOUR,
        filesConvertedPerDay: 4_000,
      }
    : {
        mailRecipientsPerDay: 100,
        mailBodyBytes: 200 * 1024,
        triggerRuntimePerDayMs: 1.5 * HOUR,
        filesConvertedPerDay: 2_000,
      };
}

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export class Identity {
  readonly account: AccountKind;
  readonly sharedDrive: boolean;
  readonly developer: string;

  constructor(
    private readonly env: Env,
    options: IdentityOptions,
    fallbackDeveloper: string,
  ) {
    this.account = options.account ?? 'consumer';
    this.sharedDrive = options.sharedDrive === true;
    this.developer = options.developer ?? fallbackDeveloper;
  }

  /** What Spreadsheet.getOwner() reports: null in a shared drive. */
  fileOwner(): string | null {
    return this.sharedDrive || !this.env.owner ? null : this.env.owner;
  }

  activeUserEmail(): string {
    const { kind, user, viewer } = this.env.current;
    // A web app executing as its deployer: `user` is the deployer, the viewer did not authorise it.
    if (viewer !== undefined) return this.unlessAuthorised(viewer, user);
    if (kind !== 'simpleTrigger') return user;
    // A simple trigger runs without the user's authorisation.
    return this.unlessAuthorised(user, this.developer);
  }

  /** `person`'s address where they did not authorise the run: theirs only to `author` or `author`'s Workspace domain. */
  private unlessAuthorised(person: string, author: string): string {
    if (person.toLowerCase() === author.toLowerCase()) return person;
    const sameWorkspace = this.account === 'workspace' && domainOf(person) === domainOf(author);
    return sameWorkspace ? person : '';
  }

  effectiveUserEmail(): string {
    const { kind, viewer, user } = this.env.current;
    if (viewer !== undefined) return user;
    return kind === 'simpleTrigger' ? this.activeUserEmail() : user;
  }
}

export function makeSession(env: Env, identity: Identity): Record<string, unknown> {
  const user = (email: () => string) => ({ getEmail: email, getUsername: () => email().split('@')[0] });
  return {
    getActiveUser: () => {
      env.call('Session.getActiveUser');
      const email = identity.activeUserEmail();
      return user(() => email);
    },
    getEffectiveUser: () => {
      env.call('Session.getEffectiveUser');
      const email = identity.effectiveUserEmail();
      return user(() => email);
    },
    getScriptTimeZone: () => (env.call('Session.getScriptTimeZone'), env.timeZone),
    getTemporaryActiveUserKey: () => (
      env.call('Session.getTemporaryActiveUserKey'),
      createHash('sha256').update(env.current.user).digest('hex').slice(0, 24)
    ),
    getActiveUserLocale: () => (env.call('Session.getActiveUserLocale'), 'vi'),
  };
}
