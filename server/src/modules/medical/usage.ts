import type { Tx } from '../../db/types.ts';

/**
 * Where a record is still used: the names (or codes) of the places that use any of the given ids.
 * A counter reads only live places: a deleted price list or product no longer holds anything.
 */
export type UsageCounter = (tx: Tx, ids: string[]) => Promise<string[]>;

/** How many places are named in a refusal; the count says how many there are in all. */
const named = 5;

/**
 * One registry per kind of record. Other modules register what uses the medical registers (products
 * register their coverage lines, facilities the price lists they claim against), so this module
 * refuses a delete without knowing those modules.
 */
export function usageRegistry() {
  const counters = new Map<string, UsageCounter>();
  return {
    register(what: string, counter: UsageCounter): void {
      counters.set(what, counter);
    },
    /** What uses the records, for the register's refusal: "2 item price lists (National items, Mbuyuni items)". */
    async of(tx: Tx, ids: string[]): Promise<{ what: string; count: number }[]> {
      const out: { what: string; count: number }[] = [];
      for (const [what, counter] of counters) {
        const names = await counter(tx, ids);
        if (!names.length) continue;
        const shown = names.slice(0, named).join(', ') + (names.length > named ? ', …' : '');
        out.push({ what: `${what} (${shown})`, count: names.length });
      }
      return out;
    },
  };
}

export type UsageRegistry = ReturnType<typeof usageRegistry>;

export const itemUsage = usageRegistry();
export const serviceUsage = usageRegistry();
export const itemPriceListUsage = usageRegistry();
export const servicePriceListUsage = usageRegistry();
