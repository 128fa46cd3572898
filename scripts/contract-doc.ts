/**
 * Writes the generated parts of docs/hop-dong-bang-tinh.md from the code itself: every
 * sheet's headers and aliases (src/domain/columns.ts), every finding code with a message
 * the real check produced on an example workbook, and every export's header and a line
 * the real exporters wrote. `npm run gen:contract` rewrites them; a test fails when the
 * document and the code part ways.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck, type CheckResult } from '../src/domain/check';
import { CSDL_COLUMNS, ROSTER_COLUMNS, SERVICE_COLUMNS, SUMMARY_COLUMNS, ACCOUNT_COLUMNS } from '../src/domain/columns';
import type { ColumnSpec } from '../src/domain/columns';
import * as exporters from '../src/domain/exports';
import { groupHandover, handoverCsv, signInAt } from '../src/domain/handover';
import { DEFAULT_SETTINGS, FINDING_CODES, WARNING_CODES, type FindingCode } from '../src/domain/types';
import { FINDING_TEXT, REPORT_TEXT } from '../src/i18n/findings';
import { UI } from '../src/i18n/ui';
import { EXPORT_TARGETS } from '../src/local/output-files';
import { EXAMPLE_NOW, exampleWorkbook } from './contract-example';

export const CONTRACT_DOC = join(__dirname, '..', 'docs', 'hop-dong-bang-tinh.md');

/** What each code means, for Văn phòng and the technical unit (the message says it to the unit). */
const FINDING_MEANINGS: Record<FindingCode, string> = {
  REQUIRED: 'Thiếu một giá trị bắt buộc.',
  NAME_INVALID: 'Họ và tên có chữ số hay ký hiệu, hoặc chỉ có một từ.',
  DOB_INVALID: 'Ngày sinh không có thật, ở tương lai, sai dạng, hoặc tuổi ngoài khoảng 18–70.',
  GENDER_INVALID: 'Giới tính không phải Nam hay Nữ.',
  PHONE_INVALID: 'Không phải số di động hay cố định Việt Nam đúng dạng.',
  CCCD_INVALID: 'CCCD không đủ 12 chữ số (sau khi khôi phục số 0 bị mất), hoặc sai mã tỉnh, mã thế kỷ.',
  CCCD_DOB_MISMATCH: 'Mã thế kỷ/giới tính hoặc năm sinh trong CCCD khác ngày sinh, giới tính đã nhập.',
  EMAIL_INVALID: 'Email cá nhân hay email hiện có không phải địa chỉ email.',
  COMMUNE_UNKNOWN: 'Không phải xã, phường, đặc khu của thành phố (kể cả tên quận, huyện cũ trước 1/7/2025).',
  DUPLICATE_PERSON:
    'Cùng một người đã có ở dòng trên (cùng CCCD, cùng mã định danh, hoặc cùng họ tên và ngày sinh khi không có hai mã khác nhau); giữ dòng đầu.',
  HAS_ACCOUNT: 'Người này đã có địa chỉ @haiphong.edu.vn (cột Email công vụ hiện có hoặc trang Tài khoản hiện có).',
  NOT_IN_CSDL: 'Không có trong trang CSDL ngành.',
  CSDL_MISMATCH: 'Có trong CSDL ngành nhưng khác họ tên hoặc ngày sinh.',
  COUNT_MISMATCH: '(Tổng hợp) Số đề nghị khác số người của đơn vị trong Danh sách.',
  AFTER_DEADLINE: 'Dòng được ghi nhận sau hạn chót trong Cài đặt.',
  SERVICE_NOT_ELIGIBLE: 'Đăng ký eOffice hay chữ ký số "Có" cho chức vụ Kế hoạch 5277 không áp dụng.',
  SERVICE_INCOMPLETE: 'Đề nghị chữ ký số thiếu số CCCD hợp lệ.',
  ADDRESS_TYPED:
    'Cột Email công vụ có địa chỉ mà Sổ địa chỉ không giữ cho chính người này (địa chỉ do ai đó gõ vào): dòng không được cấp gì mới ở lần chạy đó, ô được ghi lại đúng giá trị, chữ đã gõ không vào tệp hay danh sách nào.',
  NOT_CREATED:
    'Địa chỉ đã xuất ở một đợt quá 7 ngày mà danh sách trong trang Danh bạ tài khoản chưa có (đơn vị kỹ thuật có thể đã bỏ dòng đó).',
};

/**
 * Codes that need a workbook's history (an earlier batch a week old) rather than one example
 * run: their example is the message the check writes for it, made by the same function.
 */
const HISTORY_EXAMPLES: Partial<Record<FindingCode, () => string>> = {
  NOT_CREATED: () => FINDING_TEXT.notCreated(1, '29/08/2025', 7),
  // Needs a register that does not hold what the column shows: the same function writes it.
  ADDRESS_TYPED: () => FINDING_TEXT.addressTyped('Email công vụ'),
};

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function columnTable<F extends string>(specs: readonly ColumnSpec<F>[], withRequired: boolean): string {
  const head = withRequired
    ? '| Tiêu đề | Tên khác được nhận | Bắt buộc |\n|---|---|---|'
    : '| Tiêu đề | Tên khác được nhận |\n|---|---|';
  const rows = specs.map((s) => {
    const aliases =
      s.aliases
        .filter((a) => a !== s.header)
        .map(code)
        .join(', ') || '—';
    return `| ${code(s.header)} | ${cell(aliases)} |${withRequired ? ` ${s.required ? 'có' : 'không'} |` : ''}`;
  });
  return [head, ...rows].join('\n');
}

function sheetsBlock(): string {
  const owned = new Set(['address', 'status', 'messages', 'receivedAt']);
  return [
    '#### `Tổng hợp`',
    columnTable(SUMMARY_COLUMNS, true),
    '',
    '#### `Danh sách` (cột của đơn vị)',
    columnTable(
      ROSTER_COLUMNS.filter((s) => !owned.has(s.field)),
      true,
    ),
    '',
    '#### `Danh sách`: bốn cột đăng ký eOffice và chữ ký số (Kế hoạch 5277, không bắt buộc)',
    columnTable(SERVICE_COLUMNS, false),
    '',
    '#### `Danh sách`: các cột của tiện ích',
    columnTable(
      ROSTER_COLUMNS.filter((s) => owned.has(s.field)),
      false,
    ),
    '',
    '#### `Tài khoản hiện có`',
    columnTable(ACCOUNT_COLUMNS, true),
    '',
    '#### `CSDL ngành`',
    columnTable(CSDL_COLUMNS, true),
  ].join('\n');
}

function exampleResult(): CheckResult {
  const result = runCheck(exampleWorkbook(), {
    settings: { ...DEFAULT_SETTINGS, deadline: new Date(2025, 8, 1, 17, 0) },
    now: EXAMPLE_NOW,
    assignAddresses: true,
    stampReceivedAt: true,
  });
  if (!result.ok) throw new Error(`the example workbook is refused: ${result.message}`);
  return result;
}

function findingsBlock(result: CheckResult): string {
  const rows = FINDING_CODES.map((c) => {
    const history = HISTORY_EXAMPLES[c];
    const example = history ? { message: history() } : result.findings.find((f) => f.code === c);
    if (!example)
      throw new Error(`${c}: no row of scripts/contract-example.ts raises it; add one, then npm run gen:contract`);
    const kind = WARNING_CODES.has(c) ? 'cảnh báo' : 'lỗi';
    return `| ${code(c)} | ${kind} | ${cell(FINDING_MEANINGS[c])} | ${cell(example.message)} |`;
  });
  return ['| Mã | Loại | Ý nghĩa | Ví dụ thông báo (cột `Lỗi`) |', '|---|---|---|---|', ...rows].join('\n');
}

const PASSWORD = 'Vd7#mQ2x9LpT';

/** The first `lines` lines of a file, BOM shown as a note rather than an invisible character. */
function opening(text: string, lines: number): string {
  const bom = text.startsWith('\uFEFF');
  const body = (bom ? text.slice(1) : text).split(/\r?\n/).slice(0, lines).join('\n');
  return `${bom ? 'UTF-8 có BOM' : 'UTF-8 không BOM'}; mở đầu tệp:\n\n\`\`\`text\n${body}\n\`\`\``;
}

function exportsBlock(result: CheckResult): string {
  const records = result.provisioning.slice(0, 1);
  if (records.length === 0 || result.services.eoffice.length === 0 || result.services.signature.length === 0)
    throw new Error('the example workbook gives no address, eOffice or signature request');
  const password = (): string => PASSWORD;
  const files: [string, string, number][] = [
    [
      `${code(EXPORT_TARGETS['google-workspace'])} (Google Workspace › Bulk update users)`,
      exporters.toGoogleWorkspaceCsv(records, password),
      2,
    ],
    [`${code(EXPORT_TARGETS.entra)} (Microsoft Entra ID › Bulk create)`, exporters.toEntraCsv(records, password), 3],
    [`${code(EXPORT_TARGETS.zimbra)} (${code('zmprov -f')})`, exporters.toZimbraScript(records, password), 2],
    [`${code(EXPORT_TARGETS.eoffice)} (HPNET eOffice)`, exporters.toEofficeCsv(result.services.eoffice.slice(0, 1)), 2],
    [
      `${code(EXPORT_TARGETS.signature)} (Ban Cơ yếu Chính phủ)`,
      exporters.toSignatureCsv(result.services.signature.slice(0, 1)),
      2,
    ],
    [`${code(EXPORT_TARGETS.findings)} (mọi lỗi, cảnh báo)`, exporters.toFindingsCsv(result.findings.slice(0, 1)), 2],
    [
      '`handover/<đơn vị>.csv` (danh sách bàn giao cho đầu mối đơn vị)',
      handoverCsv(groupHandover(records, new Map()), password, signInAt('', 'haiphong.edu.vn')),
      2,
    ],
  ];
  const sections = files.map(([title, text, lines]) => `##### ${title}\n\n${opening(text, lines)}`);
  const sheets = [
    `##### Trang \`Báo cáo\`\n\nTiêu đề: ${REPORT_TEXT.header.map(code).join(', ')}.`,
    `##### Trang \`Nhật ký\`\n\nTiêu đề: ${UI.log.header.map(code).join(', ')}.`,
  ];
  return [...sections, ...sheets].join('\n\n');
}

/** The document with each generated block rewritten from the code. */
export function renderContractDoc(current: string): string {
  const result = exampleResult();
  const blocks: Record<string, string> = {
    sheets: sheetsBlock(),
    findings: findingsBlock(result),
    exports: exportsBlock(result),
  };
  let text = current;
  for (const [name, content] of Object.entries(blocks)) {
    const begin = `<!-- BEGIN GENERATED ${name} (npm run gen:contract) -->`;
    const end = `<!-- END GENERATED ${name} -->`;
    const from = text.indexOf(begin);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/hop-dong-bang-tinh.md has no block ${name}`);
    text = `${text.slice(0, from + begin.length)}\n${content}\n${text.slice(to)}`;
  }
  return text;
}

if (require.main === module) {
  const current = readFileSync(CONTRACT_DOC, 'utf8');
  writeFileSync(CONTRACT_DOC, renderContractDoc(current));
  console.log('docs/hop-dong-bang-tinh.md: generated blocks rewritten');
}
