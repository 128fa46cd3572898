/** Every Vietnamese string of the hand-over lists, their mails and their log notes. */
export const HANDOVER_TEXT = {
  header: [
    'STT',
    'Họ và tên',
    'Tên đơn vị',
    'Tên UBND cấp xã',
    'Email công vụ',
    'Mật khẩu ban đầu',
    'Đăng nhập tại',
    'Lưu ý',
  ],
  signInLine: (at: string) => `${at} (tên đăng nhập là địa chỉ email công vụ)`,
  changeAtFirstSignIn: 'Bắt buộc đổi mật khẩu ở lần đăng nhập đầu tiên; không chuyển tiếp danh sách này.',
  officeFileName: 'ban-giao-van-phong-cac-don-vi-chua-co-email-dau-moi',
  unitFileName: (name: string) => name,
  mailSubject: (unit: string) => `[Email công vụ] Danh sách tài khoản bàn giao cho ${unit}`,
  /** `unit` is '' for a mail that waited for the quota: its links name the unit's files. */
  mailSubjectBatch: (unit: string, batch: number) =>
    `[Email công vụ] Đợt ${batch}: danh sách tài khoản bàn giao${unit ? ` cho ${unit}` : ' cho đơn vị'}`,
  mailBody: (unit: string, batch: number, url: string, slipsUrl: string, signIn: string) =>
    `Kính gửi cán bộ đầu mối${unit ? ` ${unit}` : ' của đơn vị'},\n\n` +
    `Văn phòng Sở đã lập đợt ${batch} tài khoản email công vụ cho đơn vị. Danh sách (họ tên, địa chỉ, mật khẩu ban đầu) ` +
    `được chia sẻ riêng với thầy/cô tại:\n${url}\n` +
    (slipsUrl ? `Phiếu in cho từng người (mỗi người một trang):\n${slipsUrl}\n` : '') +
    `\nVui lòng chuyển cho từng người địa chỉ và mật khẩu của chính họ (không gửi cả danh sách). ` +
    `Mỗi người đăng nhập tại ${signIn} và bắt buộc đổi mật khẩu ở lần đăng nhập đầu tiên.\n` +
    `Danh sách của các đợt trước giữ nguyên; người được bổ sung sau sẽ có trong danh sách của đợt sau.\n\n` +
    `Văn phòng Sở Giáo dục và Đào tạo Hải Phòng`,
  slipsSuffix: 'phieu-in.pdf',
  log: (lists: number, units: string[]) => `Danh sách bàn giao: ${lists} (${units.join('; ')})`,
  logMails: (sent: number, pending: number) =>
    `thư đã gửi: ${sent}` + (pending > 0 ? `, chưa gửi vì hết hạn mức thư trong ngày: ${pending}` : ''),
  /** An old list shared with an earlier focal person that this Văn phòng account could not trash. */
  unretired: (unit: string, url: string, outcome: 'unshared' | 'stranded', owner: string) =>
    outcome === 'unshared'
      ? `Danh sách cũ của ${unit} (${url}) chưa vào thùng rác được (chỉ chủ tệp ${owner || 'đã tạo nó'} làm được) nhưng đã gỡ hết chia sẻ: không ai khác mở được.`
      : `CẦN XỬ LÝ: danh sách cũ của ${unit} (${url}) vẫn còn chia sẻ với cán bộ đầu mối trước; chỉ ${owner || 'tài khoản Văn phòng đã tạo tệp'} xoá được: hãy đăng nhập tài khoản đó và đưa tệp vào thùng rác.`,
  officeLabel: (units: number) => `Văn phòng (${units} đơn vị chưa có Email đầu mối)`,
  dialogTitle: 'Danh sách bàn giao cho đơn vị',
  dialogBody: (shared: number, office: number) =>
    `Đã chia sẻ ${shared} danh sách bàn giao với cán bộ đầu mối của đơn vị.` +
    (office > 0
      ? ` ${office} đơn vị chưa có "Email đầu mối" trong trang "Tổng hợp": danh sách của các đơn vị này nằm trong tệp của Văn phòng.`
      : ''),
  officeOpen: 'Mở danh sách của Văn phòng',
  notAllowed: 'Chỉ tài khoản Văn phòng được lập danh sách bàn giao.',
  changedMeanwhile:
    'Chưa lập xong danh sách bàn giao: danh sách người được cấp đã thay đổi trong lúc xuất tệp. Vui lòng xuất lại tệp cấp tài khoản.',
} as const;

/** The approval of hand-over recipients: 'Đầu mối đã duyệt', its dialog and what runs say of it. */
export const RECIPIENT_TEXT = {
  header: ['Mã đơn vị', 'Đơn vị', 'Email đã duyệt', 'Duyệt lúc', 'Người duyệt', 'Đã từ chối'],
  protection: 'Email đầu mối Văn phòng Sở đã duyệt: chỉ Văn phòng Sở được sửa.',
  menuItem: 'Duyệt email đầu mối nhận bàn giao',
  title: 'Duyệt email đầu mối nhận danh sách bàn giao',
  intro:
    'Email đầu mối trong trang "Tổng hợp" chỉ là đề nghị của đơn vị. Danh sách bàn giao (có mật khẩu ban đầu) chỉ được chia sẻ và gửi thư tới địa chỉ Văn phòng đã duyệt; đơn vị chờ duyệt thì danh sách nằm trong tệp của Văn phòng.',
  pendingCount: (n: number) => `${n} đề nghị chờ duyệt`,
  noPending: 'Không có đề nghị nào chờ duyệt.',
  approvedCount: (n: number) => `${n} đơn vị đã có email đầu mối được duyệt.`,
  columns: ['Đơn vị', 'Email cũ (đã duyệt)', 'Email mới (đề nghị)', ''],
  none: '(chưa có)',
  outside: (domain: string) => `ngoài ${domain}`,
  conflict: 'đơn vị có nhiều đề nghị: duyệt từng địa chỉ',
  approveAll: 'Duyệt tất cả',
  approveAllHint: 'Duyệt mọi đề nghị, trừ đơn vị có nhiều địa chỉ đề nghị khác nhau.',
  approve: 'Duyệt',
  reject: 'Từ chối',
  done: (approved: number, rejected: number, stale: number) =>
    `Đã duyệt ${approved}, từ chối ${rejected}` +
    (stale > 0 ? `; ${stale} đề nghị đã thay đổi trong trang "Tổng hợp" nên chưa xử lý, xem lại danh sách.` : '.'),
  planted:
    'Trang "Đầu mối đã duyệt" không do tiện ích tạo nên không được dùng: mọi danh sách bàn giao nằm trong tệp của Văn phòng. Văn phòng xoá hoặc đổi tên trang đó rồi duyệt lại.',
  noSummary: 'Trang "Tổng hợp" chưa có cột "Email đầu mối" hợp lệ: không có đề nghị nào.',
  loading: 'Đang tải…',
  failed: 'Không thực hiện được: vui lòng thử lại.',
  office: 'Văn phòng (tệp của người xuất, không chia sẻ)',
  others: 'những người nhận khác',
  recipientLine: (to: string, addresses: number) => `${to}: ${addresses} địa chỉ`,
  logRecipients: (lines: string[]) => `Người nhận: ${lines.join('; ')}`,
  moreRecipients: (n: number) => `… và ${n} người nhận khác`,
  dialogRecipients: 'Người nhận danh sách bàn giao',
  pendingNote: (n: number) =>
    `${n} đơn vị có email đầu mối chờ duyệt: danh sách của các đơn vị này nằm trong tệp của Văn phòng. Duyệt tại menu "Email công vụ › Duyệt email đầu mối nhận bàn giao".`,
} as const;

/** 'Sổ bàn giao': one row per unit per list of each batch, appended as the lists are made. */
export const HANDOVER_RECORD_TEXT = {
  header: ['Đợt', 'Thời điểm', 'Đơn vị', 'Người nhận', 'Số địa chỉ', 'Tệp'] as const,
  protection: 'Email công vụ: sổ bàn giao (chỉ Văn phòng sửa)',
  notKept:
    'Không ghi được trang "Sổ bàn giao" (trang cùng tên không do tiện ích tạo, hoặc không bảo vệ được): danh sách vẫn được bàn giao; Văn phòng xoá hoặc đổi tên trang đó.',
  seeRecord: 'Từng người nhận và số địa chỉ của họ: trang "Sổ bàn giao".',
} as const;
