/**
 * Which OAuth scopes a call needs, and whether the manifest grants one of them. Google
 * lists, per method, alternative scopes of which any one suffices ("Scripts that use
 * this method require authorization with one or more of the following scopes").
 */
import { allowedInMode, type AuthMode } from './auth-modes';
import { GAS_ERRORS, gasException } from './errors';
import { SCOPE_GROUPS } from './scopes.generated';

const DRIVE = 'https://www.googleapis.com/auth/drive';
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const DRIVE_APPDATA = 'https://www.googleapis.com/auth/drive.appdata';
const DRIVE_READONLY = 'https://www.googleapis.com/auth/drive.readonly';
const DRIVE_METADATA = 'https://www.googleapis.com/auth/drive.metadata';
const DRIVE_METADATA_READONLY = 'https://www.googleapis.com/auth/drive.metadata.readonly';
const DRIVE_PHOTOS_READONLY = 'https://www.googleapis.com/auth/drive.photos.readonly';
const DRIVE_MEET_READONLY = 'https://www.googleapis.com/auth/drive.meet.readonly';
const DRIVE_SCRIPTS = 'https://www.googleapis.com/auth/drive.scripts';

/** The narrower scopes that Drive's read methods also accept. */
const DRIVE_READ_ONLY_SCOPES = [
  DRIVE_MEET_READONLY,
  DRIVE_METADATA,
  DRIVE_METADATA_READONLY,
  DRIVE_PHOTOS_READONLY,
  DRIVE_READONLY,
];

/**
 * The Drive advanced service calls the Drive API v3, whose reference gives each method's
 * scopes under "Authorization scopes" (gas-types-detailed carries only v2):
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/get
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/list
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/delete
 */
export const DRIVE_API_SCOPES: Record<string, string[]> = {
  'Drive.Files.create': [DRIVE, DRIVE_APPDATA, DRIVE_FILE],
  'Drive.Files.update': [DRIVE, DRIVE_APPDATA, DRIVE_FILE, DRIVE_METADATA, DRIVE_SCRIPTS],
  'Drive.Files.get': [DRIVE, DRIVE_APPDATA, DRIVE_FILE, ...DRIVE_READ_ONLY_SCOPES],
  'Drive.Permissions.create': [DRIVE, DRIVE_FILE],
  'Drive.Permissions.list': [DRIVE, DRIVE_FILE, ...DRIVE_READ_ONLY_SCOPES],
  'Drive.Permissions.remove': [DRIVE, DRIVE_FILE],
};

/**
 * Calls the runtime counts that Google's Apps Script reference does not list, each a
 * decision with its source: the Drive advanced service's methods come from the Drive
 * API reference above. Any other unlisted call is refused as a gap of this runtime.
 */
export const UNLISTED_SCOPES: Record<string, string[]> = { ...DRIVE_API_SCOPES };

const REFERENCE = new Map<string, string[]>();
for (const [scopes, methods] of SCOPE_GROUPS) for (const method of methods) REFERENCE.set(method, scopes);

/** Scope alternatives of a counted call: Google's reference, then the decisions above. */
export function referenceScopes(method: string): string[] | undefined {
  return REFERENCE.get(method) ?? UNLISTED_SCOPES[method];
}

/** Scopes that reach every file of the user's Drive, not only those this app created. */
const WHOLE_DRIVE = [DRIVE, DRIVE_READONLY, DRIVE_METADATA, DRIVE_METADATA_READONLY];

/** Google's text lists alternatives in brackets, joined by "||". */
export function requiredText(alternatives: string[]): string {
  return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' || ')})`;
}

export interface Refusal {
  method: string;
  mode: AuthMode;
  reason: 'scope' | 'mode' | 'unknown';
}

export class ScopePolicy {
  private readonly granted: Set<string> | null;
  /** Every refused call, kept even when the script catches the exception. */
  readonly refusals: Refusal[] = [];

  /** `null` grants everything: a manifest without oauthScopes lets Google infer them. */
  constructor(
    granted: string[] | null,
    private readonly table: (method: string) => string[] | undefined,
  ) {
    this.granted = granted ? new Set(granted) : null;
  }

  grants(scope: string): boolean {
    return this.granted === null || this.granted.has(scope);
  }

  /** drive.file alone only reaches files the app created or the user opened with it. */
  reachesWholeDrive(): boolean {
    return WHOLE_DRIVE.some((s) => this.grants(s));
  }

  required(method: string): string[] | undefined {
    return this.table(method);
  }

  /**
   * Refuses, with Google's text, a call the granted scopes or the execution's
   * authorisation mode do not allow. A call in neither Google's reference nor the
   * decisions above is a gap in this runtime, reported as such rather than let through.
   */
  check(method: string, mode: AuthMode = 'FULL'): void {
    const alternatives = this.table(method);
    if (!alternatives) {
      this.refusals.push({ method, mode, reason: 'unknown' });
      throw new Error(`Local runtime: no scope rule for ${method}; add it to UNLISTED_SCOPES with its source`);
    }
    const granted =
      this.granted === null || alternatives.length === 0 || alternatives.some((s) => this.granted!.has(s));
    if (granted && allowedInMode(mode, method, alternatives)) return;
    this.refusals.push({ method, mode, reason: granted ? 'mode' : 'scope' });
    throw gasException(GAS_ERRORS.permission(method, requiredText(alternatives)));
  }
}
