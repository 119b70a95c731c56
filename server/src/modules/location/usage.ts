import type { Tx } from '../../db/types.ts';

/**
 * What still lives in a location. Each module that ties records to locations (families to villages,
 * facilities to districts, …) registers a counter; a location is deleted only when all say zero.
 */
export type LocationUsageCounter = (tx: Tx, locationIds: string[]) => Promise<number>;

const counters = new Map<string, LocationUsageCounter>();

export function registerLocationUsage(what: string, counter: LocationUsageCounter): void {
  counters.set(what, counter);
}

export async function locationUsage(tx: Tx, locationIds: string[]): Promise<{ what: string; count: number }[]> {
  const out: { what: string; count: number }[] = [];
  for (const [what, counter] of counters) {
    const count = await counter(tx, locationIds);
    if (count > 0) out.push({ what, count });
  }
  return out;
}
