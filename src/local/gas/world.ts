/**
 * What several documents share: one Google account system, one Drive, one mail quota per account,
 * one clock, and, for a published add-on, one project.
 *
 * - A published Editor add-on is one Apps Script project installed into many documents, so its
 *   script properties are "shared among all users of a script, add-on, or web app"
 *   (https://developers.google.com/apps-script/guides/properties#comparison_of_property_stores),
 *   across documents and tenants; user properties are per user across documents; document
 *   properties are "specific to the ... document" (same page).
 * - ScriptApp.getProjectTriggers(): "Gets all installable triggers associated with the current
 *   project and current user" (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers());
 *   for an add-on, the user's triggers in every document. getUserTriggers(spreadsheet): "Gets all
 *   installable triggers owned by this user in the given spreadsheet, for this script or add-on only"
 *   (same page, #getUserTriggers(Spreadsheet)).
 * - A script bound to a document is its own project: each bound document here has its own script
 *   properties, triggers and script lock.
 * - LockService.getScriptLock() covers every execution of the project; getDocumentLock() "any user of
 *   the current document" (https://developers.google.com/apps-script/reference/lock/lock-service).
 *
 * What an Editor add-on's time-driven trigger runs in is not settled by Google's text (see
 * ClockContext). A world created with `addonClockContext: 'none'` runs those triggers with no
 * document: getActive(), getDocumentProperties() and getDocumentLock() answer null, as the
 * reference says they do outside a document. The default, 'document', runs them in the document
 * that created them (what field reports describe). The add-on must be right under both.
 */
import type { TriggerFiring } from './index';
import type { Deployment } from './trigger-rules';
import type { VirtualClock } from './env';
import { LockTable, newProjectCaches, type ProjectCaches } from './storage';
import { MailLog, DriveLog } from './services';
import { RollingQuota } from './rolling-quota';
import { TriggerRuntimeBudget } from './trigger-rules';
import { TriggerTable } from './triggers';

/**
 * Google's pages say an Editor add-on may use time-driven triggers (once an hour at most) and that
 * an add-on's triggers are made "for the file in which the add-on is used"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers), but not whether the
 * trigger's run has that file as its active document. getActiveSpreadsheet() "Returns the currently
 * active spreadsheet, or null if there is none"; getDocumentProperties() "When document properties
 * are not available this method returns null"; getDocumentLock(): "If this method is called outside
 * of the context of a containing document (such as from a standalone script or webapp), null is
 * returned." The first real deployment must confirm which holds (README).
 */
export type ClockContext = 'document' | 'none';

export interface WorldOptions {
  deployment?: Deployment;
  now?: Date;
  addonClockContext?: ClockContext;
}

interface WorldDocument {
  fireDue(): TriggerFiring[];
}

export class GoogleWorld {
  readonly clock: VirtualClock;
  readonly deployment: Deployment;
  readonly addonClockContext: ClockContext;
  readonly drive = new DriveLog();
  readonly mail = new MailLog();
  readonly conversions = new RollingQuota();
  readonly triggerTable: TriggerTable;
  readonly triggerBudget = new TriggerRuntimeBudget();
  readonly lockTable = new LockTable();
  /** Open documents by spreadsheet id, to fire their triggers. */
  readonly documents = new Map<string, WorldDocument>();
  private readonly scriptStores = new Map<string, Record<string, string>>();
  private readonly userStores = new Map<string, Record<string, string>>();
  private readonly caches = new Map<string, ProjectCaches>();

  constructor(options: WorldOptions = {}) {
    this.clock = { offsetMs: (options.now ?? new Date()).getTime() - Date.now() };
    this.deployment = options.deployment ?? 'bound';
    this.addonClockContext = options.addonClockContext ?? 'document';
    this.triggerTable = new TriggerTable(this.deployment);
  }

  /** The Apps Script project a document's code runs in: the add-on's one, or the document's own. */
  projectOf(documentId: string): string {
    return this.deployment === 'addon' ? 'addon' : documentId;
  }

  scriptStore(documentId: string): Record<string, string> {
    return storeIn(this.scriptStores, this.projectOf(documentId));
  }

  userStore(documentId: string, email: string): Record<string, string> {
    return storeIn(this.userStores, `${this.projectOf(documentId)}|${email.toLowerCase()}`);
  }

  /** The script cache and user caches of the project `documentId` runs in. */
  cachesOf(documentId: string): ProjectCaches {
    const project = this.projectOf(documentId);
    if (!this.caches.has(project)) this.caches.set(project, newProjectCaches());
    return this.caches.get(project)!;
  }

  /** Fires what is due in every open document, each as its trigger's owner. */
  fireDue(): TriggerFiring[] {
    return [...this.documents.values()].flatMap((d) => d.fireDue());
  }
}

function storeIn(stores: Map<string, Record<string, string>>, key: string): Record<string, string> {
  if (!stores.has(key)) stores.set(key, {});
  return stores.get(key)!;
}

export function createGoogleWorld(options: WorldOptions = {}): GoogleWorld {
  return new GoogleWorld(options);
}
