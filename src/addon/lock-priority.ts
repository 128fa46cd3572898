/**
 * Who waits how long for the document lock. Anyone who can edit the workbook can call
 * submitRegistration from a page (google.script.run reaches every top-level function), and each
 * call holds the document lock while it checks the whole workbook; without a bound, a loop of
 * calls keeps the lock busy and every run of Văn phòng is answered "thử lại".
 *
 * - Văn phòng's runs first say they are waiting (a mark in the document cache), then wait
 *   OFFICE_LOCK_WAIT_MS, longer than one unit's call holds the lock: a unit's call already running
 *   finishes, and no new one starts while the mark is there. A run that still found the lock busy
 *   leaves the mark until it expires, so its retry goes first.
 * - A unit's call is refused without the lock while the mark is there; it runs one at a time per
 *   user (the user lock, taken without waiting), and after holding the document lock for a while
 *   that user waits as long again before the next call may take it (the user cache, read and
 *   written under the user lock); it waits UNIT_LOCK_WAIT_MS at most for the document lock.
 *
 * LockService: "tryLock(timeoutInMillis) Attempts to acquire the lock, timing out after the
 * provided number of milliseconds"; getUserLock "prevents concurrent access to a section of code
 * by the current user" (https://developers.google.com/apps-script/reference/lock/lock-service).
 * CacheService.getDocumentCache "Gets the cache instance scoped to the current document and
 * script", getUserCache "…to the current user and script"; it returns null outside a document
 * (https://developers.google.com/apps-script/reference/cache/cache-service). A cache may lose a
 * value early; then only the bound is lost for a while, never a run.
 */
import { ACCESS } from '../i18n/access';
import { withDocumentLock, type Refusal } from './guard';

const OFFICE_LOCK_WAIT_MS = 60_000;
const UNIT_LOCK_WAIT_MS = 1_000;
/** A call that held the lock longer still makes its user wait no more than this. */
const MAX_PAUSE_MS = 60_000;
const OFFICE_WAITING_KEY = 'officeWaitingForLock';
/** Seconds the mark lasts: a refused run's retry within two minutes still goes first. */
const OFFICE_WAITING_TTL_S = 120;
const NEXT_REGISTRATION_KEY = 'nextRegistrationAt';

function documentCache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

/** A run of Văn phòng (already checked by requireChanger) under the document lock, first in line. */
export function withOfficeLock<T>(interactive: boolean, body: () => T): T | Refusal {
  const cache = documentCache();
  const mark = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  cache?.put(OFFICE_WAITING_KEY, mark, OFFICE_WAITING_TTL_S);
  let held = false;
  try {
    return withDocumentLock(OFFICE_LOCK_WAIT_MS, interactive, () => {
      held = true;
      return body();
    });
  } finally {
    // Another Văn phòng run may have put its own mark meanwhile: only this run's own goes.
    if (held && cache?.get(OFFICE_WAITING_KEY) === mark) cache.remove(OFFICE_WAITING_KEY);
  }
}

/** Whether Văn phòng waits for (or holds) the document lock: a unit's work stands aside. */
export function officeWaiting(): boolean {
  return documentCache()?.get(OFFICE_WAITING_KEY) != null;
}

/** A call anyone may make (a unit's registration): bounded as above, else a Vietnamese refusal. */
export function withUnitLock<T>(body: () => T): T | Refusal {
  if (officeWaiting()) return { ok: false, message: ACCESS.registrationOfficeFirst, busy: true };
  const userLock = LockService.getUserLock();
  if (!userLock.tryLock(0)) return { ok: false, message: ACCESS.registrationInProgress, busy: true };
  try {
    const cache = CacheService.getUserCache();
    const wait = Number(cache?.get(NEXT_REGISTRATION_KEY) ?? 0) - Date.now();
    if (wait > 0) return { ok: false, message: ACCESS.registrationTooSoon(Math.ceil(wait / 1000)), busy: true };
    return withDocumentLock(UNIT_LOCK_WAIT_MS, false, () => {
      const start = Date.now();
      try {
        return body();
      } finally {
        // As long again before this user's next call may take the lock: one user holds it at most
        // half the time, and a quick correction on a small workbook waits no more than a second.
        const end = Date.now();
        const pause = Math.min(MAX_PAUSE_MS, end - start);
        cache?.put(NEXT_REGISTRATION_KEY, String(end + pause), Math.max(1, Math.ceil(pause / 1000)));
      }
    });
  } finally {
    userLock.releaseLock();
  }
}
