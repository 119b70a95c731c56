import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { rightsCatalogue } from '../../common/rights.ts';
import { engine, locationId, problemOf, startTestApp, type TestApp } from './helpers.ts';

interface ClaimAdmin {
  id: string;
  code: string;
  lastName: string;
  otherNames: string;
  dob: string | null;
  healthFacilityId: string;
  userId: string | null;
  version: number;
}

// Claim administrators (domain.md 1.6): they claim for one facility, are seen through that
// facility's district (5.8), and when they log in they are users of that facility (1.18 HFID).
describe(`claim administrators register (${engine})`, () => {
  let t: TestApp;
  let admin: string;
  const facility: Record<string, string> = {};
  const loc: Record<string, string> = {};
  let next = 0;

  const body = (over: Record<string, unknown> = {}) => ({
    code: `CAT${String(++next).padStart(3, '0')}`,
    lastName: 'Massawe',
    otherNames: 'Grace Neema',
    dob: '1984-05-17',
    phone: '+255 754 111 222',
    email: 'grace.massawe@example.org',
    healthFacilityId: facility.MBYDS01,
    ...over,
  });
  const add = (over: Record<string, unknown> = {}, token = admin) => t.call(token, { method: 'POST', url: '/api/v1/claim-administrators', body: body(over) });
  const put = (a: { id: string; version: number }, over: Record<string, unknown>, token = admin) =>
    t.call(token, { method: 'PUT', url: `/api/v1/claim-administrators/${a.id}`, body: over, headers: { 'if-match': `"${a.version}"` } });
  const list = async (query: string, token = admin) => {
    const res = await t.call(token, { method: 'GET', url: `/api/v1/claim-administrators?${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: ClaimAdmin[]; nextCursor: string | null; total?: number };
  };
  const fields = (res: Parameters<typeof problemOf>[0]) => problemOf(res).errors.map((e) => [e.field, e.code]);

  before(async () => {
    t = await startTestApp();
    admin = await t.token('Admin');
    const all = (await t.call(admin, { method: 'GET', url: '/api/v1/health-facilities?limit=500' })).json().items as { id: string; code: string }[];
    for (const f of all) facility[f.code] = f.id;
    for (const code of ['R1D1', 'R1D2', 'R2D1']) loc[code] = await locationId(t, admin, code);
  });
  after(() => t.close());

  test('a claim administrator of a facility is added with every field and read back', async () => {
    const res = await add({ code: 'CAFULL1' });
    assert.equal(res.statusCode, 201, res.body);
    const read = (await t.call(admin, { method: 'GET', url: `/api/v1/claim-administrators/${res.json().id}` })).json();
    assert.deepEqual(
      { ...read, id: undefined, createdAt: undefined, updatedAt: undefined },
      {
        id: undefined,
        code: 'CAFULL1',
        lastName: 'Massawe',
        otherNames: 'Grace Neema',
        dob: '1984-05-17',
        phone: '+255 754 111 222',
        email: 'grace.massawe@example.org',
        healthFacilityId: facility.MBYDS01,
        userId: null,
        version: 1,
        createdAt: undefined,
        updatedAt: undefined,
      },
    );
  });

  test('the demo data set gives every demo facility one or two claim administrators', async () => {
    const all = await list('limit=500');
    const perFacility = new Map<string, number>();
    for (const a of all.items) perFacility.set(a.healthFacilityId, (perFacility.get(a.healthFacilityId) ?? 0) + 1);
    for (const code of ['MBYDH01', 'MWBDS03', 'KRGHP01', 'SDPCH01']) {
      const n = perFacility.get(facility[code]!) ?? 0;
      assert.ok(n >= 1 && n <= 2, `${code}: ${n}`);
    }
  });

  test('a duplicate live code is refused with 409 naming code; a code longer than 8 is refused naming code', async () => {
    assert.equal((await add({ code: 'CADUP1' })).statusCode, 201);
    const dup = await add({ code: 'CADUP1' });
    assert.equal(dup.statusCode, 409);
    assert.deepEqual(fields(dup), [['code', 'duplicate']]);
    assert.deepEqual(fields(await add({ code: 'CA3456789' })), [['code', 'maxLength']]);
  });

  test('required names, a bad email and unknown fields are all reported at once', async () => {
    const res = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/claim-administrators',
      body: { code: 'CABAD1', otherNames: '', email: 'not-an-email', healthFacilityId: facility.MBYDS01, hasLogin: true },
    });
    assert.deepEqual(
      fields(res).sort(),
      [
        ['email', 'format'],
        ['hasLogin', 'additionalProperties'],
        ['lastName', 'required'],
        ['otherNames', 'minLength'],
      ].sort(),
    );
  });

  test('a date of birth in the future (by the platform clock) is refused naming dob; today is accepted', async () => {
    t.clock.set('2026-03-01T10:00:00Z');
    try {
      assert.deepEqual(fields(await add({ dob: '2026-03-02' })), [['dob', 'date-in-future']]);
      assert.equal((await add({ dob: '2026-03-01' })).statusCode, 201);
    } finally {
      t.clock.set(new Date());
    }
  });

  test('the facility must be a live facility: unknown and deleted facilities are refused naming healthFacilityId', async () => {
    assert.deepEqual(fields(await add({ healthFacilityId: crypto.randomUUID() })), [['healthFacilityId', 'unknown']]);
    const f = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/health-facilities',
      body: { code: 'CAHF1', name: 'Short-lived Dispensary', legalForm: 'G', level: 'D', careType: 'O', districtId: loc.R1D1 },
    });
    assert.equal((await t.call(admin, { method: 'DELETE', url: `/api/v1/health-facilities/${f.json().id}`, headers: { 'if-match': '"1"' } })).statusCode, 204);
    assert.deepEqual(fields(await add({ healthFacilityId: f.json().id })), [['healthFacilityId', 'unknown']]);
  });

  test('a login must be a user of the same facility, and serves one administrator only', async () => {
    const user = (login: string, healthFacilityId: string | null) =>
      t.call(admin, {
        method: 'POST',
        url: '/api/v1/users',
        body: { login, lastName: 'Kimaro', otherNames: 'Daudi', password: 'abcd1234', roleIds: [], districtIds: [loc.R1D1], healthFacilityId },
      });
    const staff = (await user('castaff', facility.MBYDS01!)).json();
    const other = (await user('caother', facility.MBYHC01!)).json();
    const plain = (await user('caplain', null)).json();
    assert.deepEqual(fields(await add({ userId: other.id })), [['userId', 'user-not-facility-staff']]);
    assert.deepEqual(fields(await add({ userId: plain.id })), [['userId', 'user-not-facility-staff']]);
    assert.deepEqual(fields(await add({ userId: crypto.randomUUID() })), [['userId', 'unknown']]);
    const linked = await add({ userId: staff.id });
    assert.equal(linked.statusCode, 201, linked.body);
    assert.deepEqual(fields(await add({ userId: staff.id })), [['userId', 'duplicate']]);
    // Saving the administrator who holds the login again is not a second use of it.
    const a = linked.json() as ClaimAdmin;
    assert.equal((await put(a, body({ code: a.code, userId: staff.id, lastName: 'Kimaro' }))).statusCode, 200);
  });

  test('an edit replaces every field; history tells who changed what; a stale edit is refused', async () => {
    const a = (await add()).json() as ClaimAdmin;
    const res = await put(a, body({ code: a.code, lastName: 'Mrema', healthFacilityId: facility.MBYHC01, dob: null }));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().dob, null);
    assert.equal(res.json().healthFacilityId, facility.MBYHC01);
    assert.equal((await put(a, body({ code: a.code }))).statusCode, 412);
    const history = (await t.call(admin, { method: 'GET', url: `/api/v1/claim-administrators/${a.id}/history` })).json();
    assert.deepEqual(
      history.map((h: { op: string }) => h.op),
      ['I', 'U'],
    );
    assert.deepEqual(history[1].changes.lastName, { from: 'Massawe', to: 'Mrema' });
    assert.equal(history[1].userLogin, 'Admin');
  });

  test('an administrator is read as at a day: the version of that day, deleted ones included', async () => {
    const a = (await add({ lastName: 'Swai', dob: null })).json() as ClaimAdmin;
    await t.database.db.execute(sql`update claim_admin set updated_at = '2025-02-01T08:00:00Z', created_at = '2025-02-01T08:00:00Z' where id = ${a.id}`);
    await t.database.db.execute(sql`delete from claim_admin_version where id = ${a.id}`);
    await put(a, body({ code: a.code, lastName: 'Swai-Mollel' }));
    await t.call(admin, { method: 'DELETE', url: `/api/v1/claim-administrators/${a.id}`, headers: { 'if-match': '"2"' } });
    const asAt = (day: string) => t.call(admin, { method: 'GET', url: `/api/v1/claim-administrators/${a.id}?asAt=${day}` });
    const then = await asAt('2025-06-30');
    assert.equal(then.statusCode, 200, then.body);
    assert.equal(then.json().lastName, 'Swai');
    assert.equal(then.json().dob, null);
    assert.equal((await asAt('2025-01-31')).statusCode, 404);
    assert.equal((await t.call(admin, { method: 'GET', url: `/api/v1/claim-administrators/${a.id}` })).statusCode, 404);
  });

  test('lists search by code and name, filter by facility and district, and page with a total', async () => {
    const byFacility = await list(`healthFacilityId=${facility.MWBDS03}`);
    assert.ok(byFacility.items.length >= 1 && byFacility.items.every((a) => a.healthFacilityId === facility.MWBDS03));
    const r2d1 = new Set(['KRGDH01', 'KRGPH01', 'KRGHP01', 'KRGHP02', 'KRGNH01'].map((c) => facility[c]));
    const byDistrict = await list(`districtId=${loc.R2D1}&limit=500`);
    assert.ok(byDistrict.items.length >= 5 && byDistrict.items.every((a) => r2d1.has(a.healthFacilityId)));
    assert.deepEqual(
      (await list('q=Tamang')).items.map((a) => a.lastName),
      ['Tamang'],
    );
    assert.deepEqual(
      (await list('q=KRGHP01')).items.map((a) => a.code),
      ['KRGHP011'],
    );
    const first = await list('limit=4&total=true&sort=lastName');
    assert.ok(first.total! >= 28);
    const second = await list(`limit=4&sort=lastName&cursor=${first.nextCursor}`);
    assert.ok(second.items[0]!.lastName >= first.items[3]!.lastName);
  });

  test('reading needs right 121601 and changing 121602–121604', async () => {
    const clerk = await t.token('clerk');
    assert.equal((await t.call(clerk, { method: 'GET', url: '/api/v1/claim-administrators' })).statusCode, 403);
    assert.equal((await add({}, clerk)).statusCode, 403);
  });

  test('a district user sees only the administrators of their districts’ facilities and cannot attach one elsewhere', async () => {
    const role = await t.call(admin, { method: 'POST', url: '/api/v1/roles', body: { name: 'Claims desk', rights: rightsCatalogue.map((r) => r.code) } });
    await t.call(admin, {
      method: 'POST',
      url: '/api/v1/users',
      body: { login: 'cadesk', lastName: 'D', otherNames: 'C', password: 'abcd1234', roleIds: [role.json().id], districtIds: [loc.R1D2] },
    });
    const desk = await t.token('cadesk', 'abcd1234');
    const r1d2 = new Set(['MWBDH01', 'MWBHC01', 'MWBDS01', 'MWBDS02', 'MWBDS03'].map((c) => facility[c]));
    const seen = await list('limit=500', desk);
    assert.ok(seen.items.length >= 5 && seen.items.every((a) => r1d2.has(a.healthFacilityId)));
    assert.deepEqual(fields(await add({ healthFacilityId: facility.MBYDS01 }, desk)), [['healthFacilityId', 'unknown']]);
    assert.equal((await add({ healthFacilityId: facility.MWBDS01 }, desk)).statusCode, 201);
  });
});
