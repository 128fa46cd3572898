/** The reference data compiled into the bundle is exactly what data/ says. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../scripts/gen-reference-data';
import { DATA_DIR } from '../../scripts/reference-data';

it('src/domain/data/ is current with data/', () => {
  const generated = generate(DATA_DIR);
  for (const [file, content] of Object.entries(generated)) {
    expect(readFileSync(join(__dirname, '..', '..', 'src', 'domain', 'data', file), 'utf8')).toBe(content);
  }
});
