/** Writes the bundled sample: npx tsx sample/generate.ts */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeXlsx } from '../src/local/xlsx/write';
import { departmentForm } from './form-layout';
import { generateWorkbook } from './generator';

async function main(): Promise<void> {
  // Laid out as the department's own form: title rows, a numbering row, a subtotal after each unit.
  const { workbook, planted, people } = departmentForm(
    generateWorkbook({ people: 360, seed: 2025, mistakes: true }),
    false,
  );
  await writeXlsx(workbook, join(__dirname, 'mau-dang-ky.xlsx'));
  writeFileSync(join(__dirname, 'mau-dang-ky.planted.json'), `${JSON.stringify(planted, null, 1)}\n`);
  console.log(
    `sample/mau-dang-ky.xlsx: ${people} người, ${Object.keys(planted).length} dòng cài sẵn lỗi hoặc dữ liệu lạ`,
  );
}

void main();
