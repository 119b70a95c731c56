import { sql } from 'drizzle-orm';
import type { Db, Tx } from './types.ts';

/** Who is acting: written into every audit row of the transaction. */
export interface Actor {
  userId: string | null;
  requestId: string | null;
}

/**
 * Runs fn in one transaction that commits completely or not at all, with the actor recorded for
 * the audit trail. Inside fn, use only the tx handle: on PGlite another query deadlocks, on
 * PostgreSQL it silently escapes the transaction.
 */
export async function withTransaction<T>(db: Db, actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('kinga.user_id', ${actor.userId ?? ''}, true), set_config('kinga.request_id', ${actor.requestId ?? ''}, true)`);
    return fn(tx as unknown as Tx);
  });
}
