/**
 * Writes a generated registration workbook of any size for the benchmark:
 *   npx tsx bench/generate-workbook.ts --rows 100000 --out bench/out/100k.xlsx
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeXlsx } from '../src/local/xlsx/write';
import { generateWorkbook } from '../sample/generator';

export async function generateXlsx(rows: number, out: string): Promise<void> {
  mkdirSync(dirname(out), { recursive: true });
  const { workbook } = generateWorkbook({ people: rows, seed: 7, mistakes: true, communeCodes: undefined });
  await writeXlsx(workbook, out);
}

if (require.main === module) {
  const arg = (name: string, fallback: string): string => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const rows = Number(arg('--rows', '100000'));
  const out = arg('--out', `bench/out/${rows}.xlsx`);
  generateXlsx(rows, out).then(() => console.log(`${out}: ${rows} người`));
}
