/** Map-of-lists grouping, as the register's and the ledger's indexes build them. */

/** Adds `value` to `key`'s list, made on the key's first value. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
