/**
 * Every Vietnamese text the checks produce: finding messages, row statuses, report
 * labels and notes. Codes are stable API; these words may change.
 */
import type { Commune } from '../domain/communes';
import type { PhoneProblem } from '../domain/phone';

const list = (communes: Commune[]): string => communes.map((c) => c.fullName).join(' hoặc ');

export const FINDING_TEXT = {
  required: (header: string) => `Thiếu ${header}: vui lòng nhập.`,
  name: {
    single_word: 'Họ và tên chỉ có một từ: nhập đủ họ, tên đệm và tên.',
    digits: 'Họ và tên có chữ số: kiểm tra lại.',
    symbols: 'Họ và tên có ký tự không hợp lệ: chỉ dùng chữ cái tiếng Việt.',
    empty: 'Thiếu họ và tên.',
  },
  dob: {
    format: (raw: string) => `Ngày sinh "${raw}" không đúng dạng: nhập dd/mm/yyyy, ví dụ 15/03/1985.`,
    impossible: (raw: string) => `Ngày sinh "${raw}" không có thật: kiểm tra ngày và tháng.`,
    future: 'Ngày sinh ở tương lai: kiểm tra lại năm sinh.',
    age: (age: number) => `Tuổi ${age} nằm ngoài khoảng 18–70: kiểm tra lại năm sinh.`,
  },
  gender: (raw: string) => `Giới tính "${raw}" không hợp lệ: nhập Nam hoặc Nữ.`,
  phone: (raw: string, problem: PhoneProblem) =>
    problem.kind === 'old'
      ? `Số điện thoại "${raw}" là số 11 chữ số cũ: từ năm 2018 số này đã đổi thành ${problem.converted}.`
      : problem.kind === 'block'
        ? `Số điện thoại "${raw}": đầu số ${problem.block} không có thuê bao nào đang hoạt động, kiểm tra lại.`
        : problem.kind === 'foreign'
          ? `Số điện thoại "${raw}" không phải số Việt Nam: nhập số di động hoặc cố định Việt Nam (10 chữ số, ví dụ 0912345678).`
          : `Số điện thoại "${raw}" không phải số điện thoại đúng dạng: nhập đủ 10 chữ số, ví dụ 0912345678.`,
  cccd: {
    length: (digits: number) => `Số CCCD có ${digits} chữ số: CCCD phải có đủ 12 chữ số.`,
    non_digit: 'Số CCCD chỉ gồm chữ số: bỏ chữ cái và ký tự khác.',
    province: (code: string) => `Số CCCD bắt đầu bằng ${code}: không phải mã tỉnh nơi đăng ký khai sinh.`,
    century: (digit: string) => `Chữ số thứ 4 của CCCD (${digit}) không phải mã thế kỷ/giới tính hợp lệ.`,
  },
  cccdDob: {
    year: (cccdYear: string, dobYear: number) => `Năm sinh trong CCCD (${cccdYear}) khác ngày sinh (${dobYear}).`,
    century: (cccdYear: string, dobYear: number) =>
      `Mã thế kỷ trong CCCD không khớp năm sinh ${dobYear} (CCCD ghi …${cccdYear}).`,
    sex: (gender: string) => `Giới tính trong CCCD khác giới tính đã nhập (${gender}).`,
  },
  email: (header: string, raw: string) => `${header} "${raw}" không phải địa chỉ email hợp lệ.`,
  commune: {
    unknown: (raw: string, suggestions: Commune[]) =>
      `"${raw}" không phải xã/phường/đặc khu của thành phố Hải Phòng${suggestions.length ? `: có phải ${list(suggestions)}?` : '.'}`,
    ambiguous: (raw: string, candidates: Commune[]) => `"${raw}" chưa rõ: có thể là ${list(candidates)}. Nhập đủ dấu.`,
    old: (raw: string, suggestions: Commune[]) =>
      `"${raw}" là đơn vị hành chính cũ (trước 1/7/2025)${suggestions.length ? `: nay thuộc ${list(suggestions)}` : ''}. Nhập tên xã/phường mới.`,
  },
  duplicate: (sheet: string, row: number, name: string, unit: string, by: string) =>
    `Trùng với dòng ${row} trang "${sheet}" (${name}, ${unit}) theo ${by}: chỉ giữ dòng ${row} trang "${sheet}".`,
  duplicateBy: { cccd: 'số CCCD', staffId: 'mã định danh', nameDob: 'họ tên và ngày sinh' },
  hasAccount: (address: string) => `Đã có tài khoản ${address}: không cấp thêm.`,
  notInCsdl: 'Không tìm thấy trong CSDL ngành (17:00 30/8/2025): kiểm tra mã định danh, CCCD hoặc họ tên, ngày sinh.',
  csdlMismatch: (what: string) => `Khác CSDL ngành về ${what}: kiểm tra lại.`,
  csdlWhat: { name: 'họ tên', dob: 'ngày sinh', both: 'họ tên và ngày sinh' },
  countMismatch: (declared: number, listed: number) =>
    `Đề nghị ${declared} người nhưng Danh sách có ${listed} người của đơn vị này.`,
  declaredInvalid: (raw: string) => `Số lượng đề nghị "${raw}" không phải số nguyên.`,
  afterDeadline: (when: string) => `Ghi nhận lúc ${when}, sau hạn chót: Văn phòng Sở xem xét.`,
  serviceNotEligible: (service: string, position: string) =>
    `Đăng ký ${service} "Có" nhưng chức vụ "${position || '(trống)'}" không thuộc đối tượng của Kế hoạch 5277 (hiệu trưởng, phó hiệu trưởng, giám đốc, phó giám đốc${service === 'eOffice' ? ', tổ trưởng, tổ phó, văn thư' : ''}): chưa đề nghị cấp ${service}; email công vụ vẫn được xét.`,
  serviceIncomplete:
    'Đăng ký chữ ký số cần số CCCD hợp lệ: nhập số CCCD để được đề nghị cấp chữ ký số; email công vụ vẫn được xét.',
  // The typed text is not repeated: messages go into the findings file, and typed text reaches no file.
  addressTyped: (header: string) =>
    `${header} chỉ do tiện ích ghi: địa chỉ đã nhập ở đây không phải địa chỉ tiện ích cấp cho người này nên không được dùng, và ô đã được ghi lại đúng giá trị. Người đã có tài khoản thì ghi địa chỉ vào cột "Email công vụ hiện có".`,
  notCreated: (batch: number, exportedOn: string, days: number) =>
    `Đã xuất ở đợt ${batch} (${exportedOn}), quá ${days} ngày mà chưa có trong trang "Danh bạ tài khoản": hỏi đơn vị kỹ thuật xem tài khoản đã được tạo chưa (có thể dòng này bị từ chối).`,
  duplicateHeader: (header: string) => `Cột "${header}" xuất hiện nhiều lần: chỉ dùng cột đầu tiên.`,
} as const;

export const STATUS = {
  assigned: 'Đã cấp địa chỉ',
  valid: 'Hợp lệ',
  warning: 'Hợp lệ (cảnh báo)',
  error: 'Có lỗi',
  duplicate: 'Trùng',
  hasAccount: 'Đã có tài khoản',
} as const;

/** What 'Trạng thái' shows of an addressed row, stage by stage (domain/lifecycle.ts). */
export const LIFECYCLE_STATUS = {
  assigned: STATUS.assigned,
  exported: (batch: number) => `Đã xuất đợt ${batch}`,
  created: 'Đã tạo tài khoản',
  inUse: 'Đang sử dụng',
} as const;
/** Finds NOT_CREATED's message among a row's shown messages (onEdit keeps what it cannot recompute). */
export const NOT_CREATED_MESSAGE = /^Đã xuất ở đợt \d+ \(.*"Danh bạ tài khoản".*$/m;
/** Reads 'Đã xuất đợt N' back (onEdit keeps what the sheet shows); the number, or null. */
export const EXPORTED_STATUS = /^Đã xuất đợt (\d+)$/;

/** What the add-on writes into its columns 'eOffice' and 'Chữ ký số'. */
export const SERVICE_STATUS = {
  requested: 'Đề nghị cấp',
  has: 'Đã có',
  optedOut: 'Không đăng ký',
  notReady: 'Chưa đủ điều kiện',
} as const;

/** Service names as messages say them. */
export const SERVICE_NAMES = { eoffice: 'eOffice', signature: 'chữ ký số' } as const;

export const INPUT_PROBLEM = {
  noRoster:
    'Không có trang "Danh sách": thêm trang tên "Danh sách" (hoặc bắt đầu bằng "Danh sách", như "Danh sách - Phía Đông") có dòng tiêu đề trong 15 dòng đầu.',
  missingColumns: (sheet: string, headers: string[]) =>
    `Trang "${sheet}" thiếu cột ${headers.map((h) => `"${h}"`).join(', ')}: trong 15 dòng đầu chưa có dòng tiêu đề nào đủ các cột này. Thêm cột vào dòng tiêu đề rồi chạy lại.`,
  emptyRoster: (sheet: string) =>
    `Trang "${sheet}" chưa có dòng tiêu đề: một trong 15 dòng đầu phải là tiêu đề các cột (Tên UBND cấp xã, Tên đơn vị, Họ và tên, Ngày sinh…).`,
  tabLeftOut: (sheet: string, headers: string[]) =>
    `Trang "${sheet}" không được đọc: trong 15 dòng đầu không có dòng tiêu đề đủ các cột ${headers.map((h) => `"${h}"`).join(', ')}.`,
} as const;

export const REPORT_TEXT = {
  header: [
    'Tên UBND cấp xã',
    'Khu vực',
    'Số đơn vị',
    'Số đề nghị',
    'Số trong danh sách',
    'Hợp lệ',
    'Trùng',
    'Đã có tài khoản',
    'Có lỗi',
    'Đã cấp địa chỉ',
    // The roll-out's progress (addresses the add-on assigned only), read by name by the dashboard.
    'Đã xuất',
    'Đã tạo tài khoản',
    'Đang sử dụng',
    // Read by name by the dashboard: keep these two exactly.
    'Đề nghị eOffice',
    'Đề nghị chữ ký số',
  ],
  /** The columns the progress chart plots, by their header above. */
  chartSeries: ['Số trong danh sách', 'Hợp lệ', 'Đã cấp địa chỉ', 'Đang sử dụng'],
  unknownCommune: 'Chưa xác định',
  total: 'Tổng cộng',
  noCsdl: 'Không có trang "CSDL ngành": chưa đối chiếu với CSDL ngành.',
  noAccounts:
    'Không có trang "Tài khoản hiện có": chỉ dùng cột "Email công vụ hiện có" để nhận biết người đã có tài khoản.',
  noDirectory:
    'Không có trang "Danh bạ tài khoản": chưa biết tài khoản nào đã được tạo, đang sử dụng (dán danh sách người dùng tải từ trang quản trị thư điện tử vào trang này).',
  noSummary: 'Không có trang "Tổng hợp": chưa đối chiếu số lượng đề nghị.',
  missingOptional: (sheet: string, headers: string[]) =>
    `Trang "${sheet}" thiếu cột ${headers.join(', ')}: bỏ qua trang này.`,
} as const;

export const EXPORT_TEXT = {
  /** Column headers of the plan 5277 lists (HPNET eOffice, digital signatures). */
  eofficeHeader: [
    'STT',
    'Họ và tên',
    'Ngày sinh',
    'Chức vụ',
    'Tên đơn vị',
    'Tên UBND cấp xã',
    'Email công vụ',
    'Số điện thoại',
    'Tên đăng nhập',
  ],
  signatureHeader: [
    'STT',
    'Họ và tên',
    'Ngày sinh',
    'Giới tính',
    'Số CCCD',
    'Chức vụ',
    'Tên đơn vị',
    'Tên UBND cấp xã',
    'Email công vụ',
    'Số điện thoại',
  ],
  googleTooMany: (max: number, rows: number) => `Google Admin console nhận tối đa ${max} dòng một tệp (có ${rows}).`,
} as const;
