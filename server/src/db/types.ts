import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';

/** A Drizzle database on either driver (PGlite or node-postgres). */
export type Db = PgDatabase<PgQueryResultHKT>;
/** A transaction handle: inside a transaction, every read and write goes through it. */
export type Tx = PgTransaction<PgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>;
/** Either: for reads that may run inside or outside a transaction. */
export type Executor = Db | Tx;

/** Runs raw SQL and returns its rows, typed (both drivers answer with `{ rows }`). */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
