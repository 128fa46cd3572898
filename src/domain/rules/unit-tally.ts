/** How many people each unit lists, as 'Tổng hợp' is compared against them. */
import type { RosterPerson } from '../person';
import { unitKey, unitNameKey } from '../summary';

export interface UnitTally {
  listedByUnit: Map<string, number>;
  listedByName: Map<string, { total: number; unresolved: number }>;
  /** Each person's unit key (summary.ts unitKey), by roster index; undefined for a blank row. */
  unitKeys: string[];
}

export function tallyUnits(people: readonly RosterPerson[]): UnitTally {
  const listedByUnit = new Map<string, number>();
  const listedByName = new Map<string, { total: number; unresolved: number }>();
  const unitKeys: string[] = new Array(people.length);
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    if (p.blank) continue;
    const key = unitKey(p.commune, p.communeText, p.unit);
    unitKeys[i] = key;
    listedByUnit.set(key, (listedByUnit.get(key) ?? 0) + 1);
    const name = unitNameKey(p.unit);
    const named = listedByName.get(name) ?? { total: 0, unresolved: 0 };
    named.total += 1;
    if (!p.commune) named.unresolved += 1;
    listedByName.set(name, named);
  }
  return { listedByUnit, listedByName, unitKeys };
}
