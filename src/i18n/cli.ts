/** Every line the offline command prints. */
import type { CheckCounts } from '../domain/rules/outcome';

/** The run's counts the summary prints; plan 5277 figures the run did not report print as 0. */
type SummaryCounts = Omit<CheckCounts, 'rowsRead' | 'eofficeRequests' | 'signatureRequests'> &
  Partial<Pick<CheckCounts, 'eofficeRequests' | 'signatureRequests'>>;

export const CLI_TEXT = {
  help: `Kiểm tra tệp đăng ký email công vụ ngoại tuyến, bằng đúng mã chạy trên Google Trang tính.

Cách dùng:
  npm run cli -- check <tệp.xlsx> --out <thư mục>   kiểm tra, cấp địa chỉ, xuất báo cáo và tệp cấp tài khoản
  npm run cli -- demo                               chạy trên tệp mẫu sample/mau-dang-ky.xlsx, kết quả ở out/demo
  npm run cli -- --help                             hướng dẫn này

Tùy chọn:
  --out <thư mục>     nơi ghi kết quả (mặc định: out/<tên tệp>)
  --user <email>      tài khoản Văn phòng chạy lệnh (mặc định: chủ sở hữu tệp)
  --now <ISO>         thời điểm chạy, để lặp lại đúng kết quả (ví dụ 2025-09-05T09:00:00+07:00)
  --deadline <ngày>   hạn chót nhận đăng ký, giờ Hải Phòng (2025-09-15 hoặc 2025-09-15T17:00)
  --domain <miền>     tên miền thư (mặc định haiphong.edu.vn)
  --pattern <mẫu>     mẫu địa chỉ (mặc định {given}{initials})
  --key-file <tệp>    khoá niêm phong Sổ địa chỉ của Văn phòng: đọc nếu tệp có, chưa có thì ghi khoá của
                      lần chạy này vào đó (không có tuỳ chọn: register.key cạnh tệp bảng tính nếu có, không thì <thư mục>/register.key)
  --platform <tên>    nền tảng hộp thư: google, microsoft hoặc zimbra (mặc định: xuất cả ba tệp)
  --quiet             chỉ in đường dẫn kết quả
  --debug             in chi tiết lỗi kỹ thuật

Kết quả: result.xlsx, findings.csv, provisioning/ (tệp của đợt mới: google-workspace.csv, microsoft-entra.csv,
zimbra.zmprov, hpnet-eoffice.csv, ban-co-yeu-chu-ky-so.csv), handover/ (danh sách .csv và phiếu in .html của
từng đơn vị), dashboard.html, stats.json. Chạy tiếp trên result.xlsx: đợt sau chỉ có người mới. Mã thoát: 0 đã chạy (lỗi dữ liệu nằm trong findings.csv),
2 tệp không dùng được, 1 lỗi ngoài dự kiến.`,
  usage: 'Thiếu tham số: dùng "npm run cli -- check <tệp.xlsx> --out <thư mục>" (xem "npm run cli -- --help").',
  unknownCommand: (c: string) => `Không có lệnh "${c}": dùng "check" hoặc "demo" (xem "npm run cli -- --help").`,
  unknownOption: (o: string) => `Không có tùy chọn "${o}" (xem "npm run cli -- --help").`,
  badNow: (v: string) => `Thời điểm "${v}" không đúng dạng ISO, ví dụ 2025-09-05T09:00:00+07:00.`,
  badSettings: (m: string) => `Cài đặt không hợp lệ: ${m.replace(/\n/g, '; ')}`,
  missing: (p: string) => `Không tìm thấy tệp "${p}": kiểm tra lại đường dẫn.`,
  notXlsx: (p: string) =>
    `"${p}" không phải tệp Excel .xlsx: mở bằng Excel hoặc Google Trang tính rồi lưu lại dạng .xlsx.`,
  encrypted: (p: string) => `"${p}" đang đặt mật khẩu: bỏ mật khẩu rồi chạy lại.`,
  xls: (p: string) =>
    `"${p}" là tệp Excel 97–2003 (.xls), lệnh chỉ đọc .xlsx: mở bằng Excel, chọn Lưu thành › Sổ làm việc Excel (*.xlsx) (hoặc mở bằng Google Trang tính rồi tải xuống dạng .xlsx) và chạy lại với tệp .xlsx.`,
  ods: (p: string) =>
    `"${p}" là bảng tính OpenDocument (.ods), lệnh chỉ đọc .xlsx: mở bằng LibreOffice Calc, chọn Lưu thành › Excel 2007-365 (.xlsx) (hoặc mở bằng Google Trang tính rồi tải xuống dạng .xlsx) và chạy lại với tệp .xlsx.`,
  tooLarge: (p: string, partMb: number, totalMb: number) =>
    `"${p}" giải nén ra quá lớn (một trang quá ${partMb} MB, cả tệp quá ${totalMb} MB) hoặc khai sai kích thước bên trong: không giống tệp đăng ký thật, có thể là tệp hỏng hoặc tệp độc hại; lưu lại tệp từ Excel hoặc Google Trang tính rồi chạy lại.`,
  corrupt: (p: string) =>
    `Không đọc được "${p}" (tệp hỏng hoặc không phải .xlsx): lưu lại tệp từ Excel hoặc Google Trang tính rồi chạy lại.`,
  unexpected: 'Lỗi ngoài dự kiến khi chạy kiểm tra: chạy lại với --debug và gửi kết quả cho nhóm phát triển.',
  noBundle: 'Chưa có bản dựng build/Code.js: chạy "npm run build" trước.',
  summary: (s: SummaryCounts) =>
    [
      `Số người: ${s.people}`,
      `Hợp lệ: ${s.valid}`,
      `Trùng: ${s.duplicates}`,
      `Đã có tài khoản: ${s.hasAccount}`,
      `Có lỗi: ${s.withErrors}`,
      `Đã cấp địa chỉ: ${s.assigned} (mới: ${s.newlyAssigned})`,
      `Số lỗi/cảnh báo: ${s.findings}`,
      `Đề nghị eOffice: ${s.eofficeRequests ?? 0}`,
      `Đề nghị chữ ký số: ${s.signatureRequests ?? 0}`,
    ].join('\n'),
  wrote: (dir: string) => `Kết quả đã ghi vào ${dir}:`,
  batch: (n: number, accounts: number) => `Đợt ${n}: ${accounts} tài khoản mới.`,
  nothingNew: 'Không có địa chỉ mới nào cần xuất: không tạo đợt mới, provisioning/ và handover/ để trống.',
  timing: (ms: number, calls: number, modelled: number) =>
    `Thời gian: ${(ms / 1000).toFixed(1)} giây; ${calls} lệnh gọi dịch vụ, ước tính ${(modelled / 1000).toFixed(1)} giây trên Google.`,
} as const;

/** What the local Apps Script runtime names things, as Google does for a Vietnamese-locale user. */
export const LOCAL_RUNTIME_TEXT = {
  spreadsheetName: 'Đăng ký email công vụ',
  newSheetName: (n: number) => `Trang tính${n}`,
} as const;
