/** PropertiesService, CacheService and LockService, with Google's quotas and semantics. */
import type { Env } from './env';
import { GAS_ERRORS, gasError } from './errors';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class Properties {
  constructor(
    private readonly env: Env,
    readonly data: Record<string, string>,
  ) {}
  private size(): number {
    return Object.entries(this.data).reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
  }
  private put(key: string, value: unknown): void {
    const text = String(value);
    if (bytes(text) > this.env.limits.propertyValueBytes) throw gasError(GAS_ERRORS.propertyValueTooLarge);
    const before = this.data[key];
    this.data[key] = text;
    if (this.size() > this.env.limits.propertyStoreBytes) {
      if (before === undefined) delete this.data[key];
      else this.data[key] = before;
      throw gasError(GAS_ERRORS.propertyQuota);
    }
  }
  getProperty(key: string): string | null {
    this.env.call('Properties.getProperty');
    return Object.prototype.hasOwnProperty.call(this.data, key) ? this.data[key] : null;
  }
  setProperty(key: string, value: unknown): Properties {
    this.env.call('Properties.setProperty');
    this.put(key, value);
    return this;
  }
  setProperties(values: Record<string, unknown>, deleteAllOthers = false): Properties {
    this.env.call('Properties.setProperties');
    if (deleteAllOthers) for (const k of Object.keys(this.data)) delete this.data[k];
    for (const [k, v] of Object.entries(values)) this.put(k, v);
    return this;
  }
  getProperties(): Record<string, string> {
    this.env.call('Properties.getProperties');
    return { ...this.data };
  }
  getKeys(): string[] {
    this.env.call('Properties.getKeys');
    return Object.keys(this.data);
  }
  deleteProperty(key: string): Properties {
    this.env.call('Properties.deleteProperty');
    delete this.data[key];
    return this;
  }
  deleteAllProperties(): Properties {
    this.env.call('Properties.deleteAllProperties');
    for (const k of Object.keys(this.data)) delete this.data[k];
    return this;
  }
}

export function makePropertiesService(
  env: Env,
  stores: {
    script: Record<string, string>;
    document: Record<string, string>;
    user: (email: string) => Record<string, string>;
  },
): Record<string, unknown> {
  return {
    getScriptProperties: () => (env.call('PropertiesService.getScriptProperties'), new Properties(env, stores.script)),
    // "When document properties are not available this method returns null."
    // (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties())
    getDocumentProperties: () => (
      env.call('PropertiesService.getDocumentProperties'),
      env.current.detached ? null : new Properties(env, stores.document)
    ),
    getUserProperties: () => (
      env.call('PropertiesService.getUserProperties'),
      new Properties(env, stores.user(env.current.user))
    ),
  };
}

export class Cache {
  constructor(
    private readonly env: Env,
    private readonly entries: Map<string, { value: string; expires: number }>,
  ) {}
  private live(key: string): string | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expires <= this.env.now()) {
      this.entries.delete(key);
      return null;
    }
    return e.value;
  }
  private store(key: string, value: string, ttl = 600): void {
    if (key.length > 250) throw gasError(GAS_ERRORS.cacheKeyTooLong);
    if (bytes(value) > this.env.limits.cacheValueBytes) throw gasError(GAS_ERRORS.cacheValueTooLarge);
    const seconds = Math.min(Math.max(1, ttl), this.env.limits.cacheMaxTtlSeconds);
    this.entries.set(key, { value, expires: this.env.now() + seconds * 1000 });
  }
  get(key: string): string | null {
    this.env.call('Cache.get');
    return this.live(key);
  }
  getAll(keys: string[]): Record<string, string> {
    this.env.call('Cache.getAll');
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.live(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, ttl?: number): void {
    this.env.call('Cache.put');
    this.store(key, String(value), ttl);
  }
  putAll(values: Record<string, string>, ttl?: number): void {
    this.env.call('Cache.putAll');
    for (const [k, v] of Object.entries(values)) this.store(k, String(v), ttl);
  }
  remove(key: string): void {
    this.env.call('Cache.remove');
    this.entries.delete(key);
  }
  removeAll(keys: string[]): void {
    this.env.call('Cache.removeAll');
    for (const k of keys) this.entries.delete(k);
  }
}

type CacheEntries = Map<string, { value: string; expires: number }>;

/** The project's caches (an add-on's are shared by its documents, see world.ts). */
export interface ProjectCaches {
  script: CacheEntries;
  users: Map<string, CacheEntries>;
}

export function newProjectCaches(): ProjectCaches {
  return { script: new Map(), users: new Map() };
}

export function makeCacheService(env: Env, project: ProjectCaches): Record<string, unknown> {
  const { script, users } = project;
  const documentCache: CacheEntries = new Map();
  return {
    getScriptCache: () => (env.call('CacheService.getScriptCache'), new Cache(env, script)),
    getDocumentCache: () => (env.call('CacheService.getDocumentCache'), new Cache(env, documentCache)),
    getUserCache: () => {
      env.call('CacheService.getUserCache');
      const email = env.current.user;
      if (!users.has(email)) users.set(email, new Map());
      return new Cache(env, users.get(email)!);
    },
  };
}

/**
 * Which execution holds each lock. An execution's locks go when it ends, as in Google.
 * Executions here run one after another; one running at the same time elsewhere (a page's
 * google.script.run call, another user's trigger) is modelled as a holder that lets go at a
 * known virtual time (`holdElsewhere`), so a wait can be long enough or not.
 */
export class LockTable {
  private holders = new Map<string, { execution: number; until: number }>();
  private elsewhere = -1;
  holder(scope: string, now: number): { execution: number; until: number } | undefined {
    const h = this.holders.get(scope);
    if (h && h.until <= now) {
      this.holders.delete(scope);
      return undefined;
    }
    return h;
  }
  take(scope: string, execution: number): void {
    this.holders.set(scope, { execution, until: Infinity });
  }
  /** An execution running elsewhere holds `scope` from now until `until` (virtual ms). */
  holdElsewhere(scope: string, until: number): void {
    this.holders.set(scope, { execution: this.elsewhere--, until });
  }
  release(scope: string, execution: number): void {
    if (this.holders.get(scope)?.execution === execution) this.holders.delete(scope);
  }
  releaseAll(execution: number): void {
    for (const [scope, h] of [...this.holders]) if (h.execution === execution) this.holders.delete(scope);
  }
}

/**
 * Lock.tryLock(timeoutInMillis): "Attempts to acquire the lock, timing out after the provided
 * number of milliseconds. This method has no effect if the lock has already been acquired."
 * Returns "true if the lock was acquired, false otherwise". waitLock: the same, "timing out with
 * an exception". https://developers.google.com/apps-script/reference/lock/lock
 */
export class Lock {
  private readonly owner: number;
  constructor(
    private readonly env: Env,
    private readonly table: LockTable,
    private readonly scope: string,
  ) {
    this.owner = env.current.id;
  }
  /** Waits up to `timeoutMs` of virtual time for the holder to let go; true when taken. */
  private acquire(timeoutMs: number): boolean {
    const wait = Math.max(0, timeoutMs);
    const holder = this.table.holder(this.scope, this.env.now());
    if (holder === undefined || holder.execution === this.owner) {
      this.table.take(this.scope, this.owner);
      return true;
    }
    // A holder that ends within the wait lets go then; one of this runtime's own executions
    // (nothing else runs while this one waits) or one that ends later does not.
    if (holder.until - this.env.now() <= wait) {
      this.env.advance(holder.until - this.env.now());
      this.table.take(this.scope, this.owner);
      return true;
    }
    this.env.advance(wait);
    return false;
  }
  tryLock(timeoutMs: number): boolean {
    this.env.call('Lock.tryLock');
    return this.acquire(timeoutMs);
  }
  waitLock(timeoutMs: number): void {
    this.env.call('Lock.waitLock');
    if (!this.acquire(timeoutMs)) throw gasError(GAS_ERRORS.lockTimeout);
  }
  releaseLock(): void {
    this.env.call('Lock.releaseLock');
    this.table.release(this.scope, this.owner);
  }
  hasLock(): boolean {
    this.env.call('Lock.hasLock');
    return this.table.holder(this.scope, this.env.now())?.execution === this.owner;
  }
}

/** The lock table's names for a project's script lock, a document's lock and a user's lock. */
export function lockScopes(project: string, documentId: string) {
  return {
    script: `script:${project}`,
    document: `document:${project}:${documentId}`,
    user: (email: string): string => `user:${project}:${email.toLowerCase()}`,
  };
}

/**
 * `project`: the Apps Script project (an add-on's one spans its documents, see world.ts);
 * `documentId`: the document this runtime is. getDocumentLock(): "If this method is called outside
 * of the context of a containing document (such as from a standalone script or webapp), null is
 * returned." (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock())
 */
export function makeLockService(
  env: Env,
  table: LockTable,
  project: string,
  documentId: string,
): Record<string, unknown> {
  const scopes = lockScopes(project, documentId);
  return {
    getScriptLock: () => (env.call('LockService.getScriptLock'), new Lock(env, table, scopes.script)),
    getDocumentLock: () => (
      env.call('LockService.getDocumentLock'),
      env.current.detached ? null : new Lock(env, table, scopes.document)
    ),
    getUserLock: () => (env.call('LockService.getUserLock'), new Lock(env, table, scopes.user(env.current.user))),
  };
}
