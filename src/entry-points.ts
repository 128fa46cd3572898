/**
 * The one list of functions Apps Script must find as top-level declarations.
 * The build generates a stub for each name; `src/entry.ts` must provide a handler
 * for each (the type below makes a missing one a compile error).
 * Kept free of imports so the build script can read it.
 */
export const ENTRY_POINTS = {
  // Simple triggers and add-on install hook.
  onOpen: 'simple trigger: builds the menu',
  onInstall: 'add-on installed: builds the menu',
  onEdit: 'simple trigger: re-checks the edited rows of Danh sách',
  // Menu "Email công vụ".
  menuShowRegistrationForm: 'menu: sidebar Đăng ký email công vụ',
  menuCheckAll: 'menu: Kiểm tra toàn bộ',
  menuAssignAddresses: 'menu: Cấp địa chỉ',
  menuBuildReport: 'menu: Báo cáo tổng hợp',
  menuExportGoogle: 'menu: Xuất file cấp tài khoản › Google Workspace',
  menuExportEntra: 'menu: Xuất file cấp tài khoản › Microsoft Entra',
  menuExportZimbra: 'menu: Xuất file cấp tài khoản › Zimbra',
  menuExportEoffice: 'menu: Xuất file cấp tài khoản › HPNET eOffice (plan 5277)',
  menuExportSignature: 'menu: Xuất file cấp tài khoản › Chữ ký số Ban Cơ yếu (plan 5277)',
  menuExportFindings: 'menu: Xuất danh sách lỗi (CSV)',
  menuRunAll: 'menu: Cấp địa chỉ và xuất tất cả tệp (one read, one check, every file)',
  menuReleaseAddress: 'menu: Giải phóng một địa chỉ đã cấp (Văn phòng only; logged in Nhật ký)',
  menuReviewRecipients: 'menu: Duyệt email đầu mối nhận bàn giao (Văn phòng only)',
  menuResetPasswords: 'menu: Đặt lại mật khẩu (Văn phòng only; a reset batch of the chosen exported accounts)',
  menuShowSettings: 'menu: Cài đặt',
  menuToggleAutoCheck: 'menu: Bật/Tắt kiểm tra tự động',
  menuMeasureSpeed: 'menu: Đo tốc độ (times Sheets operations on a scratch sheet; Văn phòng only)',
  menuOpenDashboard: 'menu: link to the dashboard web app',
  // Web app.
  doGet: "web app: the dashboard page, printed from the last run's snapshot",
  // Installable triggers.
  onTimedCheck: 'time-driven trigger: hourly re-check',
  onResumeJob: 'time-driven trigger: carries on a job cut short by the time limit',
  // google.script.run targets.
  getRegistrationFormData: 'sidebar: reference data for the form',
  validateRegistration: 'sidebar: checks a person before saving',
  submitRegistration: 'sidebar: appends a person to Danh sách',
  getSettings: 'sidebar: reads the settings',
  saveSettings: 'sidebar: saves the settings',
  getRecipientReview: 'dialog: the pending hand-over recipients (Văn phòng only)',
  decideRecipients: 'dialog: approves or rejects hand-over recipients (Văn phòng only)',
} as const;

export type EntryPointName = keyof typeof ENTRY_POINTS;
export const ENTRY_POINT_NAMES = Object.keys(ENTRY_POINTS) as EntryPointName[];
/** The global the bundle assigns; the stubs call through it. */
export const BUNDLE_GLOBAL = 'EmailCongVu';
