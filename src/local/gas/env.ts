/**
 * What every fake service shares: the virtual clock, the call log, the execution that is
 * running (its kind, user and time budget) and Google's limits.
 */
import { CallLog, type CallMeasure } from './calls';
import { GAS_ERRORS, gasError } from './errors';
import type { AuthMode } from './auth-modes';
import { referenceScopes, ScopePolicy } from './scopes';

/** `webApp`: a doGet/doPost request, where no spreadsheet is open and no UI exists. */
export type ExecutionKind = 'menu' | 'simpleTrigger' | 'installableTrigger' | 'scriptRun' | 'webApp' | 'external';

export interface Limits {
  cellsPerSpreadsheet: number;
  charactersPerCell: number;
  simpleTriggerMs: number;
  executionMs: number;
  mailRecipientsPerDay: number;
  /** To, cc and bcc of one message together. */
  mailRecipientsPerMessage: number;
  /** The larger of a message's plain and HTML body, in UTF-8 bytes. */
  mailBodyBytes: number;
  triggersPerUser: number;
  /** Total time installable triggers may run per user per day (see identity.ts for the account kinds). */
  triggerRuntimePerDayMs: number;
  propertyValueBytes: number;
  propertyStoreBytes: number;
  cacheValueBytes: number;
  cacheMaxTtlSeconds: number;
  /** Blob.getAs conversions per user per 24 hours (see blob-convert.ts). */
  filesConvertedPerDay: number;
}

export const GOOGLE_LIMITS: Limits = {
  cellsPerSpreadsheet: 10_000_000,
  charactersPerCell: 50_000,
  simpleTriggerMs: 30_000,
  executionMs: 360_000,
  mailRecipientsPerDay: 100,
  mailRecipientsPerMessage: 50,
  mailBodyBytes: 200 * 1024,
  triggersPerUser: 20,
  triggerRuntimePerDayMs: 90 * 60_000,
  propertyValueBytes: 9 * 1024,
  propertyStoreBytes: 500 * 1024,
  cacheValueBytes: 100 * 1024,
  cacheMaxTtlSeconds: 21_600,
  filesConvertedPerDay: 2_000,
};

/** The virtual clock's offset from real time; documents of one GoogleWorld share one. */
export interface VirtualClock {
  offsetMs: number;
}

export interface Execution {
  id: number;
  kind: ExecutionKind;
  user: string;
  startedAt: number;
  limitMs: number;
  dead: boolean;
  /** What the run may call beyond its scopes (auth-modes.ts). */
  authMode: AuthMode;
  /**
   * Runs outside any document: an Editor add-on's time-driven trigger under the runtime's
   * `addonClockContext: 'none'` (see world.ts). getActive(), getDocumentProperties() and
   * getDocumentLock() then answer null.
   */
  detached?: boolean;
  /** A web app executing as its deployer: the person who opened it (`user` is the deployer). */
  viewer?: string;
}

export class Env {
  readonly calls: CallLog;
  readonly logs: string[] = [];
  private readonly clock: VirtualClock;
  private executionSeq = 0;
  current: Execution;
  /**
   * Who can edit the spreadsheet: the owner, those it was shared with (the runtime's `editors`
   * option) and anyone who ran something in it. A new protection stands for this list.
   */
  readonly editors = new Set<string>();
  /** The manifest's scopes (createGasRuntime sets them); every counted call is checked against them. */
  scopes: ScopePolicy = new ScopePolicy(null, referenceScopes);

  constructor(
    readonly limits: Limits,
    calls: CallLog,
    readonly timeZone: string,
    public owner: string,
    public defaultUser: string,
    clock: VirtualClock,
  ) {
    this.calls = calls;
    this.clock = clock;
    this.current = this.newExecution('external', defaultUser);
    if (owner) this.editors.add(owner.trim().toLowerCase());
  }

  /** The spreadsheet's editors, owner first. */
  spreadsheetEditors(): string[] {
    const owner = this.owner.trim().toLowerCase();
    return [...(owner ? [owner] : []), ...[...this.editors].filter((e) => e !== owner)];
  }

  /** Virtual now: the start date plus real time elapsed plus modelled service time. */
  now(): number {
    return Date.now() + this.clock.offsetMs;
  }

  advance(ms: number): void {
    this.clock.offsetMs += ms;
  }

  /** Simple triggers run in LIMITED unless told (an add-on's first onOpen is NONE); the rest in FULL. */
  newExecution(kind: ExecutionKind, user: string, authMode?: AuthMode): Execution {
    const limitMs =
      kind === 'simpleTrigger' ? this.limits.simpleTriggerMs : kind === 'external' ? Infinity : this.limits.executionMs;
    const mode = authMode ?? (kind === 'simpleTrigger' ? 'LIMITED' : 'FULL');
    if (user) this.editors.add(user.trim().toLowerCase());
    return { id: ++this.executionSeq, kind, user, startedAt: this.now(), limitMs, dead: false, authMode: mode };
  }

  /** Counts a call, advances the clock by its modelled cost, and enforces the execution's rules. */
  call(method: string, cells?: CallMeasure): void {
    const execution = this.current;
    if (execution.dead || this.now() - execution.startedAt > execution.limitMs) {
      execution.dead = true;
      throw gasError(GAS_ERRORS.timeLimit);
    }
    this.scopes.check(method, execution.authMode);
    this.advance(this.calls.record(method, cells));
  }

  log(line: string): void {
    this.logs.push(line);
  }
}
