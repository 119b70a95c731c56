import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engine, problemOf, startTestApp, type TestApp } from './helpers.ts';

// Diagnoses exercise the behaviour every register shares (platform/register): paging, search,
// exact code, unique live codes, versions "as at" a date, history, concurrency, soft delete.
describe(`diagnoses register (${engine})`, () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await startTestApp();
    admin = await t.token('Admin');
  });
  after(() => t.close());

  const add = (code: string, name: string, token = admin) => t.call(token, { method: 'POST', url: '/api/v1/diagnoses', body: { code, name } });

  test('a diagnosis is added and found by code prefix, exact code or words of its name', async () => {
    assert.equal((await add('A00', 'Cholera')).statusCode, 201);
    assert.equal((await add('A01', 'Typhoid and paratyphoid fevers')).statusCode, 201);
    assert.equal((await add('B50', 'Plasmodium falciparum malaria')).statusCode, 201);
    const prefix = (await t.call(admin, { method: 'GET', url: '/api/v1/diagnoses?q=A0' })).json();
    assert.deepEqual(
      prefix.items.map((d: { code: string }) => d.code),
      ['A00', 'A01'],
    );
    const exact = (await t.call(admin, { method: 'GET', url: '/api/v1/diagnoses?code=B50' })).json();
    assert.equal(exact.items[0].name, 'Plasmodium falciparum malaria');
    const words = (await t.call(admin, { method: 'GET', url: '/api/v1/diagnoses?q=malaria' })).json();
    assert.deepEqual(
      words.items.map((d: { code: string }) => d.code),
      ['B50'],
    );
  });

  test('every logged-in user reads diagnoses; changing them needs the upload right (131001)', async () => {
    const clerk = await t.token('clerk');
    assert.equal((await t.call(clerk, { method: 'GET', url: '/api/v1/diagnoses' })).statusCode, 200);
    assert.equal((await add('Z99', 'Nope', clerk)).statusCode, 403);
  });

  test('a live code is unique (409 on code); a deleted one may be used again', async () => {
    const dup = await add('A00', 'Cholera again');
    assert.equal(dup.statusCode, 409);
    assert.equal(problemOf(dup).errors[0]?.field, 'code');
    const row = (await add('X01', 'Temporary')).json();
    assert.equal((await t.call(admin, { method: 'DELETE', url: `/api/v1/diagnoses/${row.id}`, headers: { 'if-match': '"1"' } })).statusCode, 204);
    assert.equal((await add('X01', 'Reused')).statusCode, 201);
  });

  test('a code longer than 6 characters or with spaces is refused naming code', async () => {
    assert.deepEqual(
      problemOf(await add('ABCDEFG', 'Too long')).errors.map((e) => [e.field, e.code]),
      [['code', 'maxLength']],
    );
    assert.deepEqual(
      problemOf(await add('A 1', 'Space')).errors.map((e) => [e.field, e.code]),
      [['code', 'pattern']],
    );
  });

  test('the register is read as it stood at the end of a day: claims use the version valid on their date', async () => {
    const created = (await add('J06', 'Acute upper respiratory infections')).json();
    const today = new Date().toISOString().slice(0, 10);
    const res = await t.call(admin, {
      method: 'PUT',
      url: `/api/v1/diagnoses/${created.id}`,
      body: { code: 'J06', name: 'Acute URTI' },
      headers: { 'if-match': '"1"' },
    });
    assert.equal(res.statusCode, 200);
    // Both states are from today; the latest of the day wins, and the day before it did not exist yet.
    assert.equal((await t.call(admin, { method: 'GET', url: `/api/v1/diagnoses/${created.id}?asAt=${today}` })).json().name, 'Acute URTI');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    assert.equal((await t.call(admin, { method: 'GET', url: `/api/v1/diagnoses/${created.id}?asAt=${yesterday}` })).statusCode, 404);
  });

  test('an earlier version is returned for a date before a change', async () => {
    const created = (await add('K35', 'Acute appendicitis')).json();
    // Make the first version look older than it is, as if created last year.
    const { sql } = await import('drizzle-orm');
    await t.database.db.execute(sql`update diagnosis set updated_at = '2025-01-10T08:00:00Z', created_at = '2025-01-10T08:00:00Z' where id = ${created.id}`);
    await t.database.db.execute(sql`delete from diagnosis_version where id = ${created.id}`);
    await t.call(admin, {
      method: 'PUT',
      url: `/api/v1/diagnoses/${created.id}`,
      body: { code: 'K35', name: 'Appendicitis, acute' },
      headers: { 'if-match': '"1"' },
    });
    const before = (await t.call(admin, { method: 'GET', url: `/api/v1/diagnoses/${created.id}?asAt=2025-06-30` })).json();
    assert.equal(before.name, 'Acute appendicitis');
    assert.equal(before.version, 1);
    assert.equal((await t.call(admin, { method: 'GET', url: `/api/v1/diagnoses/${created.id}?asAt=2024-12-31` })).statusCode, 404, 'not yet created');
  });

  test('a deleted diagnosis is still read as it was before its deletion, and listed no more', async () => {
    const created = (await add('R50', 'Fever of other and unknown origin')).json();
    const { sql } = await import('drizzle-orm');
    await t.database.db.execute(sql`update diagnosis set updated_at = '2025-03-01T08:00:00Z' where id = ${created.id}`);
    await t.database.db.execute(sql`delete from diagnosis_version where id = ${created.id}`);
    await t.call(admin, { method: 'DELETE', url: `/api/v1/diagnoses/${created.id}`, headers: { 'if-match': '"1"' } });
    assert.equal((await t.call(admin, { method: 'GET', url: `/api/v1/diagnoses/${created.id}?asAt=2025-06-30` })).json().code, 'R50');
    assert.equal((await t.call(admin, { method: 'GET', url: `/api/v1/diagnoses/${created.id}` })).statusCode, 404);
    assert.equal((await t.call(admin, { method: 'GET', url: '/api/v1/diagnoses?code=R50' })).json().items.length, 0);
  });

  test('a stale edit is refused and the history tells who changed what', async () => {
    const created = (await add('I10', 'Essential hypertension')).json();
    await t.call(admin, { method: 'PUT', url: `/api/v1/diagnoses/${created.id}`, body: { code: 'I10', name: 'Hypertension' }, headers: { 'if-match': '"1"' } });
    const stale = await t.call(admin, {
      method: 'PUT',
      url: `/api/v1/diagnoses/${created.id}`,
      body: { code: 'I10', name: 'Other' },
      headers: { 'if-match': '"1"' },
    });
    assert.equal(stale.statusCode, 412);
    const history = (await t.call(admin, { method: 'GET', url: `/api/v1/diagnoses/${created.id}/history` })).json();
    assert.deepEqual(
      history.map((h: { op: string }) => h.op),
      ['I', 'U'],
    );
    assert.deepEqual(history[1].changes.name, { from: 'Essential hypertension', to: 'Hypertension' });
  });

  test('paging with a total walks the whole list', async () => {
    const first = (await t.call(admin, { method: 'GET', url: '/api/v1/diagnoses?limit=2&total=true&sort=-code' })).json();
    assert.equal(first.items.length, 2);
    assert.ok(first.total >= 6);
    const second = (await t.call(admin, { method: 'GET', url: `/api/v1/diagnoses?limit=2&sort=-code&cursor=${first.nextCursor}` })).json();
    assert.ok(second.items[0].code < first.items[1].code);
  });
});
