/**
 * The Drive advanced service (Drive API v3), the subset the add-on uses: a global `Drive`
 * exists only when the manifest enables it (dependencies.enabledAdvancedServices).
 * Signatures follow Apps Script's mapping of the REST API: the request body first, then
 * path parameters, then the media blob, then optional query parameters.
 * https://developers.google.com/apps-script/advanced/drive
 * https://developers.google.com/apps-script/guides/services/advanced#how_method_signatures_are_determined
 * Each call is counted and checked against the manifest's scopes (see scopes.ts); with
 * drive.file alone a file this user did not create or open with this app answers "File not
 * found", as the API does for files the app cannot see: drive.file is per user ("files that
 * you open with an app or that the user shares with an app",
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth), so a file one
 * Văn phòng account made is not the app's to reach for another.
 *
 * Trash: "Only the file owner can trash a file" ... anyone else gets
 * `insufficientFilePermissions` (https://developers.google.com/workspace/drive/api/guides/delete,
 * "Move files to trash"; the error: https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_403_error_insufficient_permissions_for_the_file).
 * A writer may still take away others' shares (permissions.delete), not the owner's.
 */
import { createHash } from 'node:crypto';
import type { Env } from './env';
import { apiError, GAS_ERRORS } from './errors';
import { Blob, newDriveId, type DriveFileRecord, type DriveLog, type DrivePermissionRecord } from './services';

type Resource = Record<string, unknown>;
type Options = { fields?: string; sendNotificationEmail?: boolean; emailMessage?: string; [key: string]: unknown };

/** Fields the API returns when the request names none (Drive API v3, "fields" parameter). */
const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
const DEFAULT_PERMISSION_FIELDS = 'kind,id,type,role';
const ROLES = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];
const TYPES = ['user', 'group', 'domain', 'anyone'];

/** Applies a `fields` selector such as "id,webViewLink" or "permissions(id,emailAddress)". */
export function selectFields(value: Resource, fields: string): Resource {
  if (fields.trim() === '*') return value;
  const out: Resource = {};
  for (const part of splitTopLevel(fields)) {
    const m = /^([\w]+)(?:\((.*)\))?$/.exec(part.trim());
    if (!m || !(m[1] in value)) continue;
    const v = value[m[1]];
    out[m[1]] =
      m[2] && Array.isArray(v)
        ? v.map((item) => selectFields(item as Resource, m[2]))
        : m[2] && v && typeof v === 'object'
          ? selectFields(v as Resource, m[2])
          : v;
  }
  return out;
}

function splitTopLevel(fields: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < fields.length; i++) {
    if (fields[i] === '(') depth++;
    else if (fields[i] === ')') depth--;
    else if (fields[i] === ',' && depth === 0) {
      parts.push(fields.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(fields.slice(start));
  return parts.filter((p) => p.trim() !== '');
}

function permissionId(p: { type: string; emailAddress?: string; domain?: string }): string {
  if (p.type === 'anyone') return 'anyoneWithLink';
  const key = p.emailAddress ?? p.domain ?? p.type;
  return String(BigInt(`0x${createHash('sha256').update(key.toLowerCase()).digest('hex').slice(0, 15)}`));
}

function fail(method: string, error: string): never {
  throw apiError(method, error);
}

function fileResource(f: DriveFileRecord): Resource {
  return {
    kind: 'drive#file',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    webViewLink: f.url,
    createdTime: f.created.toISOString(),
    modifiedTime: f.modified.toISOString(),
    size: String(f.bytes.length),
    trashed: f.trashed,
    parents: [f.folderId],
    owners: [{ kind: 'drive#user', emailAddress: f.owner }],
  };
}

function permissionResource(p: DrivePermissionRecord): Resource {
  return { kind: 'drive#permission', ...p };
}

function ownerPermission(f: DriveFileRecord): DrivePermissionRecord {
  return {
    id: permissionId({ type: 'user', emailAddress: f.owner }),
    type: 'user',
    role: 'owner',
    emailAddress: f.owner,
  };
}

function roleOf(f: DriveFileRecord, user: string): string | null {
  if (f.owner === user) return 'owner';
  if (f.editors.includes(user)) return 'writer';
  return f.permissions.find((p) => p.type === 'user' && p.emailAddress === user)?.role ?? null;
}

function bytesOf(blob: unknown): Buffer | null {
  if (blob === undefined || blob === null) return null;
  if (!(blob instanceof Blob)) throw new Error(GAS_ERRORS.invalidArgument('mediaData'));
  // Shared, not copied: a Blob replaces its buffer on change, never writes into it.
  return blob.raw();
}

/** Who may see and change which file through this app, as the API decides it. */
function makeAccess(env: Env, log: DriveLog) {
  /** The file as the current user may see it through this app, or the API's 404. */
  const visible = (method: string, fileId: string): DriveFileRecord => {
    const user = env.current.user;
    const f = log.files.find((x) => x.id === fileId);
    const byApp = f && (env.scopes.reachesWholeDrive() || f.appUsers.includes(user.toLowerCase()));
    const reachable = f && byApp && roleOf(f, user) !== null;
    if (!f || !reachable) return fail(method, GAS_ERRORS.apiFileNotFound(fileId));
    return f;
  };

  const writable = (method: string, f: DriveFileRecord): void => {
    const role = roleOf(f, env.current.user);
    if (role !== 'owner' && role !== 'writer') fail(method, GAS_ERRORS.insufficientFilePermissions);
  };
  const trashable = (method: string, f: DriveFileRecord): void => {
    if (roleOf(f, env.current.user) !== 'owner') fail(method, GAS_ERRORS.insufficientFilePermissions);
  };
  return { visible, writable, trashable };
}

/** A file this app creates: private, owned by the current user, in `folderId`. */
function newFileRecord(
  env: Env,
  resource: Resource,
  mediaData: unknown,
  bytes: Buffer,
  folderId: string,
): DriveFileRecord {
  const id = newDriveId();
  const now = new Date(env.now());
  const record: DriveFileRecord = {
    id,
    name: String(resource.name ?? (mediaData instanceof Blob ? mediaData.getName() : null) ?? 'Untitled'),
    mimeType: String(
      resource.mimeType ??
        (mediaData instanceof Blob ? mediaData.getContentType() : null) ??
        'application/octet-stream',
    ),
    bytes,
    content: bytes.toString('utf8'),
    owner: env.current.user,
    folderId,
    access: 'PRIVATE',
    permission: 'NONE',
    editors: [],
    trashed: false,
    created: now,
    modified: now,
    url: `https://drive.google.com/file/d/${id}/view?usp=drivesdk`,
    appUsers: [env.current.user.toLowerCase()],
    permissions: [],
  };
  return record;
}

export function makeDriveAdvanced(env: Env, log: DriveLog): Record<string, unknown> {
  const { visible, writable, trashable } = makeAccess(env, log);

  const Files = {
    create(resource: Resource = {}, mediaData?: unknown, optionalArgs: Options = {}): Resource {
      env.call('Drive.Files.create');
      const method = 'drive.files.create';
      const bytes = bytesOf(mediaData) ?? Buffer.alloc(0);
      const parents = (resource.parents as string[] | undefined) ?? ['root'];
      if (parents.length > 1) fail(method, GAS_ERRORS.sharedDriveParents);
      const record = newFileRecord(env, resource, mediaData, bytes, parents[0]);
      log.files.push(record);
      return selectFields(fileResource(record), optionalArgs.fields ?? DEFAULT_FILE_FIELDS);
    },

    update(resource: Resource = {}, fileId: string, mediaData?: unknown, optionalArgs: Options = {}): Resource {
      env.call('Drive.Files.update');
      const method = 'drive.files.update';
      const f = visible(method, fileId);
      writable(method, f);
      if (typeof resource.name === 'string') f.name = resource.name;
      if (typeof resource.mimeType === 'string') f.mimeType = resource.mimeType;
      if (typeof resource.trashed === 'boolean' && resource.trashed !== f.trashed) trashable(method, f);
      if (typeof resource.trashed === 'boolean') f.trashed = resource.trashed;
      const bytes = bytesOf(mediaData);
      if (bytes) {
        f.bytes = bytes;
        f.content = bytes.toString('utf8');
      }
      f.modified = new Date(env.now());
      return selectFields(fileResource(f), optionalArgs.fields ?? DEFAULT_FILE_FIELDS);
    },

    get(fileId: string, optionalArgs: Options = {}): Resource {
      env.call('Drive.Files.get');
      if (optionalArgs.alt !== undefined) throw new Error('Local runtime: Drive.Files.get with alt is not modelled');
      const f = visible('drive.files.get', fileId);
      return selectFields(fileResource(f), optionalArgs.fields ?? DEFAULT_FILE_FIELDS);
    },
  };

  const Permissions = makePermissions(env, log, visible, writable);

  return { Files, Permissions };
}

/** Drive.Permissions: sharing, as the current user may change it through this app. */
function makePermissions(
  env: Env,
  log: DriveLog,
  visible: ReturnType<typeof makeAccess>['visible'],
  writable: ReturnType<typeof makeAccess>['writable'],
) {
  return {
    create(resource: Resource, fileId: string, optionalArgs: Options = {}): Resource {
      env.call('Drive.Permissions.create');
      const method = 'drive.permissions.create';
      const f = visible(method, fileId);
      writable(method, f);
      const type = String(resource?.type ?? '');
      const role = String(resource?.role ?? '');
      if (!TYPES.includes(type)) fail(method, GAS_ERRORS.invalidPermissionType);
      if (!ROLES.includes(role)) fail(method, GAS_ERRORS.invalidPermissionRole);
      if (role === 'owner' && !optionalArgs.transferOwnership) fail(method, GAS_ERRORS.transferOwnership);
      const email = typeof resource.emailAddress === 'string' ? resource.emailAddress.trim().toLowerCase() : undefined;
      if ((type === 'user' || type === 'group') && !(email && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)))
        fail(method, GAS_ERRORS.driveInvalidEmail);
      const permission: DrivePermissionRecord = {
        id: permissionId({ type, emailAddress: email, domain: resource.domain as string | undefined }),
        type: type as DrivePermissionRecord['type'],
        role: role as DrivePermissionRecord['role'],
        ...(email ? { emailAddress: email } : {}),
        ...(typeof resource.domain === 'string' ? { domain: resource.domain } : {}),
      };
      const existing = f.permissions.findIndex((p) => p.id === permission.id);
      if (existing >= 0) f.permissions[existing] = permission;
      else f.permissions.push(permission);
      // Notification mail defaults to on for users and groups.
      if ((type === 'user' || type === 'group') && optionalArgs.sendNotificationEmail !== false)
        log.notifications.push({ fileId, to: email!, from: env.current.user, role, at: new Date(env.now()) });
      return selectFields(permissionResource(permission), optionalArgs.fields ?? DEFAULT_PERMISSION_FIELDS);
    },

    /**
     * permissions.delete, which Apps Script names `remove` ("delete" is reserved:
     * https://developers.google.com/apps-script/guides/services/advanced#how_method_signatures_are_determined).
     * Takes a share away; the owner's permission stays.
     */
    remove(fileId: string, permissionId: string): void {
      env.call('Drive.Permissions.remove');
      const method = 'drive.permissions.delete';
      const f = visible(method, fileId);
      writable(method, f);
      if (permissionId === ownerPermission(f).id) fail(method, GAS_ERRORS.ownerPermissionDelete);
      const at = f.permissions.findIndex((p) => p.id === permissionId);
      if (at < 0) fail(method, GAS_ERRORS.permissionNotFound(permissionId));
      f.permissions.splice(at, 1);
    },

    list(fileId: string, optionalArgs: Options = {}): Resource {
      env.call('Drive.Permissions.list');
      const f = visible('drive.permissions.list', fileId);
      const all = [ownerPermission(f), ...f.permissions].map(permissionResource);
      const fields = optionalArgs.fields ?? `kind,permissions(${DEFAULT_PERMISSION_FIELDS})`;
      return selectFields({ kind: 'drive#permissionList', permissions: all }, fields);
    },
  };
}
