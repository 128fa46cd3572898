/**
 * The queue of first-seen stamps in the document properties, against the local runtime's
 * Properties: what fits under Google's 9 KB a value is kept in order, a full queue drops
 * later stamps rather than grow past its share of the 500 KB store, and Văn phòng's write empties it.
 */
import fc from 'fast-check';
import { createGasRuntime } from '../../../src/local/gas';
import { clearSeenQueue, queueSeen, readSeenQueue } from '../../../src/sheets/seen-queue';

function documentProperties(): GoogleAppsScript.Properties.Properties {
  const rt = createGasRuntime({ workbook: { name: 'Đăng ký', sheets: [] } });
  const g = rt.globals as unknown as { PropertiesService: GoogleAppsScript.Properties.PropertiesService };
  return g.PropertiesService.getDocumentProperties();
}

const token = (i: number): string => `${String(i).padStart(14, 'a')}..${String(i).padStart(14, 'n')}`;

describe('the first-seen queue', () => {
  it('keeps every stamp, to the millisecond, across calls, in values under 9 KB', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 }), (batches) => {
        const props = documentProperties();
        const all: { token: string; at: Date }[] = [];
        let n = 0;
        for (const size of batches) {
          const entries = Array.from({ length: size }, () => ({ token: token(n), at: new Date(1757039403328 + n++) }));
          expect(queueSeen(props, entries)).toBe(size);
          all.push(...entries);
        }
        expect(readSeenQueue(props.getProperties())).toEqual(all);
        for (const value of Object.values(props.getProperties())) expect(value.length).toBeLessThan(9 * 1024);
        clearSeenQueue(props, props.getProperties());
        expect(readSeenQueue(props.getProperties())).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('drops what does not fit once full, and stays within 12 values', () => {
    const props = documentProperties();
    const entries = Array.from({ length: 5000 }, (_, i) => ({ token: token(i), at: new Date(1757039403328 + i) }));
    const kept = queueSeen(props, entries);
    expect(kept).toBeGreaterThan(1500);
    expect(kept).toBeLessThan(5000);
    expect(Object.keys(props.getProperties())).toHaveLength(12);
    expect(readSeenQueue(props.getProperties())).toEqual(entries.slice(0, kept));
    expect(queueSeen(props, [{ token: token(9999), at: new Date() }])).toBe(0);
  });
});
