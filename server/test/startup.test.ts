import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.ts';
import { queryRows } from '../src/db/types.ts';
import { prepareDatabase } from '../src/main.ts';
import { engine } from './helpers.ts';

describe(`start-up (${engine})`, () => {
  test('a second start on the same database migrates nothing and does not load the demo data again', async () => {
    const dataDir = 'memory://';
    const config = { ...loadConfig({}), databaseUrl: undefined, dataDir };
    const first = await prepareDatabase(config, () => {});
    assert.equal(first.demoLoaded, true);
    // PGlite in memory cannot be reopened; the second preparation runs on the same open database.
    const again = await import('../src/seed/demo.ts');
    assert.equal(await again.isNewDatabase(first.database), false);
    await first.database.close();
  });

  if (engine === 'postgres') {
    test('three API nodes starting together on a new PostgreSQL database all come up, and the demo data is loaded once', async () => {
      const base = new URL(process.env.DATABASE_URL!);
      const name = `kinga_t_start_${crypto.randomBytes(3).toString('hex')}`;
      const admin = new pg.Client({ connectionString: base.toString() });
      await admin.connect();
      await admin.query(`create database ${name}`);
      const url = new URL(base);
      url.pathname = `/${name}`;
      try {
        const config = { ...loadConfig({}), databaseUrl: url.toString(), poolSize: 3 };
        const nodes = await Promise.all([1, 2, 3].map(() => prepareDatabase(config, () => {})));
        assert.equal(nodes.filter((n) => n.demoLoaded).length, 1);
        const admins = await queryRows<{ n: number }>(nodes[0]!.database.db, sql`select count(*)::int as n from app_user where login = 'Admin'`);
        assert.equal(Number(admins[0]?.n), 1);
        await Promise.all(nodes.map((n) => n.database.close()));
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    });
  }
});
