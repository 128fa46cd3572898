/** Sheet names of the workbook contract (docs: shared/spec/workbook.md). */
export const SHEETS = {
  roster: 'Danh sách',
  summary: 'Tổng hợp',
  accounts: 'Tài khoản hiện có',
  csdl: 'CSDL ngành',
  report: 'Báo cáo',
  log: 'Nhật ký',
  register: 'Sổ địa chỉ',
} as const;
