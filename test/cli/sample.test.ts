/**
 * The bundled sample workbook holds the mistakes real units make, each recorded with
 * the finding codes the check must report (and odd-but-valid input that must stay clean).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck, type CheckResult } from '../../src/domain/check';
import { DEFAULT_SETTINGS } from '../../src/domain/types';
import { checkInput, type WorkbookData } from '../../src/local/workbook-data';
import { readXlsx } from '../../src/local/xlsx/read';
import { departmentForm } from '../../sample/form-layout';
import { generateWorkbook, ROSTER_HEADER } from '../../sample/generator';
import { resolveCommune } from '../../src/domain/communes';
import { coveredBy } from '../../src/domain/positions';

const SAMPLE = join(__dirname, '..', '..', 'sample');

function check(wb: WorkbookData): CheckResult {
  const input = checkInput(wb);
  const result = runCheck(input, {
    settings: DEFAULT_SETTINGS,
    now: new Date(2025, 8, 5, 9),
    assignAddresses: true,
    stampReceivedAt: false,
  });
  if (!result.ok) throw new Error(result.message);
  return result;
}

function codesByRow(result: CheckResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of result.findings) (out[`${f.sheet}!${f.row}`] ??= []).push(f.code);
  for (const k of Object.keys(out)) out[k] = [...new Set(out[k])].sort();
  return out;
}

describe('the bundled sample workbook', () => {
  const planted = JSON.parse(readFileSync(join(SAMPLE, 'mau-dang-ky.planted.json'), 'utf8')) as Record<
    string,
    string[]
  >;

  it('is what the generator makes (so it can be regenerated and reviewed)', () => {
    expect(departmentForm(generateWorkbook({ people: 360, seed: 2025, mistakes: true }), false).planted).toEqual(
      planted,
    );
  });

  it('read from the .xlsx, gives exactly the planted findings: every code found, no clean row flagged', async () => {
    const found = codesByRow(check(await readXlsx(join(SAMPLE, 'mau-dang-ky.xlsx'))));
    const expected = Object.fromEntries(
      Object.entries(planted)
        .filter(([, codes]) => codes.length > 0)
        .map(([k, codes]) => [k, [...codes].sort()]),
    );
    expect(found).toEqual(expected);
  });

  it('split over two tabs by region, gives the findings of the same people laid out tidily, in the right tab and row', () => {
    const tidy = generateWorkbook({ people: 360, seed: 2025, mistakes: true });
    const form = departmentForm(tidy, true);
    expect(form.workbook.sheets.map((s) => s.name).slice(0, 3)).toEqual([
      'Tổng hợp',
      'Danh sách - Phía Đông',
      'Danh sách - Phía Tây',
    ]);
    const found = check(form.workbook);
    const planted = Object.fromEntries(
      Object.entries(form.planted)
        .filter(([, codes]) => codes.length > 0)
        .map(([k, codes]) => [k, [...codes].sort()]),
    );
    expect(codesByRow(found)).toEqual(planted);
    expect(Object.keys(planted).some((k) => k.startsWith('Danh sách - Phía Tây!'))).toBe(true);
    // The same people, the same outcome: counts, addresses and the report.
    const twin = check(tidy.workbook);
    expect(found.counts).toEqual(twin.counts);
    expect(found.report).toEqual(twin.report);
    expect(found.rows.map((o) => o.address)).toEqual(twin.rows.map((o) => o.address));
  });

  it('plants every finding code a unit can cause', () => {
    const codes = new Set(Object.values(planted).flat());
    for (const code of [
      'REQUIRED',
      'NAME_INVALID',
      'DOB_INVALID',
      'GENDER_INVALID',
      'PHONE_INVALID',
      'CCCD_INVALID',
      'CCCD_DOB_MISMATCH',
      'EMAIL_INVALID',
      'COMMUNE_UNKNOWN',
      'DUPLICATE_PERSON',
      'HAS_ACCOUNT',
      'NOT_IN_CSDL',
      'CSDL_MISMATCH',
      'COUNT_MISMATCH',
      'SERVICE_NOT_ELIGIBLE',
      'SERVICE_INCOMPLETE',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it("has plan 5277's mix: Đông units mostly hold eOffice accounts and certificates already, Tây units mostly not", () => {
    const roster = generateWorkbook({ people: 360, seed: 2025, mistakes: true }).workbook.sheets.find(
      (s) => s.name === 'Danh sách',
    )!;
    const col = (h: string) => ROSTER_HEADER.indexOf(h);
    const share = (region: string, service: 'eoffice' | 'signature') => {
      const held = service === 'eoffice' ? col('Tài khoản eOffice hiện có') : col('Chữ ký số hiện có');
      const covered = roster.rows.slice(1).filter((r) => {
        const commune = resolveCommune(r?.[col('Tên UBND cấp xã')]?.value ?? '');
        return (
          commune.kind === 'ok' && commune.commune.region === region && coveredBy(service, r?.[col('Chức vụ')]?.value)
        );
      });
      expect(covered.length).toBeGreaterThan(10);
      return covered.filter((r) => String(r?.[held]?.value ?? '') !== '').length / covered.length;
    };
    expect(share('Đông', 'eoffice')).toBeGreaterThan(0.6);
    expect(share('Đông', 'signature')).toBeGreaterThan(0.5);
    expect(share('Tây', 'eoffice')).toBeLessThan(0.2);
    expect(share('Tây', 'signature')).toBeLessThan(0.2);
  });
});
