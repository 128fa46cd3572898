/** The reference data compiled into the bundle is exactly what shared/data says. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../scripts/gen-reference-data';

it('src/domain/data/ is current with ../shared/data', () => {
  const generated = generate(join(__dirname, '..', '..', '..', 'shared', 'data'));
  for (const [file, content] of Object.entries(generated)) {
    expect(readFileSync(join(__dirname, '..', '..', 'src', 'domain', 'data', file), 'utf8')).toBe(content);
  }
});
