/**
 * The local Apps Script runtime: in-memory services that behave as Google documents
 * them, a virtual clock, call counting with a cost model, and a sandbox that loads the
 * built bundle exactly as `clasp push` sends it.
 */
import { join } from 'node:path';
import vm from 'node:vm';
import gasLocal from 'gas-local';
import { LOCAL_RUNTIME_TEXT } from '../../i18n/cli';
import type { GridWorkbook, WorkbookData } from '../workbook-data';
import { BlobConverter, type PdfMaker } from './blob-convert';
import { CallLog, resolveCostModel, type CostModel } from './calls';
import { ChartType } from './chart';
import { Env, GOOGLE_LIMITS, type ExecutionKind, type Limits } from './env';
import { makeDriveAdvanced } from './drive-advanced';
import { makeHtmlService } from './html';
import { advancedService, readManifest, type Manifest } from './manifest';
import type { AuthMode } from './auth-modes';
import { referenceScopes, ScopePolicy } from './scopes';
import { accountLimits, Identity, makeSession, type AccountKind } from './identity';
import { reachableFunctions, transferArguments, transferResult } from './script-run';
import { makeConsole, makeDriveApp, makeLogger, makeMailApp, makeUtilities, type MailLog } from './services';
import { makeSpreadsheetApp, Spreadsheet } from './spreadsheet';
import { lockScopes, makeCacheService, makeLockService, makePropertiesService, type LockTable } from './storage';
import type { Deployment } from './trigger-rules';
import { makeScriptApp, type TriggerRecord } from './triggers';
import { Ui, UiLog } from './ui';
import { createGoogleWorld, type GoogleWorld } from './world';

export { DEFAULT_COST_MODEL, type CostModel } from './calls';
export { GOOGLE_LIMITS, type Limits } from './env';
export type { AccountKind } from './identity';
export type { Deployment } from './trigger-rules';
export { LOCAL_NO_PDF_MAKER, type PdfMaker } from './blob-convert';
export { createGoogleWorld, type ClockContext, type GoogleWorld, type WorldOptions } from './world';

export interface GasRuntimeOptions {
  /** Cells as objects (small workbooks, tests) or as a grid (large files, adopted without a copy). */
  workbook?: WorkbookData | GridWorkbook;
  user?: string;
  owner?: string;
  timeZone?: string;
  now?: Date;
  costModel?: Partial<CostModel> | Record<string, number> | false;
  limits?: Partial<Limits>;
  /** Run as the published add-on of this store name (its menu takes that name). */
  addonName?: string;
  /**
   * Run as a script bound to the spreadsheet, in an Apps Script project of this name;
   * Google names a new project "Untitled project". Ignored when addonName is set.
   */
  scriptName?: string;
  /** Folder of the built bundle (Code.js and the HTML files); default <repo>/build. */
  bundleDir?: string;
  /** The web app deployment's URL; absent: not deployed, ScriptApp.getService().getUrl() is null. */
  webAppUrl?: string;
  /** The manifest whose scopes and advanced services apply; default the built one. */
  manifest?: Manifest;
  /** Quotas and identity rules of a consumer (default, the stricter) or a Google Workspace account. */
  account?: AccountKind;
  /** The workbook lives in a shared drive: Spreadsheet.getOwner() returns null. */
  sharedDrive?: boolean;
  /** Accounts the spreadsheet is shared with as editors, beyond its owner and whoever runs something. */
  editors?: string[];
  /** Who wrote the script (simple triggers show the user's e-mail to the developer's own Workspace domain). */
  developer?: string;
  /** Who deployed the web app (default the developer): a web app executing as its deployer runs as them. */
  deployer?: string;
  /** A bound script (default) or a published Editor add-on, whose installable triggers Google restricts further. */
  deployment?: Deployment;
  /**
   * Prints HTML to PDF for Blob.getAs('application/pdf') (a test tool: test/helpers/chromium-pdf.ts).
   * Absent (the offline command, ordinary tests): getAs('application/pdf') throws LOCAL_NO_PDF_MAKER.
   */
  pdfMaker?: PdfMaker;
  /**
   * The Google this document lives in, shared with other documents (createGoogleWorld): one Drive,
   * one mail quota per account, one clock and, for an add-on, one project (its script properties and
   * every document's triggers). Absent: a world of its own, with this runtime's `deployment` and `now`.
   */
  world?: GoogleWorld;
}

export interface RunOptions {
  as?: Exclude<ExecutionKind, 'external'>;
  /** Outside any document (see world.ts ClockContext); the runtime sets it for an add-on's clock trigger. */
  detached?: boolean;
  user?: string;
  /** Defaults to NONE for a simple trigger whose event says NONE, LIMITED for other simple triggers, else FULL. */
  authMode?: AuthMode;
}

export interface TriggerFiring {
  handler: string;
  ok: boolean;
  result?: unknown;
  error?: string;
}

/** The name Apps Script gives a project created from Extensions › Apps Script. */
export const UNTITLED_PROJECT = 'Untitled project';

const DEFAULT_BUNDLE_DIR = join(__dirname, '..', '..', '..', 'build');

/**
 * `Date` for the sandbox: runs on the virtual clock, and any host Date (a cell value the
 * runtime hands over) counts as an instance, so `instanceof Date` works both ways. A
 * class rather than a Proxy: the bundle tests `instanceof Date` on every cell.
 */
function virtualDate(env: Env): DateConstructor {
  const HostDate = Date;
  class VirtualDate extends HostDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(env.now());
      else super(...(args as [number]));
    }
    static now(): number {
      return env.now();
    }
    static [Symbol.hasInstance](value: unknown): boolean {
      // Dates from another realm (a test's, a worker's) are Dates too.
      return value instanceof HostDate || Object.prototype.toString.call(value) === '[object Date]';
    }
  }
  // Date.prototype's methods as its own properties, as on the real one: libraries that list
  // them (@date-fns/tz's TZDate wraps each) must see what they see in Apps Script.
  for (const name of Object.getOwnPropertyNames(HostDate.prototype))
    if (name !== 'constructor')
      Object.defineProperty(VirtualDate.prototype, name, Object.getOwnPropertyDescriptor(HostDate.prototype, name)!);
  return VirtualDate as unknown as DateConstructor;
}

/** Who runs, under which account's limits and manifest, on which clock: the execution environment. */
function makeEnv(options: GasRuntimeOptions) {
  const user = options.user ?? 'vanphong@haiphong.edu.vn';
  const owner = options.owner ?? user;
  const account = options.account ?? 'consumer';
  const limits: Limits = { ...GOOGLE_LIMITS, ...accountLimits(account), ...options.limits };
  const calls = new CallLog(resolveCostModel(options.costModel));
  // A shared drive owns its files: the runtime keeps no owner, and getOwner() answers null.
  const fileOwner = options.sharedDrive ? '' : owner;
  const world = options.world ?? createGoogleWorld({ deployment: options.deployment, now: options.now });
  if (options.deployment && options.deployment !== world.deployment)
    throw new Error(`Local runtime: this world runs a ${world.deployment} deployment, not ${options.deployment}`);
  const env = new Env(limits, calls, options.timeZone ?? 'Asia/Ho_Chi_Minh', fileOwner, user, world.clock);
  for (const editor of options.editors ?? []) env.editors.add(editor.trim().toLowerCase());
  const identity = new Identity(env, { ...options, account }, options.developer ?? owner);
  const manifest = options.manifest ?? readManifest(options.bundleDir ?? DEFAULT_BUNDLE_DIR);
  env.scopes = new ScopePolicy(manifest.oauthScopes ?? null, referenceScopes);
  return { user, limits, calls, env, identity, manifest, world };
}

/** The workbook, its UI and the services' own records (Drive, mail, triggers, locks, properties). */
function makeState(env: Env, options: GasRuntimeOptions, world: GoogleWorld) {
  const uiLog = new UiLog();
  const spreadsheet = new Spreadsheet(env, LOCAL_RUNTIME_TEXT.spreadsheetName, (message, title) =>
    uiLog.toasts.push({ message, title }),
  );
  spreadsheet.load(options.workbook ?? { name: LOCAL_RUNTIME_TEXT.spreadsheetName, sheets: [] });
  return {
    uiLog,
    spreadsheet,
    ui: new Ui(env, uiLog, options.addonName ?? options.scriptName ?? UNTITLED_PROJECT),
    world,
    drive: world.drive,
    mail: world.mail,
    triggerTable: world.triggerTable,
    lockTable: world.lockTable,
    converter: new BlobConverter(env, world.conversions, () => options.pdfMaker ?? null),
    ...makePropertyStores(world, spreadsheet.id),
  };
}

/** The property stores: the project's script store, this document's, and one per user (see world.ts). */
function makePropertyStores(world: GoogleWorld, documentId: string) {
  const properties = { script: world.scriptStore(documentId), document: {} as Record<string, string> };
  const userStore = (email: string): Record<string, string> => world.userStore(documentId, email);
  return { properties, userStore };
}

/** The Apps Script globals the bundle sees, over the runtime's state. */
function makeGlobals(
  state: ReturnType<typeof makeState> & {
    env: Env;
    identity: Identity;
    manifest: ReturnType<typeof makeEnv>['manifest'];
    bundleDir: () => string;
    context: () => vm.Context | null;
    webAppUrl: () => string | null;
  },
): Record<string, unknown> {
  const { env, spreadsheet, ui, properties, userStore, drive } = state;
  const globals: Record<string, unknown> = {
    SpreadsheetApp: makeSpreadsheetApp(env, spreadsheet, () => ui),
    HtmlService: makeHtmlService(env, state.bundleDir, state.context, state.converter),
    PropertiesService: makePropertiesService(env, {
      script: properties.script,
      document: properties.document,
      user: userStore,
    }),
    CacheService: makeCacheService(env, state.world.cachesOf(spreadsheet.id)),
    LockService: makeLockService(env, state.lockTable, state.world.projectOf(spreadsheet.id), spreadsheet.id),
    ScriptApp: makeScriptApp(env, state.triggerTable, spreadsheet.id, state.webAppUrl),
    Session: makeSession(env, state.identity),
    Utilities: makeUtilities(env, state.converter),
    DriveApp: makeDriveApp(env, drive, state.converter),
    MailApp: makeMailApp(env, state.mail),
    Logger: makeLogger(env),
    console: makeConsole(env),
    Charts: { ChartType },
    Date: virtualDate(env),
  };
  // Advanced services exist only when the manifest enables them, under the symbol it names.
  const driveService = advancedService(state.manifest, 'drive');
  if (driveService) {
    if (driveService.version !== 'v3')
      throw new Error(`Local runtime models Drive API v3, not ${driveService.version}`);
    globals[driveService.userSymbol] = makeDriveAdvanced(env, drive);
  }
  return globals;
}

/** What a test reads of MailApp: the mail sent and the remaining recipients of an account (default the runtime's user). */
function mailView(env: Env, limits: Limits, mail: MailLog, defaultUser: string) {
  return {
    get sent() {
      return mail.sent;
    },
    remaining: (user = defaultUser) => mail.quota.remaining(user, env.now(), limits.mailRecipientsPerDay),
  };
}

/** The manifest's `webapp.executeAs` (USER_DEPLOYING or USER_ACCESSING), or null without a web app section. */
function webAppExecutesAs(manifest: Manifest): string | null {
  const webapp = manifest.webapp as { executeAs?: unknown } | undefined;
  return typeof webapp?.executeAs === 'string' ? webapp.executeAs : null;
}

/** The execution of one run: who runs it, in which mode, inside a document or not. */
function newExecution(
  env: Env,
  project: { manifest: Manifest; deployer: string; user: string },
  opts: RunOptions,
  args: unknown[],
) {
  const kind = opts.as ?? 'menu';
  const runner = opts.user ?? project.user;
  // A web app deployed "execute as me" runs as its deployer for whoever opens it (identity.ts).
  const asDeployer = kind === 'webApp' && webAppExecutesAs(project.manifest) === 'USER_DEPLOYING';
  const execution = env.newExecution(kind, asDeployer ? project.deployer : runner, authModeOf(kind, opts, args));
  if (asDeployer) execution.viewer = runner;
  if (opts.detached) execution.detached = true;
  return execution;
}

/** A simple trigger never runs in FULL: NONE when the event says so, else LIMITED (the runtime's default). */
function authModeOf(kind: string, opts: RunOptions, args: unknown[]): RunOptions['authMode'] {
  const eventMode = (args[0] as { authMode?: unknown } | undefined)?.authMode;
  return opts.authMode ?? (kind === 'simpleTrigger' && eventMode === 'NONE' ? 'NONE' : undefined);
}

/** What a test reads and sets of the property stores; `user` is the runtime's default user. */
function propertiesView(
  properties: ReturnType<typeof makePropertyStores>['properties'],
  userStore: (email: string) => Record<string, string>,
  user: string,
) {
  return {
    script: properties.script,
    document: properties.document,
    get user(): Record<string, string> {
      return userStore(user);
    },
    userOf: userStore,
  };
}

type RunFn = <T = unknown>(fn: string, args?: unknown[], opts?: RunOptions) => T;

/** Moves a time-driven trigger's next due time past now (a one-off never fires again). */
function reschedule(record: TriggerRecord, now: number): void {
  if (record.everyMs > 0)
    record.nextRunAt += record.everyMs * Math.max(1, Math.ceil((now - record.nextRunAt + 1) / record.everyMs));
  // A one-off timer stays in the project's triggers after it fires (and still counts
  // towards the 20) until deleted; it just never fires again.
  else record.nextRunAt = Infinity;
}

/**
 * The test-side view of this document's installable triggers: the list, and firing what is due
 * on the virtual clock (world.fireDue() fires every document's).
 */
function makeTriggerControl(env: Env, world: GoogleWorld, documentId: string, run: RunFn) {
  const { triggerTable, triggerBudget } = world;
  // An Editor add-on's clock trigger under addonClockContext 'none' runs outside the document (world.ts).
  const detached = world.deployment === 'addon' && world.addonClockContext === 'none';
  const fireOne = (record: TriggerRecord): TriggerFiring => {
    reschedule(record, env.now());
    const event = { authMode: 'FULL', triggerUid: record.id, year: new Date(env.now()).getFullYear() };
    const startedAt = env.now();
    try {
      triggerBudget.admit(env, record.owner);
      const result = run(record.handler, [event], { as: 'installableTrigger', user: record.owner, detached });
      return { handler: record.handler, ok: true, result };
    } catch (error) {
      const failure = { handler: record.handler, ok: false, error: (error as Error).message };
      triggers.failures.push(failure);
      return failure;
    } finally {
      triggerBudget.charge(record.owner, startedAt, env.now());
    }
  };
  const triggers = {
    /** This document's triggers, every owner's. */
    get list(): TriggerRecord[] {
      return triggerTable.records.filter((r) => r.documentId === documentId).map((r) => ({ ...r }));
    },
    failures: [] as TriggerFiring[],
    /** Runs every time-driven trigger of this document that is due on the virtual clock, as its owner. */
    fireDue(): TriggerFiring[] {
      const due = triggerTable.records.filter(
        (r) => r.documentId === documentId && r.type === 'CLOCK' && r.nextRunAt <= env.now(),
      );
      // A handler may delete a trigger due later in the same round: it is looked up just before it fires.
      return due.flatMap((record) => (triggerTable.records.includes(record) ? [fireOne(record)] : []));
    },
  };
  world.documents.set(documentId, triggers);
  return triggers;
}

/** The test-side view of locks held by executions running at the same time. */
function lockControl(env: Env, lockTable: LockTable, scopes: ReturnType<typeof lockScopes>) {
  return {
    /**
     * Another execution, running at the same time (a page's call, another user's trigger), holds
     * this document's lock, the project's script lock or a user's lock for the next `ms` virtual
     * milliseconds.
     */
    holdElsewhere: (lock: 'document' | 'script' | { user: string }, ms: number): void =>
      lockTable.holdElsewhere(typeof lock === 'string' ? scopes[lock] : scopes.user(lock.user), env.now() + ms),
  };
}

/**
 * The loaded bundle and the ways into it: a run of a top-level function as some kind of execution,
 * and a page's google.script.run call.
 */
function makeBundleRunner(
  env: Env,
  project: { manifest: Manifest; deployer: string; user: string; lockTable: GoogleWorld['lockTable'] },
  firstDir: string,
  makeGlobalsFor: (bundleDir: () => string, context: () => vm.Context | null) => Record<string, unknown>,
) {
  let bundleDir = firstDir;
  let context: vm.Context | null = null;
  let reachable: Set<string> | null = null;
  const globals = makeGlobalsFor(
    () => bundleDir,
    () => context,
  );

  function loadBundle(dir = bundleDir): Record<string, unknown> {
    bundleDir = dir;
    reachable = null;
    // Only the Apps Script globals: no require, process, Buffer or module in the sandbox.
    context = gasLocal.require(dir, { ...globals }, { filter: (f: string) => f.endsWith('.js') }) as vm.Context;
    return context as Record<string, unknown>;
  }

  function run<T = unknown>(fn: string, args: unknown[] = [], opts: RunOptions = {}): T {
    if (!context) loadBundle();
    const execution = newExecution(env, project, opts, args);
    const previous = env.current;
    env.current = execution;
    try {
      const target = (context as Record<string, unknown>)[fn];
      if (typeof target !== 'function') throw new Error(`Script function not found: ${fn}`);
      return (target as (...a: unknown[]) => T)(...args);
    } finally {
      project.lockTable.releaseAll(execution.id);
      env.current = previous;
    }
  }

  /** The functions a page can call through google.script.run, read from the loaded bundle. */
  function pageFunctions(): Set<string> {
    if (!context) loadBundle();
    reachable ??= new Set(reachableFunctions(bundleDir));
    return reachable;
  }

  /**
   * A call from an HTML page through google.script.run, as `user`: only what Google lets a page
   * reach, arguments and result carried by Google's rules (see script-run.ts).
   */
  function scriptRun<T = unknown>(asUser: string, fn: string, args: unknown[] = []): T | null {
    if (!pageFunctions().has(fn)) throw new Error(`Script function not found: ${fn}`);
    const sent = transferArguments(args);
    const { value, legal } = transferResult(run(fn, sent, { as: 'scriptRun', user: asUser }));
    if (!legal) env.log(`google.script.run ${fn}: the result holds a value the page cannot receive; it gets null`);
    return value as T | null;
  }

  return { globals, loadBundle, run, scriptRun, reachableFunctions: (): string[] => [...pageFunctions()] };
}

export function createGasRuntime(options: GasRuntimeOptions = {}) {
  const { user, limits, calls, env, identity, manifest, world } = makeEnv(options);
  const state = makeState(env, options, world);
  const { uiLog, spreadsheet, drive, properties, userStore } = state;
  const deployer = options.deployer ?? identity.developer;
  const project = { manifest, deployer, user, lockTable: state.lockTable };
  const webAppUrl = () => options.webAppUrl ?? null;
  const runner = makeBundleRunner(env, project, options.bundleDir ?? DEFAULT_BUNDLE_DIR, (bundleDir, context) =>
    makeGlobals({ ...state, env, identity, manifest, bundleDir, context, webAppUrl }),
  );
  const triggers = makeTriggerControl(env, world, spreadsheet.id, runner.run);

  return {
    ...runner,
    calls,
    ui: uiLog,
    drive,
    mail: mailView(env, limits, state.mail, user),
    triggers,
    /** Virtual milliseconds `owner`'s triggers ran today, against limits.triggerRuntimePerDayMs. */
    triggerRuntimeUsedMs: (owner: string): number => world.triggerBudget.usedMs(owner, env.now()),
    /** The Google this document lives in (shared when the test passed `world`). */
    world,
    identity,
    limits,
    clock: { now: () => new Date(env.now()), advance: (ms: number) => env.advance(ms) },
    locks: lockControl(env, state.lockTable, lockScopes(world.projectOf(spreadsheet.id), spreadsheet.id)),
    properties: propertiesView(properties, userStore, user),
    logs: env.logs,
    spreadsheet,
    workbook: (): WorkbookData => spreadsheet.dump(),
    /** The sheets themselves, for the large-file writer. */
    grids: (): GridWorkbook => spreadsheet.grids(),
    /** The execution a test is in when it calls services directly. */
    env,
    manifest,
    /** Calls refused for scope or authorisation mode, even those the script caught. */
    get refusals() {
      return env.scopes.refusals;
    },
  };
}

export type GasRuntime = ReturnType<typeof createGasRuntime>;
