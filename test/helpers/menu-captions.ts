/** Items of Văn phòng's menu, written out as the spec names them, for tests to find in the menu that is built. */
export const OFFICE_MENU_CAPTIONS: readonly string[] = [
  'Kiểm tra toàn bộ',
  'Cấp địa chỉ',
  'Báo cáo tổng hợp',
  'Google Workspace',
  'Microsoft Entra',
  'Zimbra',
  'Đặt lại mật khẩu',
  'Cài đặt',
  'Bật/Tắt kiểm tra tự động',
];
