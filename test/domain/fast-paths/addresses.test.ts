/** Addresses numbered group by group must come out exactly as one sort over every request gave them. */
import fc from 'fast-check';
import {
  assignAddresses,
  baseLocalPart,
  MAX_LOCAL_PART,
  RESERVED_LOCAL_PARTS,
  type AddressRequest,
} from '../../../src/domain/addresses';

/** assignAddresses as it was: one flat key per request, one sort, one counter per base. */
function reference(
  requests: readonly AddressRequest[],
  taken: ReadonlySet<string>,
  pattern: string,
  domain: string,
): Map<number, string> {
  const used = new Set(taken);
  const suffix = `@${domain.toLowerCase()}`;
  const bases = requests.map((r) => baseLocalPart(r.fullName, pattern) || 'canbo');
  const keys = requests.map((r, i) => `${bases[i]}\u0000${r.identity}`);
  const order = requests
    .map((_, i) => i)
    .sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : requests[a].key - requests[b].key));
  const next = new Map<string, number>();
  const result = new Map<number, string>();
  for (const i of order) {
    const base = bases[i];
    let n = next.get(base) ?? 1;
    let local = '';
    for (;;) {
      const tail = n === 1 ? '' : String(n);
      local = base.slice(0, MAX_LOCAL_PART - tail.length) + tail;
      const free = !used.has(local + suffix) && !RESERVED_LOCAL_PARTS.has(local) && !/^\d+$/.test(local);
      n += 1;
      if (free) break;
    }
    next.set(base, n);
    used.add(local + suffix);
    result.set(requests[i].key, local + suffix);
  }
  return result;
}

const word = fc.constantFrom(
  'Nguyễn',
  'Văn',
  'An',
  'Thị',
  'Thuỷ',
  'Thủy',
  'Đặng',
  'Lê',
  'A',
  'Admin',
  'Test',
  'Root',
  'Vân',
  "H'Hen",
  'Niê',
  'X'.repeat(40),
  'Ấ',
  'Ø',
  '',
);
const request = fc.record({
  key: fc.integer({ min: 1, max: 60 }),
  fullName: fc.array(word, { maxLength: 5 }).map((w) => w.join(' ')),
  identity: fc.oneof(
    fc.constantFrom('', '|', 'a|b', '031085000123||1985-03-15|nguyễn văn an|11383|trường'),
    fc.string({ maxLength: 6 }),
  ),
});
// No digits in patterns: a base of digits only never finds a free name (see the report), in either version.
const pattern = fc.constantFrom(
  '{given}{initials}',
  '{family}.{given}',
  '{given}',
  '{familyInitial}{middle}{given}-',
  '{given}{given}{given}{given}{given}{given}',
  'x{given}',
);
const takenSet = fc.array(
  fc.constantFrom('an', 'an2', 'annv', 'annv2', 'annv3', 'admin', 'canbo', 'thuy', 'vanan', '12', 'an1'),
  { maxLength: 6 },
);

describe('assignAddresses, grouped by base', () => {
  it('gives every request the address the single sort gave', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 40 }), pattern, takenSet, (requests, p, locals) => {
        const taken = new Set(locals.map((l) => `${l}@haiphong.edu.vn`));
        const got = assignAddresses(requests, taken, p, 'HaiPhong.edu.vn');
        const want = reference(requests, taken, p, 'HaiPhong.edu.vn');
        expect([...got]).toEqual([...want]);
      }),
      { numRuns: 3000 },
    );
  });
});
