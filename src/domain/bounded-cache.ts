/**
 * Results kept for inputs a roster repeats (names, units, communes), so each is worked out
 * once. A full cache is emptied rather than grown: memory stays bounded on any roster.
 */
export class BoundedCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit: number) {}

  get(key: string): T | undefined {
    return this.entries.get(key);
  }

  /** Keeps `value` for `key` and gives it back. */
  keep(key: string, value: T): T {
    if (this.entries.size > this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
