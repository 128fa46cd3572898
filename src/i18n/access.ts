/** Vietnamese messages about who may do what: Văn phòng checks, trigger-only handlers, notices. */
export const ACCESS = {
  /** A shared-drive workbook has no owner; only the accounts fixed at deploy time can start. */
  noOwnerNoOffice:
    'Bảng tính nằm trong Drive dùng chung nên không có chủ sở hữu, và chưa có tài khoản Văn phòng nào được khai báo khi triển khai. Vui lòng liên hệ người triển khai tiện ích để thêm tài khoản Văn phòng vào deploy.config.json.',
  emptyRegistration: 'Chưa nhập thông tin nào: hãy điền ít nhất họ tên, ngày sinh và đơn vị trước khi lưu.',
  triggerOnly: 'Chức năng này chỉ chạy theo lịch tự động của Văn phòng Sở, không gọi trực tiếp được.',
  autoOffOther: (owner: string) =>
    `Đã tắt kiểm tra tự động (lịch do ${owner} bật sẽ tự gỡ ở lần chạy kế tiếp, không kiểm tra gì thêm).`,
  /** An add-on timer ran outside the workbook (see README: what the first deployment must confirm). */
  outsideDocument:
    'Lịch tự động của tiện ích đã chạy mà không mở được bảng tính này, nên không kiểm tra hay chạy tiếp được gì; tiện ích đã gỡ lịch đó. Hãy dùng các mục trong menu để kiểm tra hoặc chạy tiếp công việc còn dở.',
  outsideDocumentTitle: 'Lịch tự động không chạy được',
  continuing: 'Đang chạy tiếp công việc dài còn dở của bạn; chọn lại thao tác muốn làm sau khi xong.',
  resumedAlert:
    'Công việc dài được chia thành nhiều lượt; phần còn lại sẽ tự chạy tiếp (hoặc chạy tiếp ngay khi bạn chọn lại một mục trong menu). Kết quả và đường dẫn tệp ghi trong trang "Nhật ký".',
  noticeTitle: 'Công việc chạy tiếp đã xong',
  noticeBody: (action: string, at: string) => `"${action}" đã chạy xong lúc ${at} (chạy tiếp tự động).`,
  noticeFiles: 'Các tệp đã tạo trong Google Drive của bạn:',
  logFiles: (files: { fileName: string; url: string }[]) => files.map((f) => `${f.fileName}: ${f.url}`).join(' · '),
  /** A unit's save is refused before it takes the document lock: what they typed stays in the form. */
  registrationOfficeFirst:
    'Văn phòng Sở đang chạy kiểm tra trên bảng tính này nên đăng ký chưa được lưu. Thông tin đã nhập vẫn giữ nguyên: vui lòng bấm Lưu lại sau ít phút.',
  registrationInProgress:
    'Một đăng ký khác của bạn đang được lưu. Thông tin đã nhập vẫn giữ nguyên: vui lòng đợi lượt đó xong rồi bấm Lưu lại.',
  registrationTooSoon: (seconds: number) =>
    `Bạn vừa lưu một đăng ký. Thông tin đã nhập vẫn giữ nguyên: vui lòng đợi ${seconds} giây rồi bấm Lưu lại.`,
  focalAlreadyToday: (n: number) => `${n} cán bộ đầu mối đã nhận thư hôm nay, không gửi thêm.`,
} as const;
