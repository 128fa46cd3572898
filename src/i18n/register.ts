/** The address register sheet the add-on owns ('Sổ địa chỉ'): its headers and the texts of a release. */
export const REGISTER_HEADER = ['Email công vụ', 'Người được cấp'] as const;

export const REGISTER_TEXT = {
  staffIdLabel: 'Mã định danh',
  cccdLabel: 'CCCD',
  dobLabel: 'Ngày sinh',
  headerWithCheck: (check: string) => `${REGISTER_HEADER[1]} (khoá ${check})`,
  checkPattern: /\(khoá ([0-9a-f]{8})\)/,
  /** The register was sealed under another key than this workbook's (offline: another key file). */
  wrongKey:
    'Sổ địa chỉ được niêm phong bằng một khoá khác với khoá của bảng tính này, nên không đối chiếu được ai đã được cấp địa chỉ nào. Chưa cấp địa chỉ, chưa xuất tệp. Khi chạy ngoại tuyến, hãy dùng đúng tệp khoá (--key-file) của Văn phòng.',
  released: (when: string, by: string) => `Đã giải phóng ${when} (${by}): `,
  /** Reads back what `released` wrote: when, by whom, then who the address was given to. */
  releasedPattern: /^Đã giải phóng ([^()]*)\(([^)]*)\):\s*(.*)$/s,
  /** The batch that exported an address, and those whose eOffice / signature lists held its request. */
  batchSegment: (n: number, when: string) => `Đợt ${n} (${when})`,
  batchPattern: /^Đợt (\d{1,4}) \(([^)]*)\)$/,
  eofficeSegment: (n: number) => `eOffice đợt ${n}`,
  eofficePattern: /^eOffice đợt (\d{1,4})$/,
  signatureSegment: (n: number) => `Chữ ký số đợt ${n}`,
  signaturePattern: /^Chữ ký số đợt (\d{1,4})$/,
  protection: 'Sổ địa chỉ công vụ đã cấp: chỉ Văn phòng Sở được sửa.',
  /** A 'Sổ địa chỉ' the add-on did not make (a unit may have made it): the run stops. */
  planted:
    'Trang tính "Sổ địa chỉ" trong bảng tính không phải do tiện ích tạo ra (có thể do một đơn vị tự thêm), nên tiện ích không đọc và không dùng bất kỳ dòng nào trong đó. Chưa kiểm tra, chưa cấp địa chỉ, chưa xuất tệp nào. Văn phòng Sở hãy xem lại trang tính này, rồi xoá hoặc đổi tên nó và chạy lại: tiện ích sẽ tự tạo Sổ địa chỉ mới, chỉ Văn phòng được sửa.',
  /** The runner is in Văn phòng's list but not yet an editor of the register's protection. */
  notEditor:
    'Tài khoản của bạn chưa được quyền sửa trang "Sổ địa chỉ" (có lẽ mới được thêm vào Cài đặt sau lần chạy trước). Chưa cấp địa chỉ, chưa ghi gì. Chủ sở hữu bảng tính hoặc một tài khoản Văn phòng đã có quyền hãy chạy "Kiểm tra" một lần: tiện ích sẽ thêm bạn vào danh sách được sửa.',
  /** The register could not be protected for Văn phòng on this run. */
  unprotected:
    'Không bảo vệ được trang tính "Sổ địa chỉ" để chỉ Văn phòng Sở được sửa (tài khoản đang chạy không có quyền sửa phần bảo vệ). Hãy để chủ sở hữu bảng tính chạy lại.',
  referenceProtection: (name: string) => `Dữ liệu đối chiếu "${name}": chỉ Văn phòng Sở được sửa.`,
  /** One line per reference sheet the run could not protect: said in the dialog and in Nhật ký. */
  referenceUnprotected: (names: readonly string[]) =>
    `Không bảo vệ được ${names.map((n) => `"${n}"`).join(', ')} để chỉ Văn phòng Sở được sửa: đơn vị vẫn sửa được các trang này, hãy để chủ sở hữu bảng tính chạy lại hoặc tự bảo vệ chúng (Dữ liệu > Bảo vệ trang tính và dải ô).`,
  releaseTitle: 'Giải phóng địa chỉ',
  releasePrompt:
    'Nhập địa chỉ email công vụ cần giải phóng. Địa chỉ sẽ bị xoá khỏi mọi dòng của Danh sách và có thể được cấp cho người khác.',
  releaseEmpty: 'Chưa nhập địa chỉ: không giải phóng.',
  releaseUnknown: (address: string) => `Địa chỉ ${address} không có trong Sổ địa chỉ (hoặc đã được giải phóng).`,
  releaseDone: (address: string, rows: number) =>
    `Đã giải phóng ${address}${rows > 0 ? `, xoá khỏi ${rows} dòng của Danh sách` : ''}. Lần cấp địa chỉ sau có thể cấp địa chỉ này cho người khác.`,
  releaseLog: (address: string) => `Giải phóng ${address}`,
} as const;

/** 'Sổ ghi nhận', the add-on's record of first-seen times and of the unit each address was given in. */
export const LEDGER_TEXT = {
  header: ['Loại', 'Giá trị', 'Danh sách'],
  seenKind: 'Ghi nhận lúc',
  unitKind: 'Đơn vị khi cấp',
  protection: 'Sổ ghi nhận của tiện ích Email công vụ: chỉ Văn phòng Sở được sửa.',
  planted:
    'Trang "Sổ ghi nhận" không do tiện ích tạo nên không được dùng: thời điểm ghi nhận chưa được lưu. Văn phòng xoá hoặc đổi tên trang đó rồi chạy lại.',
} as const;
