/** ScriptApp: installable triggers, fired by the virtual clock. */
import type { Env } from './env';
import { GAS_ERRORS, gasError } from './errors';
import { checkNewTrigger, type Deployment } from './trigger-rules';

export const EventType = {
  CLOCK: 'CLOCK',
  ON_EDIT: 'ON_EDIT',
  ON_OPEN: 'ON_OPEN',
  ON_CHANGE: 'ON_CHANGE',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
} as const;
export const TriggerSource = { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' } as const;
export const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', FULL: 'FULL' } as const;

export interface TriggerRecord {
  id: string;
  handler: string;
  handlerFunction: string;
  type: keyof typeof EventType;
  owner: string;
  /** The spreadsheet whose user made it (an add-on's triggers are "for the file in which the add-on is used"). */
  documentId: string;
  /** Time-driven: the next time it is due, and the period (0 = one-off). */
  nextRunAt: number;
  everyMs: number;
}

let triggerSeq = 0;

export class Trigger {
  constructor(
    private readonly env: Env,
    readonly record: TriggerRecord,
  ) {}
  getHandlerFunction(): string {
    this.env.call('Trigger.getHandlerFunction');
    return this.record.handler;
  }
  getUniqueId(): string {
    this.env.call('Trigger.getUniqueId');
    return this.record.id;
  }
  getEventType(): string {
    this.env.call('Trigger.getEventType');
    return this.record.type;
  }
  getTriggerSource(): string {
    this.env.call('Trigger.getTriggerSource');
    return this.record.type === 'CLOCK' ? TriggerSource.CLOCK : TriggerSource.SPREADSHEETS;
  }
}

export class TriggerTable {
  records: TriggerRecord[] = [];
  constructor(readonly deployment: Deployment = 'bound') {}
  /**
   * `owner`'s triggers in the project `documentId` runs in: an add-on's project spans every
   * document it is used in; a bound script's project is its document.
   */
  projectTriggers(owner: string, documentId: string): TriggerRecord[] {
    return this.records.filter(
      (r) => r.owner === owner && (this.deployment === 'addon' || r.documentId === documentId),
    );
  }
  /** `owner`'s triggers in the one document `documentId`. */
  documentTriggers(owner: string, documentId: string): TriggerRecord[] {
    return this.records.filter((r) => r.owner === owner && r.documentId === documentId);
  }
  /** `delayMs`: how far ahead a one-off timer was asked to fire, as the caller asked it. */
  add(env: Env, record: Omit<TriggerRecord, 'id' | 'owner' | 'handlerFunction'>, delayMs = 0): Trigger {
    const owner = env.current.user;
    // "20 triggers per user per script" (quotas page): an add-on's count spans its documents.
    if (this.projectTriggers(owner, record.documentId).length >= env.limits.triggersPerUser)
      throw gasError(GAS_ERRORS.tooManyTriggers);
    checkNewTrigger(this.deployment, this.documentTriggers(owner, record.documentId), record, owner, delayMs);
    const full: TriggerRecord = { ...record, id: String(++triggerSeq), owner, handlerFunction: record.handler };
    this.records.push(full);
    return new Trigger(env, full);
  }
}

class ClockTriggerBuilder {
  private everyMs = 0;
  private firstAt = 0;
  private delayMs = 0;
  constructor(
    private readonly env: Env,
    private readonly table: TriggerTable,
    private readonly handler: string,
    private readonly documentId: string,
  ) {}
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n)) throw gasError(GAS_ERRORS.everyMinutes);
    this.everyMs = n * 60_000;
    return this;
  }
  everyHours(n: number): this {
    this.everyMs = Math.max(1, n) * 3_600_000;
    return this;
  }
  everyDays(n: number): this {
    this.everyMs = Math.max(1, n) * 86_400_000;
    return this;
  }
  everyWeeks(n: number): this {
    this.everyMs = Math.max(1, n) * 7 * 86_400_000;
    return this;
  }
  atHour(_h: number): this {
    return this;
  }
  nearMinute(_m: number): this {
    return this;
  }
  after(ms: number): this {
    this.firstAt = this.env.now() + Math.max(0, ms);
    this.delayMs = Math.max(0, ms);
    return this;
  }
  at(date: Date): this {
    this.firstAt = date.getTime();
    this.delayMs = Math.max(0, this.firstAt - this.env.now());
    return this;
  }
  create(): Trigger {
    this.env.call('ClockTriggerBuilder.create');
    const nextRunAt = this.firstAt || this.env.now() + this.everyMs;
    return this.table.add(
      this.env,
      {
        handler: this.handler,
        type: 'CLOCK',
        documentId: this.documentId,
        nextRunAt,
        everyMs: this.firstAt ? 0 : this.everyMs,
      },
      this.delayMs,
    );
  }
}

class SpreadsheetTriggerBuilder {
  private type: TriggerRecord['type'] = 'ON_EDIT';
  constructor(
    private readonly env: Env,
    private readonly table: TriggerTable,
    private readonly handler: string,
    private readonly documentId: string,
  ) {}
  onEdit(): this {
    return this.on('ON_EDIT');
  }
  onOpen(): this {
    return this.on('ON_OPEN');
  }
  onChange(): this {
    return this.on('ON_CHANGE');
  }
  onFormSubmit(): this {
    return this.on('ON_FORM_SUBMIT');
  }
  private on(type: TriggerRecord['type']): this {
    this.type = type;
    return this;
  }
  create(): Trigger {
    this.env.call('SpreadsheetTriggerBuilder.create');
    const { handler, type, documentId } = this;
    return this.table.add(this.env, { handler, type, documentId, nextRunAt: Infinity, everyMs: 0 });
  }
}

/**
 * `webAppUrl`: the deployment's /exec URL, or null while the project has no web app
 * deployment (Google's getUrl() then returns null too).
 */
export function makeScriptApp(
  env: Env,
  table: TriggerTable,
  documentId: string,
  webAppUrl: () => string | null = () => null,
): Record<string, unknown> {
  // A Spreadsheet, or its key: forSpreadsheet takes either (TriggerBuilder reference).
  const idOf = (ss: unknown): string => {
    const id = typeof ss === 'string' ? ss : (ss as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') throw gasError(GAS_ERRORS.invalidArgument('spreadsheet'));
    return id;
  };
  return {
    getService: () => {
      env.call('ScriptApp.getService');
      return {
        getUrl: () => (env.call('Service.getUrl'), webAppUrl()),
        isEnabled: () => (env.call('Service.isEnabled'), webAppUrl() !== null),
      };
    },
    newTrigger: (handler: string) => {
      env.call('ScriptApp.newTrigger');
      return {
        timeBased: () => new ClockTriggerBuilder(env, table, handler, documentId),
        forSpreadsheet: (ss: unknown) => new SpreadsheetTriggerBuilder(env, table, handler, idOf(ss)),
      };
    },
    // See world.ts: an add-on's project spans the user's documents; getUserTriggers is one document's.
    getProjectTriggers: () => {
      env.call('ScriptApp.getProjectTriggers');
      return table.projectTriggers(env.current.user, documentId).map((r) => new Trigger(env, r));
    },
    getUserTriggers: (ss: unknown) => {
      env.call('ScriptApp.getUserTriggers');
      return table.documentTriggers(env.current.user, idOf(ss)).map((r) => new Trigger(env, r));
    },
    deleteTrigger: (trigger: Trigger) => {
      env.call('ScriptApp.deleteTrigger');
      // Another account's trigger (or another project's) is invisible here, so it cannot be removed from here.
      const mine = new Set(table.projectTriggers(env.current.user, documentId));
      table.records = table.records.filter((r) => r.id !== trigger.record.id || !mine.has(r));
    },
    getAuthorizationInfo: () => ({ getAuthorizationStatus: () => 'NOT_REQUIRED', getAuthorizationUrl: () => null }),
    getScriptId: () => 'local-script',
    AuthMode,
    EventType,
    TriggerSource,
    AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
  };
}
