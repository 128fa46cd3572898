/** The printable hand-over slips' texts. */
export const SLIP_TEXT = {
  title: 'Tài khoản email công vụ',
  name: 'Họ và tên',
  unit: 'Đơn vị',
  address: 'Địa chỉ email',
  password: 'Mật khẩu ban đầu',
  signIn: 'Đăng nhập tại',
  changeAtFirstSignIn:
    'Bắt buộc đổi mật khẩu ở lần đăng nhập đầu tiên. Phiếu này chỉ dành cho người có tên ở trên: không chụp, không chuyển tiếp.',
  pageTitle: (unit: string, batch: number) => `Phiếu tài khoản – ${unit} – Đợt ${batch}`,
} as const;
