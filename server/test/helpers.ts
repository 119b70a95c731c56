import crypto from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/connection.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { TestClock } from '../src/platform/clock.ts';
import type { Jobs } from '../src/platform/jobs/jobs.ts';
import { seedBaseData } from '../src/seed/base.ts';
import { seedDemo } from '../src/seed/demo.ts';

/** Which engine this run uses: PostgreSQL when DATABASE_URL is set (CI's second pass), else embedded PGlite. */
export const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';

export interface TestApp {
  app: FastifyInstance & { jobs: Jobs };
  database: Database;
  clock: TestClock;
  config: Config;
  /** Logs in and returns an access token. */
  token(login: string, password?: string): Promise<string>;
  /** inject() with a bearer token and JSON body. */
  call(token: string | null, options: Omit<InjectOptions, 'body'> & { body?: unknown }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A fresh PostgreSQL database for one test file, dropped at the end. */
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `kinga_t_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base.toString() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * A real Kinga application on a migrated database with base and demo data, for one test file.
 * Requests go through Fastify's inject (the full HTTP stack without a socket).
 */
export async function startTestApp(overrides: Partial<Config> = {}, options: { demo?: boolean; jobs?: boolean } = {}): Promise<TestApp> {
  const pgdb = engine === 'postgres' ? await freshPostgres() : undefined;
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: 'silent' }),
    databaseUrl: pgdb?.url,
    jwtSecret: 'test-secret-'.padEnd(48, 'x'),
    poolSize: 5,
    ...overrides,
  };
  const database = await openDatabase({ databaseUrl: pgdb?.url, dataDir: 'memory://', poolSize: config.poolSize });
  await migrateDatabase(database);
  await seedBaseData(database);
  if (options.demo !== false) await seedDemo(database);
  const clock = new TestClock(new Date());
  const app = await buildApp({ config, database, clock, logger: false });
  if (options.jobs) await app.jobs.start(true);
  await app.ready();
  const call: TestApp['call'] = (token, { body, headers, ...rest }) =>
    app.inject({
      ...rest,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  return {
    app,
    database,
    clock,
    config,
    call,
    async token(login, password = login === 'Admin' ? 'admin123' : 'demo1234') {
      const res = await call(null, { method: 'POST', url: '/api/v1/auth/login', body: { login, password } });
      if (res.statusCode !== 200) throw new Error(`log-in of ${login} failed: ${res.statusCode} ${res.body}`);
      return res.json().accessToken as string;
    },
    async close() {
      await app.close();
      await app.jobs.stop();
      await database.close();
      await pgdb?.drop();
    },
  };
}

/** The id of a demo location by its code (demo codes: R1, R1D1, R1D1W1, R1D1W1V1, …). */
export async function locationId(t: TestApp, token: string, code: string): Promise<string> {
  const res = await t.call(token, { method: 'GET', url: `/api/v1/locations?q=${encodeURIComponent(code)}&limit=500` });
  const hit = (res.json().items as { id: string; code: string }[]).find((l) => l.code === code);
  if (!hit) throw new Error(`no location ${code}`);
  return hit.id;
}

export function problemOf(res: { json(): unknown; headers: Record<string, unknown> }) {
  return res.json() as {
    type: string;
    title: string;
    status: number;
    detail: string;
    code: string;
    errors: { field: string; code: string; message: string }[];
  };
}
