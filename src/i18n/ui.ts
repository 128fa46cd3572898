/**
 * Every Vietnamese string the add-on shows in Google Sheets: menu, alerts, toasts,
 * dialogs, sidebars, the Báo cáo / Nhật ký sheets. Imported by the server bundle and
 * by the sidebar client bundles alike, so both sides say the same thing.
 */
export const UI = {
  menu: {
    title: 'Email công vụ',
    register: 'Đăng ký email công vụ',
    checkAll: 'Kiểm tra toàn bộ',
    assign: 'Cấp địa chỉ',
    report: 'Báo cáo tổng hợp',
    exportSub: 'Xuất file cấp tài khoản',
    exportGoogle: 'Google Workspace',
    exportEntra: 'Microsoft Entra',
    exportZimbra: 'Zimbra',
    exportEoffice: 'HPNET eOffice (Kế hoạch 5277)',
    exportSignature: 'Chữ ký số Ban Cơ yếu (Kế hoạch 5277)',
    exportFindings: 'Xuất danh sách lỗi (CSV)',
    runAll: 'Cấp địa chỉ và xuất tất cả tệp',
    release: 'Giải phóng một địa chỉ đã cấp',
    reset: 'Đặt lại mật khẩu',
    settings: 'Cài đặt',
    toggleAuto: 'Bật/Tắt kiểm tra tự động',
    measureSpeed: 'Đo tốc độ',
  },
  actions: {
    release: 'Giải phóng địa chỉ',
    check: 'Kiểm tra toàn bộ',
    assign: 'Cấp địa chỉ',
    report: 'Báo cáo tổng hợp',
    exportGoogle: 'Xuất file Google Workspace',
    exportEntra: 'Xuất file Microsoft Entra',
    exportZimbra: 'Xuất file Zimbra',
    exportEoffice: 'Xuất danh sách HPNET eOffice',
    exportSignature: 'Xuất danh sách chữ ký số',
    exportFindings: 'Xuất danh sách lỗi',
    all: 'Cấp địa chỉ và xuất tất cả tệp',
    reset: 'Đặt lại mật khẩu',
    timed: 'Kiểm tra tự động (hằng giờ)',
    measureSpeed: 'Đo tốc độ',
  },
  speed: {
    scratchSheet: (at: number) => `Đo tốc độ (tạm) ${at}`,
    /** What the probe writes into its scratch sheet: text and notes as units type them. */
    sampleCell: (row: number, column: number) => `ô ${row}-${column}`,
    sampleNote: (cell: string) => `ghi chú ${cell}`,
    logNote: (f: {
      callMs: number;
      flushMs: number;
      perCellMs: Record<'setValues' | 'getValues' | 'setBackgrounds' | 'setNotes', number>;
      timings: { operation: string; cells: number; ms: number }[];
      rangeList: {
        timings: { ranges: number; ms: number }[];
        perRangeMs: number;
        ruleTimings: { ranges: number; ms: number }[];
        rulePerRangeMs: number;
      };
    }) =>
      [
        `1 lệnh gọi ${f.callMs.toFixed(0)} ms`,
        `flush ${f.flushMs.toFixed(0)} ms`,
        `đọc ${f.perCellMs.getValues.toFixed(4)} ms/ô`,
        `ghi giá trị ${f.perCellMs.setValues.toFixed(4)} ms/ô`,
        `ghi màu nền ${f.perCellMs.setBackgrounds.toFixed(4)} ms/ô`,
        `ghi ghi chú ${f.perCellMs.setNotes.toFixed(4)} ms/ô`,
        `ghi theo danh sách vùng ${f.rangeList.perRangeMs.toFixed(4)} ms/vùng`,
        `quy tắc tô màu nhiều vùng ${f.rangeList.rulePerRangeMs.toFixed(4)} ms/vùng`,
        `(${[
          ...f.timings.map((t) => `${t.operation} ${t.cells} ô: ${t.ms} ms`),
          ...f.rangeList.timings.map((t) => `RangeList.setValue ${t.ranges} vùng: ${t.ms} ms`),
          ...f.rangeList.ruleTimings.map((t) => `setConditionalFormatRules ${t.ranges} vùng: ${t.ms} ms`),
        ].join('; ')})`,
      ].join(' · '),
    done: (note: string) =>
      `Đã đo xong trên một trang tạm (đã xóa). Kết quả đã ghi vào "Nhật ký":\n\n${note.split(' · ').join('\n')}`,
  },
  alerts: {
    title: 'Email công vụ',
    busy: 'Một lượt kiểm tra khác đang chạy trên bảng tính này. Vui lòng thử lại sau ít phút.',
    notAllowedOwnerOnly:
      'Chỉ chủ sở hữu bảng tính được thực hiện thao tác này khi danh sách tài khoản Văn phòng trong Cài đặt còn trống.',
    notAllowed: (user: string) =>
      `Tài khoản ${user || '(không xác định)'} không có trong danh sách tài khoản Văn phòng được phép thực hiện thao tác này. Vui lòng liên hệ Văn phòng Sở.`,
    unexpected: 'Đã xảy ra lỗi ngoài dự kiến. Vui lòng thử lại; nếu vẫn lỗi, báo Văn phòng Sở kèm thời điểm xảy ra.',
    cellLimit:
      'Bảng tính đã chạm giới hạn 10 triệu ô của Google Trang tính, nên tiện ích không ghi thêm được. Hãy xoá các cột và dòng trống thừa ở các trang dán vào (CSDL ngành, Tài khoản hiện có, Danh bạ tài khoản), hoặc chuyển các trang không còn dùng sang bảng tính khác, rồi chạy lại.',
    checkDone: (c: {
      rowsRead: number;
      valid: number;
      withErrors: number;
      duplicates: number;
      hasAccount: number;
      findings: number;
    }) =>
      `Đã kiểm tra ${c.rowsRead} dòng: ${c.valid} hợp lệ, ${c.withErrors} có lỗi, ${c.duplicates} trùng, ${c.hasAccount} đã có tài khoản (${c.findings} ghi chú lỗi). Xem cột "Trạng thái" và "Lỗi" trong trang "Danh sách".`,
    assignDone: (c: { assigned: number; newlyAssigned: number; withErrors: number }) =>
      `Đã cấp ${c.newlyAssigned} địa chỉ mới (tổng cộng ${c.assigned} người có địa chỉ). ${c.withErrors} dòng còn lỗi chưa được cấp.`,
    reportDone: 'Đã cập nhật trang "Báo cáo".',
    servicesDone: (c: { eofficeRequests: number; signatureRequests: number }) =>
      `Kế hoạch 5277: ${c.eofficeRequests} người đề nghị cấp tài khoản eOffice, ${c.signatureRequests} người đề nghị cấp chữ ký số.`,
    resumed:
      'Công việc dài được chia thành nhiều lượt; phần còn lại sẽ tự chạy tiếp trong ít phút. Kết quả ghi trong trang "Nhật ký".',
    autoOn: 'Đã bật kiểm tra tự động: mỗi giờ, nếu "Danh sách" có thay đổi, bảng tính sẽ được kiểm tra lại.',
    autoOff: 'Đã tắt kiểm tra tự động.',
    exportEmpty: 'Không có dòng nào đủ điều kiện để xuất. Hãy chạy "Cấp địa chỉ" và sửa các dòng còn lỗi trước.',
  },
  toasts: {
    step: (n: number, total: number, label: string) => `Bước ${n}/${total}: ${label}`,
    stepLabels: {
      owned: 'ghi kết quả vào "Danh sách"',
      ledger: 'ghi "Sổ ghi nhận"',
      marks: 'đánh dấu ô lỗi và danh sách chọn',
      report: 'lập "Báo cáo"',
      export: 'tạo tệp xuất',
      exportAll: 'tạo các tệp cấp tài khoản, eOffice, chữ ký số và danh sách lỗi',
      exportReset: 'tạo các tệp đặt lại mật khẩu',
      handover: 'lập danh sách bàn giao cho đơn vị',
      log: 'ghi "Nhật ký"',
    },
    paused: 'Gần hết thời gian cho phép của một lượt chạy: phần còn lại sẽ tự chạy tiếp sau ít phút.',
  },
  exportDialog: {
    title: 'Tệp đã được tạo',
    body: (rows: number) => `Đã xuất ${rows} dòng vào một tệp riêng trong Google Drive của bạn (không chia sẻ với ai).`,
    open: 'Mở tệp',
    warning: 'Tệp có mật khẩu ban đầu: không chia sẻ, không dán vào bảng tính chung; xoá sau khi đã tạo tài khoản.',
    personalData:
      'Tệp có số CCCD, ngày sinh, số điện thoại: chỉ gửi cho đơn vị cấp tài khoản, không dán vào bảng tính chung.',
    close: 'Đóng',
  },
  report: {
    updatedAt: 'Cập nhật lúc',
    chartTitle: 'Tiến độ theo đơn vị cấp xã',
  },
  log: {
    header: [
      'Thời điểm',
      'Người chạy',
      'Thao tác',
      'Số dòng đọc',
      'Số lỗi/ghi chú',
      'Địa chỉ đã cấp',
      'Thời gian (giây)',
      'Ghi chú',
      // Read by name by the dashboard: keep these two exactly.
      'Đề nghị eOffice',
      'Đề nghị chữ ký số',
    ],
    focalNoColumn: 'Không gửi thư cho cán bộ đầu mối: trang "Tổng hợp" không có cột "Email đầu mối".',
    focalSent: (n: number) => `Đã gửi thư cho ${n} cán bộ đầu mối.`,
    focalQuota: (n: number) => `Hết hạn mức gửi thư trong ngày: ${n} đơn vị chưa được gửi.`,
    resumedPart: (part: number) => `Phần ${part} (chạy tiếp sau giới hạn thời gian)`,
  },
  status: {
    addonNotePrefix: '⚠ Email công vụ: ',
    addonNoteText: 'ô này cần sửa, xem lý do ở cột "Lỗi" cùng dòng.',
  },
  mail: {
    subject: (unit: string) => `[Email công vụ] Các dòng cần sửa của ${unit}`,
    intro: (unit: string, n: number) =>
      `Kính gửi cán bộ đầu mối ${unit},\n\nTrong trang "Danh sách" của bảng tính đăng ký email công vụ, đơn vị có ${n} dòng cần sửa:\n`,
    /** Counts only: a finding's message quotes the typed phone, date of birth or CCCD, and names other rows' people. */
    line: (row: number, errors: number, warnings: number, sheet = '') =>
      `- Dòng ${row}${sheet ? ` trang "${sheet}"` : ''}: ${[errors > 0 ? `${errors} lỗi cần sửa` : '', warnings > 0 ? `${warnings} cảnh báo` : ''].filter(Boolean).join(', ')}`,
    seeSheet:
      '\nLý do từng lỗi nằm ở cột "Lỗi" của dòng đó trong bảng tính (thư này không chép lại dữ liệu cá nhân).\n',
    more: (n: number) => `- … và ${n} dòng khác: xem cột "Lỗi" trong các trang "Danh sách".`,
    outro:
      '\nSau khi sửa, hệ thống sẽ tự kiểm tra lại trong vòng một giờ.\n\nVăn phòng Sở Giáo dục và Đào tạo Hải Phòng',
  },
  validation: {
    communeHelp: 'Chọn đơn vị cấp xã trong danh sách 114 xã, phường, đặc khu của thành phố.',
    genderHelp: 'Chọn Nam hoặc Nữ.',
    positionHelp: 'Chọn chức vụ trong danh sách hoặc ghi chức vụ khác.',
    serviceChoices: ['Có', 'Không'],
    serviceHelp: 'Có, Không hoặc để trống (theo Kế hoạch 5277: cấp cho người thuộc đối tượng).',
    genders: ['Nam', 'Nữ'],
    positions: [
      'Hiệu trưởng',
      'Phó hiệu trưởng',
      'Giám đốc',
      'Phó giám đốc',
      'Tổ trưởng',
      'Tổ phó',
      'Giáo viên',
      'Văn thư',
      'Kế toán',
      'Thủ quỹ',
      'Y tế',
      'Thư viện',
      'Thiết bị',
      'Nhân viên',
    ],
  },
  registration: {
    /** Commune groups of the form's list, by the communes data's region. */
    regionGroups: { Đông: 'Phía Đông', Tây: 'Phía Tây' },
    title: 'Đăng ký email công vụ',
    intro: 'Điền thông tin một cán bộ, giáo viên. Hệ thống kiểm tra trước khi lưu vào trang "Danh sách".',
    commune: 'Tên UBND cấp xã',
    communePlaceholder: '— Chọn xã, phường, đặc khu —',
    unit: 'Tên đơn vị',
    unitHint: 'Chọn trong danh sách hoặc gõ tên đơn vị',
    fullName: 'Họ và tên',
    dob: 'Ngày sinh',
    gender: 'Giới tính',
    position: 'Chức vụ',
    staffId: 'Mã định danh (CSDL ngành)',
    cccd: 'Số CCCD',
    phone: 'Số điện thoại',
    personalEmail: 'Email cá nhân',
    existingEmail: 'Email công vụ hiện có (nếu có)',
    services: 'Đăng ký eOffice và chữ ký số (Kế hoạch 5277)',
    servicesPlan:
      'eOffice: hiệu trưởng, phó hiệu trưởng, giám đốc, phó giám đốc, tổ trưởng, tổ phó, văn thư. Chữ ký số: hiệu trưởng, phó hiệu trưởng, giám đốc, phó giám đốc (cần số CCCD).',
    eofficeRequest: 'eOffice',
    signatureRequest: 'Chữ ký số',
    notCovered: (service: string) =>
      `Chức vụ đã chọn không thuộc đối tượng cấp ${service} của Kế hoạch 5277: vẫn lưu được, Văn phòng Sở sẽ xem xét; email công vụ không bị ảnh hưởng.`,
    note: 'Ghi chú',
    choose: '— Chọn —',
    check: 'Kiểm tra',
    save: 'Lưu vào danh sách',
    checking: 'Đang kiểm tra…',
    saving: 'Đang lưu…',
    valid: 'Thông tin hợp lệ, có thể lưu.',
    warnings: 'Lưu ý:',
    problems: 'Cần sửa trước khi lưu:',
    saved: (row: number) => `Đã lưu vào dòng ${row} của trang "Danh sách".`,
    failed: 'Không thực hiện được: ',
    loading: 'Đang tải dữ liệu…',
  },
  registrationErrors: {
    noRoster: 'Bảng tính chưa có trang "Danh sách". Vui lòng báo Văn phòng Sở.',
    formula: (label: string) => `"${label}" không được bắt đầu bằng dấu "=" (bảng tính sẽ hiểu là công thức).`,
  },
  settings: {
    title: 'Cài đặt',
    domain: 'Tên miền thư',
    addressPattern: 'Mẫu địa chỉ',
    addressPatternHint:
      'Dùng {given} (tên), {initials} (chữ cái đầu của họ và tên đệm), {family} (họ), {middle} (tên đệm); ví dụ {given}{initials} → annv.',
    deadline: 'Hạn chót nhận đăng ký',
    deadlineHint: 'Để trống nếu không có hạn chót.',
    mailPlatform: 'Nền tảng hộp thư',
    mailPlatformHint:
      '"Cấp địa chỉ và xuất tất cả tệp" tạo tệp của nền tảng này; danh sách bàn giao ghi nơi đăng nhập theo nền tảng. Tệp của nền tảng khác vẫn có trong "Xuất file cấp tài khoản".',
    allowedUsers: 'Tài khoản Văn phòng được phép cấp địa chỉ, xuất file (mỗi dòng một địa chỉ)',
    allowedUsersHint: 'Để trống: chỉ chủ sở hữu bảng tính.',
    notify: 'Gửi thư nhắc cán bộ đầu mối sau mỗi lần kiểm tra tự động',
    save: 'Lưu cài đặt',
    saving: 'Đang lưu…',
    saved: 'Đã lưu cài đặt.',
    notSaved: 'Chưa lưu được cài đặt:',
    readOnly: 'Bạn chỉ được xem cài đặt; chỉ chủ sở hữu hoặc tài khoản Văn phòng được phép mới sửa được.',
    loading: 'Đang tải…',
    registerKey: 'Khoá Sổ địa chỉ (cho lệnh ngoại tuyến)',
    registerKeyHint:
      'Chỉ Văn phòng thấy khoá này. Lưu nó vào một tệp riêng và chạy lệnh ngoại tuyến với --key-file <tệp>; không gửi cho đơn vị.',
  },
  settingsErrors: {
    domain: 'Tên miền không hợp lệ (ví dụ: haiphong.edu.vn).',
    patternName: 'Mẫu địa chỉ phải có {given} hoặc {family}.',
    patternLength: (max: number) => `Mẫu địa chỉ dài quá ${max} ký tự.`,
    patternToken: (token: string) =>
      `Mẫu địa chỉ có phần không dùng được: ${token}. Chỉ dùng {given}, {initials}, {family}, {middle}, {familyInitial}, chữ thường không dấu, số, dấu . _ -.`,
    deadline: 'Hạn chót không phải ngày giờ hợp lệ.',
    user: (value: string) => `"${value}" không phải địa chỉ email.`,
    platform: 'Nền tảng thư phải là Google Workspace, Microsoft 365 hoặc Zimbra.',
    stored: 'Cài đặt đã lưu bị hỏng; đang dùng cài đặt mặc định. Vui lòng lưu lại cài đặt.',
  },
} as const;

export type UiStrings = typeof UI;
