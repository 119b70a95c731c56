import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { Rights } from '../../common/rights.ts';
import { engine, locationId, problemOf, startTestApp, type TestApp } from './helpers.ts';

interface PayerView {
  id: string;
  type: string;
  name: string;
  locationId: string | null;
  version: number;
}

const url = '/api/v1/payers';
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

describe(`payers register (${engine})`, () => {
  let t: TestApp;
  let admin: string;
  const loc: Record<string, string> = {};
  before(async () => {
    t = await startTestApp();
    admin = await t.token('Admin');
    for (const code of ['R1', 'R2', 'R1D1', 'R1D2', 'R2D1', 'R1D1W1V1']) loc[code] = await locationId(t, admin, code);
  });
  after(() => t.close());

  const add = (fields: Record<string, unknown>, token = admin) => t.call(token, { method: 'POST', url, body: { type: 'G', name: 'Test payer', ...fields } });
  const list = async (query: string, token = admin) => (await t.call(token, { method: 'GET', url: `${url}?limit=500&${query}` })).json().items as PayerView[];

  test('1.16: every field of a payer is kept and answered back', async () => {
    const fields = {
      type: 'L',
      name: 'Mwembeni District Council',
      address: 'S.L.P. 7, Mwembeni',
      locationId: loc.R1D2,
      phone: '+255 22 111 222',
      fax: '+255 22 111 229',
      email: 'afya@mwembeni.example.org',
    };
    const res = await add(fields);
    assert.equal(res.statusCode, 201, res.body);
    const read = (await t.call(admin, { method: 'GET', url: `${url}/${res.json().id}` })).json();
    for (const [key, value] of Object.entries(fields)) assert.equal(read[key], value, key);
    assert.equal(read.version, 1);
  });

  test('payers are found by part of the name or a similar name, by type and by location', async () => {
    assert.deepEqual(
      (await list('q=mwembeni')).map((p) => p.name),
      ['Mwembeni District Council'],
    );
    assert.ok(
      (await list('q=Mwembeny District')).some((p) => p.name === 'Mwembeni District Council'),
      'a misspelt name is found by similarity',
    );
    const donors = await list('type=D');
    assert.ok(donors.length >= 1 && donors.every((p) => p.type === 'D'));
    assert.deepEqual(
      (await list(`locationId=${loc.R1D2}`)).map((p) => p.name),
      ['Mwembeni District Council'],
    );
  });

  test('an unknown payer type is refused naming type and listing the allowed ones', async () => {
    const res = await add({ type: 'X', name: 'Nobody' });
    assert.equal(res.statusCode, 400);
    const error = problemOf(res).errors[0]!;
    assert.deepEqual([error.field, error.code], ['type', 'enum']);
    assert.match(error.message, /C, D, G, L, O, P/);
  });

  test('a live name is unique (409 naming name); a deleted payer’s name may be used again', async () => {
    const first = (await add({ name: 'Unique Trust', type: 'O' })).json();
    const dup = await add({ name: 'Unique Trust', type: 'P' });
    assert.equal(dup.statusCode, 409);
    assert.deepEqual(
      problemOf(dup).errors.map((e) => e.field),
      ['name'],
    );
    assert.equal((await t.call(admin, { method: 'DELETE', url: `${url}/${first.id}`, headers: ifMatch(1) })).statusCode, 204);
    assert.equal((await add({ name: 'Unique Trust', type: 'O' })).statusCode, 201);
  });

  test('a payer’s location is a region or a district (or none: national)', async () => {
    const res = await add({ name: 'Village fund', locationId: loc.R1D1W1V1 });
    assert.deepEqual(
      problemOf(res).errors.map((e) => [e.field, e.code]),
      [['locationId', 'region-or-district']],
    );
    assert.equal((await add({ name: 'Ziwani Regional Trust', type: 'O', locationId: loc.R1 })).statusCode, 201);
    assert.equal((await add({ name: 'National Lottery Board', type: 'G', locationId: null })).statusCode, 201);
  });

  test('the payer rights 121801–121804 are needed: a clerk may neither list nor add payers', async () => {
    const clerk = await t.token('clerk');
    assert.equal((await t.call(clerk, { method: 'GET', url })).statusCode, 403);
    assert.equal((await add({ name: 'Clerk’s payer' }, clerk)).statusCode, 403);
  });

  test('a district user reads national payers, those of the region above and of their districts, and changes only their districts’ payers', async () => {
    const role = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/roles',
      body: { name: 'Payer keeper', rights: [Rights.payerSearch, Rights.payerAdd, Rights.payerEdit, Rights.payerDelete] },
    });
    const user = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/users',
      body: { login: 'payerkeeper', lastName: 'K', otherNames: 'P', password: 'abcd1234', roleIds: [role.json().id], districtIds: [loc.R1D1] },
    });
    assert.equal(user.statusCode, 201, user.body);
    const keeper = await t.token('payerkeeper', 'abcd1234');
    const seen = await list('', keeper);
    assert.ok(seen.some((p) => p.locationId === null));
    assert.ok(seen.some((p) => p.locationId === loc.R1));
    assert.ok(seen.some((p) => p.locationId === loc.R1D1));
    assert.ok(
      seen.every((p) => [null, loc.R1, loc.R1D1].includes(p.locationId)),
      JSON.stringify(seen),
    );

    const national = await add({ name: 'Keeper national', locationId: null }, keeper);
    assert.deepEqual(
      problemOf(national).errors.map((e) => [e.field, e.code]),
      [['locationId', 'payer-location-needs-all']],
    );
    assert.deepEqual(
      problemOf(await add({ name: 'Keeper regional', locationId: loc.R1 }, keeper)).errors.map((e) => [e.field, e.code]),
      [['locationId', 'payer-location-needs-all']],
    );
    assert.deepEqual(
      problemOf(await add({ name: 'Keeper elsewhere', locationId: loc.R1D2 }, keeper)).errors.map((e) => [e.field, e.code]),
      [['locationId', 'unknown']],
    );
    const own = await add({ name: 'Mbuyuni Women’s Savings Group', type: 'C', locationId: loc.R1D1 }, keeper);
    assert.equal(own.statusCode, 201, own.body);
    const changed = await t.call(keeper, {
      method: 'PUT',
      url: `${url}/${own.json().id}`,
      headers: ifMatch(1),
      body: { type: 'C', name: 'Mbuyuni Women’s Savings Group', locationId: loc.R1D1, phone: '+255 754 1' },
    });
    assert.equal(changed.statusCode, 200, changed.body);
    // Readable, but national and regional payers are changed only by users with all districts.
    const regional = seen.find((p) => p.locationId === loc.R1)!;
    const refused = await t.call(keeper, {
      method: 'PUT',
      url: `${url}/${regional.id}`,
      headers: ifMatch(regional.version),
      body: { type: 'O', name: regional.name },
    });
    assert.equal(refused.statusCode, 404);
    assert.equal((await t.call(keeper, { method: 'DELETE', url: `${url}/${regional.id}`, headers: ifMatch(regional.version) })).statusCode, 404);
  });

  test('as at a date, a payer reads as it stood at the end of that day; history tells who changed what', async () => {
    const created = (await add({ name: 'Old Name Trust', type: 'O', address: 'First street' })).json() as PayerView;
    await t.database.db.execute(sql`update payer set updated_at = '2025-01-10T08:00:00Z', created_at = '2025-01-10T08:00:00Z' where id = ${created.id}`);
    await t.database.db.execute(sql`delete from payer_version where id = ${created.id}`);
    const res = await t.call(admin, { method: 'PUT', url: `${url}/${created.id}`, headers: ifMatch(1), body: { type: 'O', name: 'New Name Trust' } });
    assert.equal(res.statusCode, 200);
    const then = (await t.call(admin, { method: 'GET', url: `${url}/${created.id}?asAt=2025-06-30` })).json();
    assert.deepEqual([then.name, then.address], ['Old Name Trust', 'First street']);
    assert.equal((await t.call(admin, { method: 'GET', url: `${url}/${created.id}?asAt=${t.clock.today()}` })).json().name, 'New Name Trust');
    assert.equal((await t.call(admin, { method: 'GET', url: `${url}/${created.id}?asAt=2024-12-31` })).statusCode, 404);
    const history = (await t.call(admin, { method: 'GET', url: `${url}/${created.id}/history` })).json();
    const last = history.at(-1);
    assert.equal(last.userLogin, 'Admin');
    assert.deepEqual(last.changes.name, { from: 'Old Name Trust', to: 'New Name Trust' });
    assert.deepEqual(last.changes.address, { from: 'First street', to: null });
  });

  test('a region or district with a live payer cannot be deleted', async () => {
    const district = (
      await t.call(admin, { method: 'POST', url: '/api/v1/locations', body: { code: 'R2D9', name: 'Naya', type: 'D', parentId: loc.R2 } })
    ).json();
    const payer = (await add({ name: 'Naya Municipality', type: 'L', locationId: district.id })).json() as PayerView;
    const refused = await t.call(admin, { method: 'DELETE', url: `/api/v1/locations/${district.id}`, headers: ifMatch(1) });
    assert.equal(refused.statusCode, 409);
    assert.match(problemOf(refused).detail, /1 payers/);
    assert.equal((await t.call(admin, { method: 'DELETE', url: `${url}/${payer.id}`, headers: ifMatch(1) })).statusCode, 204);
    assert.equal((await t.call(admin, { method: 'DELETE', url: `/api/v1/locations/${district.id}`, headers: ifMatch(1) })).statusCode, 204);
  });

  test('the demo data set has about six payers: national government and donor, district councils, a co-operative, a company', async () => {
    const demo = await list('');
    const types = new Set(demo.map((p) => p.type));
    for (const type of ['G', 'D', 'L', 'C', 'P']) assert.ok(types.has(type), type);
    assert.ok(demo.some((p) => p.type === 'G' && p.locationId === null));
    assert.ok(demo.some((p) => p.type === 'L' && p.locationId === loc.R2D1));
  });
});
