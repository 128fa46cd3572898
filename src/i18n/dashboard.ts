/** Every Vietnamese string of the Director's dashboard page and its menu item. */
/** Báo cáo's headers of the figures the page knows (as the report writes them), and its region labels. */
export const REPORT_FIGURE_HEADERS = {
  units: 'Số đơn vị',
  declared: 'Số đề nghị',
  listed: 'Số trong danh sách',
  valid: 'Hợp lệ',
  duplicates: 'Trùng',
  hasAccount: 'Đã có tài khoản',
  withErrors: 'Có lỗi',
  assigned: 'Đã cấp địa chỉ',
  exported: 'Đã xuất',
  created: 'Đã tạo tài khoản',
  inUse: 'Đang sử dụng',
  eoffice: 'Đề nghị eOffice',
  signature: 'Đề nghị chữ ký số',
} as const;
export const REPORT_REGIONS = ['Đông', 'Tây'] as const;

export const DASHBOARD_TEXT = {
  title: 'Tiến độ cấp email công vụ',
  subtitle: 'Ngành Giáo dục và Đào tạo thành phố Hải Phòng',
  computedAt: (when: string) => `Số liệu tính lúc ${when}`,
  countsOnly: 'Trang chỉ hiển thị số lượng, không có thông tin cá nhân.',
  city: 'Toàn thành phố',
  progress: 'Đã cấp địa chỉ / số cần cấp',
  headline: 'Hộp thư đang sử dụng',
  headlineOf: (inUse: string, needed: string) => `${inUse} / ${needed} người cần hộp thư`,
  headlineNote:
    'Người cần hộp thư: số đề nghị hoặc số trong danh sách (bỏ dòng trùng), trừ người đã có tài khoản. Đang sử dụng: tài khoản có trong danh bạ và đã đăng nhập.',
  funnelTitle: 'Từ danh sách đến hộp thư đang sử dụng',
  funnelChart: 'Biểu đồ: trong danh sách, hợp lệ, đã cấp địa chỉ, đã xuất, đã tạo tài khoản, đang sử dụng',
  funnel: {
    listed: 'Trong danh sách',
    valid: 'Hợp lệ',
    assigned: 'Đã cấp địa chỉ',
    exported: 'Đã xuất',
    created: 'Đã tạo tài khoản',
    inUse: 'Đang sử dụng',
  },
  // The page names figures as Báo cáo heads them, but for two headers it shortens.
  figures: { ...REPORT_FIGURE_HEADERS, declared: 'Đề nghị', listed: 'Trong danh sách' },
  regionsTitle: 'Theo khu vực',
  regionName: { Đông: 'Phía Đông', Tây: 'Phía Tây' } as Record<string, string>,
  regionsChart: 'Biểu đồ: đề nghị, trong danh sách và đã cấp địa chỉ theo khu vực',
  behindTitle: 'Các xã, phường, đặc khu chậm nhất',
  behindChart: 'Biểu đồ: tỉ lệ đã cấp địa chỉ của các đơn vị chậm nhất',
  behindNone: 'Chưa có đơn vị nào báo cáo.',
  notReportedTitle: (n: number) => `Chưa báo cáo (${n})`,
  notReportedNone: 'Tất cả các xã, phường, đặc khu đã có danh sách.',
  communesTitle: 'Chi tiết theo xã, phường, đặc khu',
  commune: 'Tên UBND cấp xã',
  region: 'Khu vực',
  rate: 'Tỉ lệ',
  noSnapshot:
    'Chưa có số liệu. Văn phòng Sở chạy "Kiểm tra toàn bộ" hoặc "Báo cáo tổng hợp" trong bảng tính một lần để trang có số liệu.',
  notAllowed: (domain: string) =>
    `Trang này chỉ dành cho tài khoản @${domain}. Vui lòng đăng nhập bằng tài khoản công vụ.`,
  notConfigured:
    'Trang tiến độ chưa biết bảng tính chính thức: người triển khai tiện ích ghi mã bảng tính đó vào "dashboardSpreadsheetId" trong deploy.config.json rồi triển khai lại (hướng dẫn trong README).',
  notARequest: 'Trang tiến độ chỉ mở bằng đường dẫn của ứng dụng web.',
  menuItem: 'Mở trang tiến độ (lãnh đạo Sở)',
  dialogTitle: 'Trang tiến độ',
  dialogOpen: 'Mở trang tiến độ',
  dialogNote: 'Trang chỉ mở được bằng tài khoản của tên miền; số liệu là của lần chạy gần nhất.',
  notDeployed:
    'Trang tiến độ chưa được triển khai. Người quản trị dự án Apps Script chọn Triển khai › Triển khai mới › Ứng dụng web (Thực thi với tư cách: tôi; Ai có quyền truy cập: mọi người trong miền), rồi mở lại mục này. Hướng dẫn trong README.',
} as const;
