/** Every Vietnamese string of batches (đợt), password resets and the mail platform. */
const pad2 = (n: number): string => String(n).padStart(2, '0');

export const BATCH_TEXT = {
  /** 'Đợt 02 – 2025-09-12 – …': every Drive file of a batch carries its number and day. */
  fileName: (batch: number, day: string, rest: string) => `Đợt ${pad2(batch)} – ${day} – ${rest}`,
  label: (batch: number) => `Đợt ${batch}`,
  resetLabel: (batch: number) => `Đợt ${batch} (đặt lại mật khẩu)`,
  nothingNew:
    'Không có địa chỉ mới nào cần xuất: mọi địa chỉ đã có trong một đợt trước. Không tạo đợt mới và không tạo tệp nào (tệp của các đợt trước giữ nguyên).',
  logNothingNew: 'Không có gì mới: không tạo đợt, không tạo tệp',
  logBatch: (batch: number, accounts: number, reset: boolean) =>
    `${reset ? `Đợt ${batch} (đặt lại mật khẩu)` : `Đợt ${batch}`}: ${accounts} tài khoản`,
  dialogBatch: (batch: number, accounts: number, reset: boolean) =>
    reset
      ? `Đợt ${batch}: đặt lại mật khẩu cho ${accounts} tài khoản.`
      : `Đợt ${batch}: ${accounts} tài khoản mới (chỉ những địa chỉ chưa có trong đợt nào trước đây).`,
  entraResetHeader: ['userPrincipalName', 'displayName', 'Mật khẩu mới'],
  resetTitle: 'Đặt lại mật khẩu',
  resetPrompt:
    'Chọn tài khoản cần đặt mật khẩu mới:\n' +
    '• các địa chỉ email công vụ (cách nhau bằng dấu phẩy, khoảng trắng hoặc xuống dòng), hoặc\n' +
    '• "đơn vị: <tên đơn vị>" (có thể thêm " — <tên xã/phường>"), hoặc\n' +
    '• "đợt <số>" khi tệp của cả đợt bị mất.\n' +
    'Chỉ địa chỉ đã xuất trong một đợt mới được đặt lại.',
  /** What Văn phòng types: 'đợt 3', 'đơn vị: Trường THCS Lê Chân — Phường Lê Chân', or addresses. */
  resetBatchPattern: /^\s*đợt\s*(\d{1,4})\s*$/i,
  resetUnitPattern: /^\s*đơn\s*vị\s*:\s*([^—–]+?)\s*(?:[—–]\s*(.+?))?\s*$/i,
  resetTooMany: (max: number) =>
    `Nhập nhiều nhất ${max} địa chỉ một lần; để đặt lại cho cả đơn vị hoặc cả đợt, hãy nhập "đơn vị: …" hoặc "đợt …".`,
  resetEmpty: 'Chưa chọn tài khoản nào: không đặt lại mật khẩu.',
  resetNone: 'Không có tài khoản đã xuất nào khớp lựa chọn: không đặt lại mật khẩu.',
  resetConfirm: (accounts: number) =>
    `${accounts} tài khoản sẽ được đặt mật khẩu mới. Mật khẩu cũ của các tài khoản này sẽ không dùng được sau khi đơn vị kỹ thuật tải tệp lên. Tiếp tục?`,
  resetCancelled: 'Đã huỷ: không đặt lại mật khẩu.',
  resetFiles: {
    google: 'google-workspace-dat-lai-mat-khau.csv',
    zimbra: 'zimbra-dat-lai-mat-khau.txt',
    entra: 'microsoft-entra-dat-lai-mat-khau-thu-cong.csv',
  },
  resetDone: (batch: number, accounts: number) =>
    `Đợt ${batch}: đã tạo tệp đặt lại mật khẩu cho ${accounts} tài khoản và danh sách bàn giao mới. Microsoft Entra không đặt lại được bằng tệp tạo hàng loạt: các tài khoản được liệt kê riêng để đặt lại từng tài khoản.`,
  platforms: {
    '': 'Chưa chọn (xuất cả ba tệp)',
    google: 'Google Workspace',
    microsoft: 'Microsoft 365',
    zimbra: 'Zimbra',
  },
  /** Where a person signs in, by mail platform. */
  signIn: {
    google: 'https://mail.google.com',
    microsoft: 'https://outlook.office.com',
    zimbra: (domain: string) => `https://mail.${domain}`,
  },
  mailsWaiting: (n: number) => `${n} thư bàn giao đang chờ hạn mức thư của ngày sau`,
} as const;
