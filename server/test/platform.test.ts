import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../src/db/schema.ts';
import { queryRows } from '../src/db/types.ts';
import { errorKinds, problemTypePrefix } from '../src/platform/errors.ts';
import { i18nDir, languages } from '../src/platform/i18n.ts';
import { engine, startTestApp, type TestApp } from './helpers.ts';

const repo = path.resolve(import.meta.dirname, '..', '..');

describe(`platform (${engine})`, () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({}, { jobs: true });
  });
  after(() => t.close());

  test('/health answers while the process lives; /ready checks the database and the migrations', async () => {
    assert.equal((await t.app.inject({ url: '/health' })).json().status, 'ok');
    const ready = (await t.app.inject({ url: '/ready' })).json();
    assert.equal(ready.status, 'ready');
    assert.equal(ready.database, engine);
  });

  test('/metrics speaks the Prometheus text format with request durations', async () => {
    await t.app.inject({ url: '/health' });
    const res = await t.app.inject({ url: '/metrics' });
    assert.match(res.headers['content-type'] as string, /text\/plain/);
    assert.match(res.body, /kinga_http_request_duration_seconds_bucket\{.*route="\/health"/);
  });

  test('every answer carries a request id, and a sane incoming one is kept', async () => {
    const res = await t.app.inject({ url: '/health', headers: { 'x-request-id': 'trace-42' } });
    assert.equal(res.headers['x-request-id'], 'trace-42');
  });

  test('the OpenAPI document lists every API route with its schemas', async () => {
    const doc = (await t.app.inject({ url: '/api/docs/json' })).json();
    assert.equal(doc.openapi.startsWith('3.'), true);
    for (const p of ['/api/v1/auth/login', '/api/v1/locations', '/api/v1/locations/{id}', '/api/v1/users', '/api/v1/roles', '/api/v1/jobs/{id}'])
      assert.ok(doc.paths[p], p);
    assert.ok(doc.paths['/api/v1/locations'].post.requestBody);
  });

  test('the audit trail is written per statement: one multi-row insert of 2,000 rows gives 2,000 audit rows with the request’s user', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => sql`(${`01a00000-0000-7000-8000-${String(i).padStart(12, '0')}`}::uuid, ${`BULK${i}`}, ${`Bulk ${i}`}, 'R')`,
    );
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('kinga.request_id', 'bulk-test', true)`);
      await tx.execute(sql`insert into location (id, code, name, type) values ${sql.join(rows, sql`, `)}`);
    });
    const audit = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit.row_change where request_id = 'bulk-test' and op = 'I'`,
    );
    assert.equal(Number(audit[0]?.n), 2000);
  });

  test('a job started on demand runs on the job runner, reports progress and its result, and is idempotent', async () => {
    const admin = await t.token('Admin');
    for (let run = 0; run < 2; run++) {
      const started = await t.call(admin, { method: 'POST', url: '/api/v1/jobs/auth.purge-refresh-tokens/run', body: {} });
      assert.equal(started.statusCode, 202, started.body);
      let job = started.json();
      for (let i = 0; i < 100 && !['completed', 'failed'].includes(job.status); i++) {
        await new Promise((r) => setTimeout(r, 100));
        job = (await t.call(admin, { method: 'GET', url: `/api/v1/jobs/${job.id}` })).json();
      }
      assert.equal(job.status, 'completed', JSON.stringify(job));
      assert.equal(job.progressDone, 1);
      assert.equal(job.progressTotal, 1);
      assert.equal(typeof job.result.purged, 'number');
    }
    const list = (await t.call(admin, { method: 'GET', url: '/api/v1/jobs?name=auth.purge-refresh-tokens' })).json();
    assert.ok(list.items.length >= 2);
  });

  test('a user without the job’s right cannot start it', async () => {
    const clerk = await t.token('clerk');
    assert.equal((await t.call(clerk, { method: 'POST', url: '/api/v1/jobs/auth.purge-refresh-tokens/run', body: {} })).statusCode, 403);
  });

  test('the migrations produce exactly the columns the Drizzle tables declare', async () => {
    const tables = Object.values(schema).filter((v) => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v) as PgTable[];
    for (const table of tables) {
      const config = getTableConfig(table);
      const columns = await queryRows<{ column_name: string }>(
        t.database.db,
        sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${config.name} order by column_name`,
      );
      assert.deepEqual(
        columns.map((c) => c.column_name),
        config.columns.map((c) => c.name).sort(),
        config.name,
      );
    }
  });
});

describe('error catalogue and translations', () => {
  test('every error kind is documented in docs/errors.md, and every documented kind exists', () => {
    const doc = fs.readFileSync(path.join(repo, 'docs', 'errors.md'), 'utf8');
    const documented = [...doc.matchAll(/`urn:kinga:problem:([a-z-]+)`/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(documented)].sort(), Object.keys(errorKinds).sort());
    for (const [kind, status] of Object.entries(errorKinds)) assert.match(doc, new RegExp(`\`${problemTypePrefix}${kind}\` \\| ${status} `), kind);
  });

  test('every translation key of English exists in French, Nepali and Swahili, with the same placeholders', () => {
    const flatten = (o: Record<string, unknown>, prefix = ''): Record<string, string> =>
      Object.fromEntries(
        Object.entries(o).flatMap(([k, v]) =>
          typeof v === 'object' && v !== null ? Object.entries(flatten(v as Record<string, unknown>, `${prefix}${k}.`)) : [[`${prefix}${k}`, String(v)]],
        ),
      );
    const placeholders = (s: string) =>
      [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    for (const file of fs.readdirSync(path.join(i18nDir, 'en'))) {
      const en = flatten(JSON.parse(fs.readFileSync(path.join(i18nDir, 'en', file), 'utf8')));
      for (const language of languages.filter((l) => l !== 'en')) {
        const target = path.join(i18nDir, language, file);
        assert.ok(fs.existsSync(target), `${language}/${file} is missing`);
        const other = flatten(JSON.parse(fs.readFileSync(target, 'utf8')));
        const missing = Object.keys(en).filter((k) => !(k in other));
        assert.deepEqual(missing, [], `${language}/${file} lacks keys`);
        for (const key of Object.keys(en)) assert.equal(placeholders(other[key]!), placeholders(en[key]!), `${language}/${file}: ${key}`);
      }
    }
  });
});
