/** Utilities, DriveApp, MailApp, Logger and console (Session is in identity.ts). */
import { createHash, randomUUID } from 'node:crypto';
import type { BlobConverter } from './blob-convert';
import type { Env } from './env';
import { GAS_ERRORS, gasError } from './errors';
import { RollingQuota } from './rolling-quota';
import { wallClock } from './wall-clock';

// ---------------------------------------------------------------- Utilities
export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;
export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Java bytes are signed: Apps Script hands back numbers from -128 to 127. */
const signed = (buffer: Uint8Array): number[] => Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
const unsigned = (bytes: ArrayLike<number>): Buffer => Buffer.from(Array.from(bytes, (b) => b & 0xff));
const toBuffer = (data: unknown): Buffer =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : unsigned(data as number[]);

export class Blob {
  /** `converter`: the runtime's, for getAs. */
  constructor(
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
    private readonly converter: BlobConverter,
  ) {}
  /** A converted copy (see blob-convert.ts); this blob is left as it was. */
  getAs(contentType: string): Blob {
    const out = this.converter.convert('Blob.getAs', this.view(), contentType);
    return new Blob(out.bytes, out.contentType, out.name, this.converter);
  }
  private view() {
    return { bytes: () => this.bytes, contentType: () => this.contentType, name: () => this.name };
  }
  getBytes(): number[] {
    return signed(this.bytes);
  }
  getDataAsString(_charset?: string): string {
    return this.bytes.toString('utf8');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(t: string): Blob {
    this.contentType = t;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(n: string): Blob {
    this.name = n;
    return this;
  }
  setDataFromString(s: string): Blob {
    this.bytes = Buffer.from(s, 'utf8');
    return this;
  }
  copyBlob(): Blob {
    return new Blob(Buffer.from(this.bytes), this.contentType, this.name, this.converter);
  }
  isGoogleType(): boolean {
    return false;
  }
  raw(): Buffer {
    return this.bytes;
  }
}

const JAVA_TOKENS = /yyyy|yy|MMMM|MMM|MM|M|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|EEEE|EEE|a|XXX|Z|'[^']*'|./g;

/** Tokens that are one wall-clock field: doubled, its two digits; single, without the leading zero. */
const FIELD_TOKENS = new Map<string, 'month' | 'day' | 'hour' | 'minute' | 'second'>([
  ['MM', 'month'],
  ['M', 'month'],
  ['dd', 'day'],
  ['d', 'day'],
  ['HH', 'hour'],
  ['H', 'hour'],
  ['mm', 'minute'],
  ['m', 'minute'],
  ['ss', 'second'],
  ['s', 'second'],
]);

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The wall-clock fields of `date` in `timeZone` (Intl's parts) and the zone's offset then, in minutes. */
function zonedParts(date: Date, timeZone: string): { p: Record<string, string>; offsetMin: number } {
  const p = wallClock(date, timeZone);
  const local = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  const offsetMin = Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  return { p, offsetMin };
}

/** Java SimpleDateFormat patterns, evaluated in a time zone. */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const { p, offsetMin } = zonedParts(date, timeZone);
  const sign = offsetMin >= 0 ? '+' : '-';
  const oh = String(Math.floor(Math.abs(offsetMin) / 60)).padStart(2, '0');
  const om = String(Math.abs(offsetMin) % 60).padStart(2, '0');
  const hour = Number(p.hour);
  return pattern.replace(JAVA_TOKENS, (t) => {
    const field = FIELD_TOKENS.get(t);
    if (field) return t.length === 2 ? p[field] : String(Number(p[field]));
    switch (t) {
      case 'yyyy':
        return p.year;
      case 'yy':
        return p.year.slice(2);
      case 'MMMM':
        return MONTHS[Number(p.month) - 1];
      case 'MMM':
        return MONTHS[Number(p.month) - 1].slice(0, 3);
      case 'hh':
        return String(hour % 12 || 12).padStart(2, '0');
      case 'h':
        return String(hour % 12 || 12);
      case 'SSS':
        return String(date.getMilliseconds()).padStart(3, '0');
      case 'EEEE':
        return p.weekday;
      case 'EEE':
        return p.weekday.slice(0, 3);
      case 'a':
        return hour < 12 ? 'AM' : 'PM';
      case 'XXX':
        return `${sign}${oh}:${om}`;
      case 'Z':
        return `${sign}${oh}${om}`;
      default:
        return t.startsWith("'") ? t.slice(1, -1) : t;
    }
  });
}

export function makeUtilities(env: Env, converter: BlobConverter): Record<string, unknown> {
  return {
    formatDate: (date: Date, timeZone: string, pattern: string) => (
      env.call('Utilities.formatDate'),
      formatJavaDate(date, timeZone, pattern)
    ),
    getUuid: () => (env.call('Utilities.getUuid'), randomUUID()),
    computeDigest: (algorithm: string, value: unknown, _charset?: string) => {
      env.call('Utilities.computeDigest');
      const name = NODE_DIGEST[algorithm];
      if (!name) throw gasError(GAS_ERRORS.invalidArgument('algorithm'));
      return signed(createHash(name).update(toBuffer(value)).digest());
    },
    base64Encode: (data: unknown, _charset?: string) => (
      env.call('Utilities.base64Encode'),
      toBuffer(data).toString('base64')
    ),
    base64EncodeWebSafe: (data: unknown) => (
      env.call('Utilities.base64EncodeWebSafe'),
      toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_')
    ),
    base64Decode: (text: string) => (env.call('Utilities.base64Decode'), signed(Buffer.from(text, 'base64'))),
    base64DecodeWebSafe: (text: string) => (
      env.call('Utilities.base64DecodeWebSafe'),
      signed(Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64'))
    ),
    newBlob: (data: unknown, contentType?: string, name?: string) => (
      env.call('Utilities.newBlob'),
      new Blob(toBuffer(data ?? ''), contentType ?? null, name ?? null, converter)
    ),
    sleep: (ms: number) => {
      env.call('Utilities.sleep');
      env.advance(ms);
    },
    formatString: (template: string, ...args: unknown[]) => {
      env.call('Utilities.formatString');
      let i = 0;
      return template.replace(/%[sdf%]/g, (t) => (t === '%%' ? '%' : String(args[i++])));
    },
    DigestAlgorithm,
    Charset,
  };
}

// ---------------------------------------------------------------- DriveApp
export const Access = {
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
} as const;
export const Permission = { VIEW: 'VIEW', EDIT: 'EDIT', COMMENT: 'COMMENT', OWNER: 'OWNER', NONE: 'NONE' } as const;

export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  content: string;
  bytes: Buffer;
  owner: string;
  folderId: string;
  access: string;
  permission: string;
  editors: string[];
  trashed: boolean;
  created: Date;
  url: string;
  /**
   * Who created or opened the file with this app: with drive.file, the only users for whom the app
   * reaches it ("Create new Drive files, or modify existing files, that you open with an app or that
   * the user shares with an app", per user: https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
   */
  appUsers: string[];
  /** Shares made through the Drive API (Drive.Permissions.create), besides the owner. */
  permissions: DrivePermissionRecord[];
  modified: Date;
}

export interface DrivePermissionRecord {
  id: string;
  type: 'user' | 'group' | 'domain' | 'anyone';
  role: 'owner' | 'organizer' | 'fileOrganizer' | 'writer' | 'commenter' | 'reader';
  emailAddress?: string;
  domain?: string;
}

/** The mail Drive sends when a file is shared with notification on. */
export interface DriveNotification {
  fileId: string;
  to: string;
  from: string;
  role: string;
  at: Date;
}

export class DriveLog {
  files: DriveFileRecord[] = [];
  /** `user` opens the file with this app (the Picker, "Open with"): drive.file now reaches it for them. */
  openWithApp(fileId: string, user: string): void {
    const f = this.files.find((x) => x.id === fileId);
    if (f && !f.appUsers.includes(user.toLowerCase())) f.appUsers.push(user.toLowerCase());
  }
  notifications: DriveNotification[] = [];
  folders: { id: string; name: string; parentId: string | null; owner: string }[] = [
    { id: 'root', name: 'My Drive', parentId: null, owner: '' },
  ];
}

let driveSeq = 0;

/** A new Drive file id, as unguessable as Google's. */
export function newDriveId(): string {
  return `file-${++driveSeq}-${randomUUID().slice(0, 8)}`;
}

function iterator<T>(items: T[]): { hasNext(): boolean; next(): T } {
  let i = 0;
  return { hasNext: () => i < items.length, next: () => items[i++] };
}

/** A File of DriveApp over its record; every method is a counted call. */
function wrapDriveFile(env: Env, f: DriveFileRecord, converter: BlobConverter): Record<string, unknown> {
  const wrapFile = (file: DriveFileRecord) => wrapDriveFile(env, file, converter);
  return {
    getId: () => (env.call('File.getId'), f.id),
    getName: () => (env.call('File.getName'), f.name),
    setName: (n: string) => (env.call('File.setName'), (f.name = n), wrapFile(f)),
    getUrl: () => (env.call('File.getUrl'), f.url),
    getDownloadUrl: () => (env.call('File.getDownloadUrl'), `${f.url}?export=download`),
    getMimeType: () => (env.call('File.getMimeType'), f.mimeType),
    getSize: () => (env.call('File.getSize'), f.bytes.length),
    getBlob: () => (env.call('File.getBlob'), new Blob(Buffer.from(f.bytes), f.mimeType, f.name, converter)),
    setContent: (content: string) => {
      env.call('File.setContent');
      f.bytes = Buffer.from(content, 'utf8');
      f.content = content;
      return wrapFile(f);
    },
    getOwner: () => (env.call('File.getOwner'), { getEmail: () => f.owner }),
    getEditors: () => (env.call('File.getEditors'), f.editors.map((e) => ({ getEmail: () => e }))),
    addEditor: (e: string) => (env.call('File.addEditor'), f.editors.push(e), wrapFile(f)),
    getSharingAccess: () => (env.call('File.getSharingAccess'), f.access),
    getSharingPermission: () => (env.call('File.getSharingPermission'), f.permission),
    setSharing: (access: string, permission: string) => {
      env.call('File.setSharing');
      f.access = access;
      f.permission = permission;
      return wrapFile(f);
    },
    setTrashed: (t: boolean) => {
      env.call('File.setTrashed');
      // "Only the file owner can trash a file" (Drive guide, see drive-advanced.ts).
      if (f.owner.toLowerCase() !== env.current.user.toLowerCase()) throw gasError(GAS_ERRORS.driveAppAccessDenied);
      f.trashed = t;
      return wrapFile(f);
    },
    isTrashed: () => (env.call('File.isTrashed'), f.trashed),
    getDateCreated: () => (env.call('File.getDateCreated'), new Date(f.created.getTime())),
    moveTo: (folder: { getId(): string }) => (env.call('File.moveTo'), (f.folderId = folder.getId()), wrapFile(f)),
  };
}

export function makeDriveApp(env: Env, log: DriveLog, converter: BlobConverter): Record<string, unknown> {
  const wrapFile = (f: DriveFileRecord) => wrapDriveFile(env, f, converter);
  const wrapFolder = (d: DriveLog['folders'][number]): Record<string, unknown> => ({
    getId: () => (env.call('Folder.getId'), d.id),
    getName: () => (env.call('Folder.getName'), d.name),
    createFile: (a: unknown, b?: string, c?: string) => (env.call('Folder.createFile'), create(a, b, c, d.id)),
    getFiles: () => (
      env.call('Folder.getFiles'),
      iterator(log.files.filter((f) => f.folderId === d.id && !f.trashed).map(wrapFile))
    ),
    createFolder: (name: string) => (env.call('Folder.createFolder'), makeFolder(name, d.id)),
  });
  const makeFolder = (name: string, parentId: string) => {
    const d = { id: `folder-${++driveSeq}`, name, parentId, owner: env.current.user };
    log.folders.push(d);
    return wrapFolder(d);
  };
  const create = (a: unknown, b: string | undefined, c: string | undefined, folderId: string) => {
    const isBlob = a instanceof Blob;
    const name = isBlob ? (a.getName() ?? 'Untitled') : String(a);
    const bytes = isBlob ? Buffer.from(a.raw()) : Buffer.from(String(b ?? ''), 'utf8');
    const mimeType = isBlob ? (a.getContentType() ?? 'application/octet-stream') : (c ?? 'text/plain');
    const id = newDriveId();
    const record: DriveFileRecord = {
      id,
      name,
      mimeType,
      bytes,
      content: bytes.toString('utf8'),
      owner: env.current.user,
      folderId,
      access: Access.PRIVATE,
      permission: Permission.NONE,
      editors: [],
      trashed: false,
      created: new Date(env.now()),
      modified: new Date(env.now()),
      url: `https://drive.google.com/file/d/${id}/view`,
      appUsers: [env.current.user.toLowerCase()],
      permissions: [],
    };
    log.files.push(record);
    return wrapFile(record);
  };
  const byId = (id: string) => {
    const f = log.files.find(
      (x) =>
        x.id === id &&
        (x.owner === env.current.user ||
          x.access !== Access.PRIVATE ||
          x.editors.includes(env.current.user) ||
          x.permissions.some((p) => p.emailAddress === env.current.user)),
    );
    if (!f) throw gasError(GAS_ERRORS.noDriveItem);
    return f;
  };
  return {
    createFile: (a: unknown, b?: string, c?: string) => (env.call('DriveApp.createFile'), create(a, b, c, 'root')),
    createFolder: (name: string) => (env.call('DriveApp.createFolder'), makeFolder(name, 'root')),
    getFileById: (id: string) => (env.call('DriveApp.getFileById'), wrapFile(byId(id))),
    getFolderById: (id: string) => {
      env.call('DriveApp.getFolderById');
      const d = log.folders.find((x) => x.id === id);
      if (!d) throw gasError(GAS_ERRORS.noDriveItem);
      return wrapFolder(d);
    },
    getRootFolder: () => (env.call('DriveApp.getRootFolder'), wrapFolder(log.folders[0])),
    getFilesByName: (name: string) => (
      env.call('DriveApp.getFilesByName'),
      iterator(log.files.filter((f) => f.name === name && f.owner === env.current.user && !f.trashed).map(wrapFile))
    ),
    getFoldersByName: (name: string) => (
      env.call('DriveApp.getFoldersByName'),
      iterator(log.folders.filter((d) => d.name === name).map(wrapFolder))
    ),
    Access,
    Permission,
  };
}

// ---------------------------------------------------------------- MailApp
export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  from: string;
  at: Date;
}

/**
 * MailApp's limits ("Quotas for Google Services", https://developers.google.com/apps-script/guides/services/quotas):
 * "Email recipients per day" 100 (consumer) / 1,500 (Workspace), each account's own and "reset 24
 * hours after the first request"; "Email recipients per message: 50 / msg"; "Email body size:
 * 200 KB / msg" (consumer) / "400 KB / msg" (Workspace). To, cc and bcc all count as recipients.
 */
export class MailLog {
  sent: SentMail[] = [];
  readonly quota = new RollingQuota();
}

const recipientsOf = (message: Omit<SentMail, 'from' | 'at'>): string[] =>
  [message.to, message.cc, message.bcc]
    .filter(Boolean)
    .join(',')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function makeMailApp(env: Env, log: MailLog): Record<string, unknown> {
  const remaining = (): number => log.quota.remaining(env.current.user, env.now(), env.limits.mailRecipientsPerDay);
  const send = (message: Omit<SentMail, 'from' | 'at'>): void => {
    const recipients = recipientsOf(message);
    for (const r of recipients) if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(r)) throw gasError(GAS_ERRORS.invalidEmail(r));
    if (recipients.length > env.limits.mailRecipientsPerMessage) throw gasError(GAS_ERRORS.mailRecipientsPerMessage);
    const bodyBytes = Math.max(Buffer.byteLength(message.body), Buffer.byteLength(message.htmlBody ?? ''));
    if (bodyBytes > env.limits.mailBodyBytes) throw gasError(GAS_ERRORS.mailBodySize);
    if (recipients.length > remaining()) throw gasError(GAS_ERRORS.mailQuota);
    log.quota.charge(env.current.user, env.now(), recipients.length);
    log.sent.push({ ...message, from: env.current.user, at: new Date(env.now()) });
  };
  return {
    sendEmail: (a: unknown, subject?: string, body?: string, options: Record<string, string> = {}) => {
      env.call('MailApp.sendEmail');
      if (typeof a === 'object' && a !== null) {
        const m = a as Record<string, string>;
        send({
          to: m.to,
          subject: m.subject ?? '',
          body: m.body ?? '',
          htmlBody: m.htmlBody,
          name: m.name,
          cc: m.cc,
          bcc: m.bcc,
          replyTo: m.replyTo,
        });
      } else
        send({
          to: String(a),
          subject: subject ?? '',
          body: body ?? '',
          htmlBody: options.htmlBody,
          name: options.name,
          cc: options.cc,
          bcc: options.bcc,
          replyTo: options.replyTo,
        });
    },
    getRemainingDailyQuota: () => (env.call('MailApp.getRemainingDailyQuota'), remaining()),
  };
}

// ---------------------------------------------------------------- Logger, console
export function makeLogger(env: Env): Record<string, unknown> {
  const format = (data: unknown, args: unknown[]): string => {
    let i = 0;
    return args.length
      ? String(data).replace(/%s|%d/g, () => String(args[i++]))
      : typeof data === 'string'
        ? data
        : JSON.stringify(data);
  };
  return {
    log: (data: unknown, ...args: unknown[]) => {
      env.call('Logger.log');
      env.log(format(data, args));
    },
    getLog: () => env.logs.join('\n'),
    clear: () => {
      env.logs.length = 0;
    },
  };
}

export function makeConsole(env: Env): Record<string, unknown> {
  const write =
    (level: string) =>
    (...args: unknown[]) => {
      env.call(`console.${level}`);
      env.log(
        `[${level}] ${args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : JSON.stringify(a))).join(' ')}`,
      );
    };
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    time: () => undefined,
    timeEnd: () => undefined,
  };
}
