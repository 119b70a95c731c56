import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './connection.ts';
import { queryRows } from './types.ts';

export const migrationsFolder = path.join(import.meta.dirname, 'migrations');

/** Any number; all API nodes use it so that only one of them migrates at a time. */
const MIGRATION_LOCK = 74_202_601;

/** The number of migrations committed in the repository. */
export function expectedMigrationCount(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

/**
 * Runs start-up work (migrations, base and demo data) under a PostgreSQL advisory lock, so that
 * several API nodes starting together on a new database do it one after the other: the first
 * migrates and seeds, the others find it done. PGlite has one process, so no lock is needed.
 */
export async function withStartupLock<T>(database: Database, fn: (migrate: () => Promise<void>) => Promise<T>): Promise<T> {
  if (database.kind === 'pglite') return fn(() => migratePglite(drizzlePglite({ client: database.pglite! }), { migrationsFolder }));
  const client = await database.pool!.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await fn(() => migratePg(drizzlePg({ client }), { migrationsFolder }));
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

/** Applies every pending migration. Safe to call from several nodes at once on PostgreSQL. */
export async function migrateDatabase(database: Database): Promise<void> {
  await withStartupLock(database, (migrate) => migrate());
}

/** How many migrations the database has applied (0 when it has never been migrated). */
export async function appliedMigrationCount(database: Database): Promise<number> {
  const exists = await queryRows<{ present: boolean }>(database.db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!exists[0]?.present) return 0;
  const result = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return Number(result[0]?.n ?? 0);
}
