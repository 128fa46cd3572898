/** The address register sheet the add-on owns ('Sổ địa chỉ'): its headers and the texts of a release. */
export const REGISTER_HEADER = ['Email công vụ', 'Người được cấp'] as const;

export const REGISTER_TEXT = {
  staffIdLabel: 'Mã định danh',
  cccdLabel: 'CCCD',
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
  releaseTitle: 'Giải phóng địa chỉ',
  releasePrompt:
    'Nhập địa chỉ email công vụ cần giải phóng. Địa chỉ sẽ bị xoá khỏi mọi dòng của Danh sách và có thể được cấp cho người khác.',
  releaseEmpty: 'Chưa nhập địa chỉ: không giải phóng.',
  releaseUnknown: (address: string) => `Địa chỉ ${address} không có trong Sổ địa chỉ (hoặc đã được giải phóng).`,
  releaseDone: (address: string, rows: number) =>
    `Đã giải phóng ${address}${rows > 0 ? `, xoá khỏi ${rows} dòng của Danh sách` : ''}. Lần cấp địa chỉ sau có thể cấp địa chỉ này cho người khác.`,
  releaseLog: (address: string) => `Giải phóng ${address}`,
} as const;
