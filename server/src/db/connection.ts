import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from './types.ts';

// numeric and date come back as strings (exact money, ISO dates), never JS floats or Date objects.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface Database {
  kind: 'pglite' | 'postgres';
  /** The primary: all writes and reads that follow a write. */
  db: Db;
  /** Reports and heavy reads: the replica when READ_DATABASE_URL is set, else the primary. */
  read: Db;
  pglite?: PGlite;
  pool?: pg.Pool;
  /** Human description for logs (never contains a password). */
  describe: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  readDatabaseUrl?: string | undefined;
  /** PGlite data directory; 'memory://' for an in-memory database. */
  dataDir?: string;
  poolSize?: number;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 20 });
    pool.on('error', () => {}); // idle-client errors surface on the next query instead of crashing
    const db = drizzlePg({ client: pool }) as unknown as Db;
    let readPool: pg.Pool | undefined;
    let read = db;
    if (opts.readDatabaseUrl) {
      readPool = new pg.Pool({ connectionString: opts.readDatabaseUrl, max: opts.poolSize ?? 20 });
      readPool.on('error', () => {});
      read = drizzlePg({ client: readPool }) as unknown as Db;
    }
    return {
      kind: 'postgres',
      db,
      read,
      pool,
      describe: `PostgreSQL ${redact(opts.databaseUrl)}`,
      async close() {
        await pool.end();
        await readPool?.end();
      },
    };
  }
  const dataDir = opts.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const db = drizzlePglite({ client: pglite }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    read: db,
    pglite,
    describe: dataDir.startsWith('memory://') ? 'embedded PGlite (in memory)' : `embedded PGlite in ${dataDir}`,
    async close() {
      await pglite.close();
    },
  };
}
