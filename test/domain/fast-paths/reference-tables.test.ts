/** The identity index filled from the last row back must keep the first row of every key, as before. */
import fc from 'fast-check';
import { loadCsdl, lookup } from '../../../src/domain/reference-tables';
import type { CellValue } from '../../../src/domain/types';

const HEADER = ['Mã định danh', 'Họ và tên', 'Ngày sinh', 'Số CCCD'];
const row = fc.tuple(
  fc.constantFrom('', 'A1', 'a1 ', 'B2'),
  fc.constantFrom('', 'Nguyễn Văn An', 'NGUYỄN VĂN AN', 'Lê Thị Bình'),
  fc.constantFrom('', '15/03/1985', '1/1/1990'),
  fc.constantFrom('', '031085000001', '31085000001', '031085000002'),
);

describe('loadCsdl index', () => {
  it('answers every look-up with the earliest matching row', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
        const loaded = loadCsdl({ sheetName: 'CSDL ngành', values: [HEADER, ...(rows as CellValue[][])] });
        if (!loaded?.ok) throw new Error('not loaded');
        const { records } = loaded.index;
        const earliest = (ok: (r: (typeof records)[number]) => boolean) => records.find(ok) ?? null;
        for (const r of records) {
          if (r.staffId) expect(loaded.index.byStaffId.get(r.staffId)).toBe(earliest((x) => x.staffId === r.staffId));
          if (r.cccd) expect(loaded.index.byCccd.get(r.cccd)).toBe(earliest((x) => x.cccd === r.cccd));
          if (r.nameKey && r.dobIso) {
            expect(
              lookup(loaded.index, { staffId: null, cccd: null, nameKey: r.nameKey, dobIso: r.dobIso })?.record,
            ).toBe(earliest((x) => x.nameKey === r.nameKey && x.dobIso === r.dobIso));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
