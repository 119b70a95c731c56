import type { Tx } from '../db/types.ts';

/**
 * What the demo seeders share: each module's seeder reads what earlier ones made and adds its own.
 * Order: locations and users, then medical (items, services, diagnoses, price lists), facilities
 * (and claim administrators), officers, payers.
 */
export interface DemoRefs {
  /** Every demo location by code (R1, R1D1, R1D1W1, R1D1W1V1, …). */
  locations: Map<string, { id: string; type: string; districtId: string | null; regionId: string | null }>;
  /** Demo users by login. */
  users: Map<string, string>;
  /** Item and service price lists by the code of the location they are made for ('' = national). */
  itemPriceLists: Map<string, string>;
  servicePriceLists: Map<string, string>;
  /** Demo health facilities by code. */
  facilities: Map<string, string>;
  /** A seeded pseudo-random number in [0, 1), so that the demo data set is the same on every machine. */
  random(): number;
}

export type DemoSeeder = (tx: Tx, refs: DemoRefs) => Promise<void>;
