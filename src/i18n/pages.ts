/** The title of each sidebar or dialog page: build/<page>.html is src/ui/page.html with it and <page>.client.ts. */
export const PAGE_TITLES = {
  registration: 'Đăng ký email công vụ',
  settings: 'Cài đặt',
  recipients: 'Duyệt email đầu mối',
} as const;
