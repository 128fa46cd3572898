/**
 * Plain-value contracts shared by the pure domain code, the Sheets layer and the
 * offline command. Nothing here knows about Apps Script.
 */

/** What `Range.getValues()` hands back for one cell; '' is an empty cell. */
export type CellValue = string | number | boolean | Date;

/**
 * One sheet as read with a single `getValues()` of its data range: `values[i]` is sheet row
 * i + 1 (title rows, the header and any numbering row included; sheet-layout.ts finds them).
 */
export interface RawTable {
  sheetName: string;
  values: CellValue[][];
}

/** Where a roster row is: its tab and its 1-based sheet row, as the user sees them. */
export interface RowRef {
  sheet: string;
  row: number;
}

/** A row's key for a Map or Set of rows. */
export const rowRefKey = (r: RowRef): string => `${r.sheet}\u0000${r.row}`;

/** The input sheets of the workbook; `null` when the sheet does not exist. */
export interface WorkbookInput {
  /** Every sheet whose name starts with 'Danh sách', in workbook order: one roster over them all. */
  rosterTabs?: RawTable[];
  /** A workbook with one roster tab may give it here instead. */
  roster?: RawTable | null;
  summary: RawTable | null; // Tổng hợp
  accounts: RawTable | null; // Tài khoản hiện có
  csdl: RawTable | null; // CSDL ngành
  /** Sổ địa chỉ, the add-on's register of every address it assigned; absent before the first assignment. */
  register?: RawTable | null;
  /** Sổ ghi nhận (first-seen times, units of addresses), only when it is the add-on's own sheet. */
  ledger?: RawTable | null;
  /** First-seen stamps made by onEdit and the form since the ledger was last written (document properties). */
  queuedSeen?: readonly { token: string; at: Date }[];
  /**
   * No ledger was ever made in this workbook (the add-on's first run since it kept one): the
   * times 'Ghi nhận lúc' shows, from earlier runs, are taken over once (never later than now).
   */
  firstSeenFromColumn?: boolean;
  /** Danh bạ tài khoản, the mail directory's user list as pasted; absent until Văn phòng adds one. */
  directory?: RawTable | null;
}

export const FINDING_CODES = [
  'REQUIRED',
  'NAME_INVALID',
  'DOB_INVALID',
  'GENDER_INVALID',
  'PHONE_INVALID',
  'CCCD_INVALID',
  'CCCD_DOB_MISMATCH',
  'EMAIL_INVALID',
  'COMMUNE_UNKNOWN',
  'DUPLICATE_PERSON',
  'HAS_ACCOUNT',
  'NOT_IN_CSDL',
  'CSDL_MISMATCH',
  'COUNT_MISMATCH',
  'AFTER_DEADLINE',
  'SERVICE_NOT_ELIGIBLE',
  'SERVICE_INCOMPLETE',
  'ADDRESS_TYPED',
  'NOT_CREATED',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** Codes that concern the eOffice and digital-signature requests only (plan 5277). */
export const SERVICE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'SERVICE_NOT_ELIGIBLE',
  'SERVICE_INCOMPLETE',
]);

/** Codes that do not hold back an address (Văn phòng decides; a service code holds back only that service). */
export const WARNING_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'AFTER_DEADLINE',
  'NOT_CREATED',
  ...SERVICE_CODES,
]);

export interface Finding {
  sheet: string;
  /** 1-based sheet row, as the user sees it. */
  row: number;
  /** The column header as written in the sheet (or the canonical header when the column is absent). */
  column: string;
  code: FindingCode;
  message: string;
}

/** Where the sector's mailboxes live; '' while Văn phòng has not chosen (every file is made). */
export type MailPlatform = '' | 'google' | 'microsoft' | 'zimbra';
export const MAIL_PLATFORMS: readonly MailPlatform[] = ['', 'google', 'microsoft', 'zimbra'];

export interface Settings {
  /** Mail domain, without '@'. */
  domain: string;
  /** Local-part pattern, e.g. '{given}{initials}' → annv. */
  addressPattern: string;
  /** Rows first seen after this instant get AFTER_DEADLINE; null = no deadline. */
  deadline: Date | null;
  /** Văn phòng accounts allowed to run actions that change the workbook or export. */
  allowedUsers: string[];
  /** E-mail each unit's focal person a digest of open problems after a timed check. */
  notifyFocalPersons: boolean;
  /** The hand-over's "sign in at" and the file "Cấp địa chỉ và xuất tất cả tệp" makes follow it. */
  mailPlatform: MailPlatform;
}

export const DEFAULT_SETTINGS: Settings = {
  domain: 'haiphong.edu.vn',
  addressPattern: '{given}{initials}',
  deadline: null,
  allowedUsers: [],
  notifyFocalPersons: false,
  mailPlatform: '',
};
