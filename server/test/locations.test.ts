import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/db/types.ts';
import { engine, locationId, problemOf, startTestApp, type TestApp } from './helpers.ts';

describe(`locations (${engine})`, () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await startTestApp();
    admin = await t.token('Admin');
  });
  after(() => t.close());

  const create = (body: Record<string, unknown>, token = admin) => t.call(token, { method: 'POST', url: '/api/v1/locations', body });
  const get = async (id: string) => (await t.call(admin, { method: 'GET', url: `/api/v1/locations/${id}` })).json();

  test('the tree is browsed level by level, each node telling how many children it has', async () => {
    const roots = (await t.call(admin, { method: 'GET', url: '/api/v1/locations?roots=true' })).json();
    assert.deepEqual(
      roots.items.map((l: { code: string }) => l.code),
      ['R1', 'R2'],
    );
    assert.equal(roots.items[0].childCount, 2);
    const districts = (await t.call(admin, { method: 'GET', url: `/api/v1/locations?parentId=${roots.items[0].id}` })).json();
    assert.deepEqual(
      districts.items.map((l: { code: string }) => l.code),
      ['R1D1', 'R1D2'],
    );
  });

  test('a new location gets its region and district, an ETag, and a Location header', async () => {
    const ward = await locationId(t, admin, 'R1D1W1');
    const res = await create({ code: 'NEWV1', name: 'Mapinduzi', type: 'V', parentId: ward, malePopulation: 410, femalePopulation: 433 });
    assert.equal(res.statusCode, 201);
    assert.equal(res.headers.etag, '"1"');
    const body = res.json();
    assert.equal(body.districtId, await locationId(t, admin, 'R1D1'));
    assert.equal(body.regionId, await locationId(t, admin, 'R1'));
    assert.equal(res.headers.location, `/api/v1/locations/${body.id}`);
  });

  test('a village placed directly under a district is refused naming parentId', async () => {
    const res = await create({ code: 'BADV', name: 'Wrong', type: 'V', parentId: await locationId(t, admin, 'R1D1') });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      problemOf(res).errors.map((e) => [e.field, e.code]),
      [['parentId', 'location-parent-type']],
    );
  });

  test('a code already used by a live location answers 409 naming the field code', async () => {
    const res = await create({ code: 'R1D1W1', name: 'Copy', type: 'W', parentId: await locationId(t, admin, 'R1D1') });
    assert.equal(res.statusCode, 409);
    assert.equal(problemOf(res).errors[0]?.field, 'code');
  });

  test('search finds a code by prefix and a name by part or similarity, with a total on request', async () => {
    const byCode = (await t.call(admin, { method: 'GET', url: '/api/v1/locations?q=R2D1W&type=W&total=true' })).json();
    assert.equal(byCode.total, 2);
    const byName = (await t.call(admin, { method: 'GET', url: '/api/v1/locations?q=Manakaman' })).json();
    assert.ok(byName.items.some((l: { name: string }) => l.name === 'Manakamana'));
    const fuzzy = (await t.call(admin, { method: 'GET', url: '/api/v1/locations?q=Sundarpor' })).json();
    assert.ok(
      fuzzy.items.some((l: { name: string }) => l.name === 'Sundarpur'),
      'trigram similarity tolerates a typo',
    );
  });

  test('cursor paging walks every village once, in order, in either direction', async () => {
    for (const sort of ['code', '-name']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/api/v1/locations?type=V&limit=7&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await t.call(admin, { method: 'GET', url })).json();
        seen.push(...page.items.map((l: { id: string }) => l.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      const all = (await t.call(admin, { method: 'GET', url: `/api/v1/locations?type=V&limit=500&sort=${sort}` })).json();
      assert.deepEqual(
        seen,
        all.items.map((l: { id: string }) => l.id),
      );
    }
  });

  test('a cursor from another sort order is refused naming cursor', async () => {
    const page = (await t.call(admin, { method: 'GET', url: '/api/v1/locations?type=V&limit=2&sort=code' })).json();
    const res = await t.call(admin, { method: 'GET', url: `/api/v1/locations?type=V&limit=2&sort=name&cursor=${page.nextCursor}` });
    assert.equal(problemOf(res).errors[0]?.field, 'cursor');
  });

  test('an edit needs the version it was made on: missing → 428, stale → 412, current → 200 with the next version', async () => {
    const id = await locationId(t, admin, 'R2D2W2V5');
    const url = `/api/v1/locations/${id}`;
    assert.equal((await t.call(admin, { method: 'PATCH', url, body: { name: 'Yamuna Tole' } })).statusCode, 428);
    const ok = await t.call(admin, { method: 'PATCH', url, body: { name: 'Yamuna Tole' }, headers: { 'if-match': '"1"' } });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.headers.etag, '"2"');
    const stale = await t.call(admin, { method: 'PATCH', url, body: { name: 'Other' }, headers: { 'if-match': '"1"' } });
    assert.equal(stale.statusCode, 412);
    assert.equal((await get(id)).name, 'Yamuna Tole', 'a stale write is refused, not merged');
  });

  test('history shows every change with who made it and what changed', async () => {
    const id = await locationId(t, admin, 'R2D2W2V4');
    await t.call(admin, { method: 'PATCH', url: `/api/v1/locations/${id}`, body: { families: 99 }, headers: { 'if-match': '"1"' } });
    const history = (await t.call(admin, { method: 'GET', url: `/api/v1/locations/${id}/history` })).json();
    assert.equal(history.length, 2);
    assert.equal(history[0].op, 'I');
    assert.equal(history[1].op, 'U');
    assert.equal(history[1].userLogin, 'Admin');
    assert.deepEqual(Object.keys(history[1].changes), ['families']);
    assert.equal(history[1].changes.families.to, 99);
  });

  test('moving a ward to another district carries its villages along', async () => {
    const ward = await locationId(t, admin, 'R1D2W2');
    const target = await locationId(t, admin, 'R2D1');
    const res = await t.call(admin, { method: 'POST', url: `/api/v1/locations/${ward}/move`, body: { parentId: target }, headers: { 'if-match': '"1"' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().districtId, target);
    const villages = (await t.call(admin, { method: 'GET', url: `/api/v1/locations?parentId=${ward}` })).json().items;
    assert.equal(villages.length, 5);
    for (const v of villages) {
      assert.equal(v.districtId, target);
      assert.equal(v.regionId, await locationId(t, admin, 'R2'));
    }
  });

  test('a location cannot be moved under a parent of the wrong type', async () => {
    const ward = await locationId(t, admin, 'R1D1W2');
    const res = await t.call(admin, {
      method: 'POST',
      url: `/api/v1/locations/${ward}/move`,
      body: { parentId: await locationId(t, admin, 'R1') },
      headers: { 'if-match': '"1"' },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(problemOf(res).errors[0]?.field, 'parentId');
  });

  test('deleting a location where others still live is refused with a clear message; an empty one is soft-deleted', async () => {
    const ward = await locationId(t, admin, 'R2D2W1');
    const refused = await t.call(admin, { method: 'DELETE', url: `/api/v1/locations/${ward}`, headers: { 'if-match': '"1"' } });
    assert.equal(refused.statusCode, 409);
    assert.match(problemOf(refused).detail, /Bagmati.*5 locations/);
    const created = (await create({ code: 'TMPV', name: 'Temporary', type: 'V', parentId: ward })).json();
    const gone = await t.call(admin, { method: 'DELETE', url: `/api/v1/locations/${created.id}`, headers: { 'if-match': '"1"' } });
    assert.equal(gone.statusCode, 204);
    assert.equal((await t.call(admin, { method: 'GET', url: `/api/v1/locations/${created.id}` })).statusCode, 404);
    const rows = await queryRows<{ deleted: boolean }>(t.database.db, sql`select deleted_at is not null as deleted from location where id = ${created.id}`);
    assert.equal(rows[0]?.deleted, true, 'the row stays, marked deleted');
    const reuse = await create({ code: 'TMPV', name: 'Again', type: 'V', parentId: ward });
    assert.equal(reuse.statusCode, 201, 'a code is unique among live rows only');
  });

  test('adding a region needs the region right (121906)', async () => {
    const scheme = await t.token('imisadmin');
    const me = (await t.call(scheme, { method: 'GET', url: '/api/v1/auth/me' })).json();
    assert.ok(me.rights.includes(121906));
    const officer = await t.token('officer');
    assert.equal((await create({ code: 'R9', name: 'Nine', type: 'R', parentId: null }, officer)).statusCode, 403);
  });
});

describe(`bad input is answered with problem+json naming the field, and nothing is written (${engine})`, () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await startTestApp();
    admin = await t.token('Admin');
  });
  after(() => t.close());

  const count = async () => Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from location`))[0]?.n);

  test('malformed JSON → 400 malformed-request', async () => {
    const before = await count();
    const res = await t.call(admin, { method: 'POST', url: '/api/v1/locations', body: '{"code": "X",' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(problemOf(res).code, 'malformed-request');
    assert.equal(await count(), before);
  });

  test('wrong types, unknown fields and over-long strings are all reported at once', async () => {
    const ward = '00000000-0000-7000-8000-000000000000';
    const res = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/locations',
      body: { code: 'X', name: 'n'.repeat(51), type: 'V', parentId: ward, malePopulation: '12', colour: 'red' },
    });
    assert.equal(res.statusCode, 400);
    const fields = problemOf(res)
      .errors.map((e) => `${e.field}:${e.code}`)
      .sort();
    assert.deepEqual(fields, ['colour:additionalProperties', 'malePopulation:type', 'name:maxLength']);
  });

  test('an unknown enumeration value lists the allowed values', async () => {
    const res = await t.call(admin, { method: 'POST', url: '/api/v1/locations', body: { code: 'X', name: 'x', type: 'Q', parentId: null } });
    const error = problemOf(res).errors[0]!;
    assert.equal(error.field, 'type');
    assert.equal(error.code, 'enum');
    assert.match(error.message, /R, D, W, V/);
  });

  test('a negative population is refused', async () => {
    const res = await t.call(admin, { method: 'POST', url: '/api/v1/locations', body: { code: 'X', name: 'x', type: 'R', parentId: null, families: -1 } });
    assert.equal(problemOf(res).errors[0]?.field, 'families');
  });

  test('an id that is not a UUID is refused naming the parameter', async () => {
    const res = await t.call(admin, { method: 'GET', url: '/api/v1/locations/not-a-uuid' });
    assert.equal(res.statusCode, 400);
    assert.equal(problemOf(res).errors[0]?.field, 'id');
  });

  test('a parent that does not exist is reported on parentId, not as a server error', async () => {
    const res = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/locations',
      body: { code: 'X1', name: 'x', type: 'D', parentId: '01900000-0000-7000-8000-000000000000' },
    });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      problemOf(res).errors.map((e) => [e.field, e.code]),
      [['parentId', 'unknown']],
    );
  });

  test('errors are translated by Accept-Language', async () => {
    const res = await t.call(admin, { method: 'GET', url: '/api/v1/locations/not-a-uuid', headers: { 'accept-language': 'fr-CM,fr;q=0.9,en;q=0.5' } });
    const problem = problemOf(res);
    assert.notEqual(problem.title, 'Invalid input');
    assert.equal(problem.type, 'urn:kinga:problem:validation');
  });

  test('an unknown address is a problem+json 404, and no stack trace leaves the server', async () => {
    const res = await t.call(admin, { method: 'GET', url: '/api/v1/nothing-here' });
    assert.equal(res.statusCode, 404);
    assert.equal(problemOf(res).code, 'not-found');
    assert.doesNotMatch(res.body, /at .*\.ts:\d+/);
  });

  test('one request is one transaction: a failure part-way leaves nothing behind', async () => {
    const usersBefore = Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from app_user`))[0]?.n);
    const auditBefore = Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit.row_change`))[0]?.n);
    // The user row is inserted before the role links; an unknown role id must roll the whole request back.
    const role = (await t.call(admin, { method: 'GET', url: '/api/v1/roles?limit=1' })).json().items[0].id;
    const res = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/users',
      body: {
        login: 'halfway',
        lastName: 'H',
        otherNames: 'W',
        password: 'abcd1234',
        roleIds: [role, role],
        districtIds: ['01900000-0000-7000-8000-000000000001'],
      },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from app_user`))[0]?.n), usersBefore);
    assert.equal(Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit.row_change`))[0]?.n), auditBefore);
  });
});
