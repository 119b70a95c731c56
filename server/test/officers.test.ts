import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { Rights } from '../../common/rights.ts';
import { engine, locationId, problemOf, startTestApp, type TestApp } from './helpers.ts';

interface OfficerView {
  id: string;
  code: string;
  lastName: string;
  otherNames: string;
  districtId: string;
  substituteId: string | null;
  worksTo: string | null;
  villageIds: string[];
  userId: string | null;
  version: number;
}

const url = '/api/v1/enrolment-officers';
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

describe(`enrolment officers register (${engine})`, () => {
  let t: TestApp;
  let admin: string;
  let district: string;
  const village: Record<string, string> = {};
  before(async () => {
    t = await startTestApp();
    admin = await t.token('Admin');
    district = await locationId(t, admin, 'R1D1');
    for (const code of ['R1D1W1V1', 'R1D1W1V2', 'R1D1W2V1', 'R1D2W1V1']) village[code] = await locationId(t, admin, code);
  });
  after(() => t.close());

  const input = (fields: Record<string, unknown> = {}) => ({ code: 'T0001', lastName: 'Mwakilema', otherNames: 'Pili', districtId: district, ...fields });
  const add = (fields: Record<string, unknown> = {}, token = admin) => t.call(token, { method: 'POST', url, body: input(fields) });
  const put = (row: OfficerView, fields: Record<string, unknown>, token = admin) =>
    t.call(token, { method: 'PUT', url: `${url}/${row.id}`, headers: ifMatch(row.version), body: input({ code: row.code, ...fields }) });
  const list = async (query: string, token = admin) => (await t.call(token, { method: 'GET', url: `${url}?limit=500&${query}` })).json().items as OfficerView[];

  test('1.7: every field of an officer is kept, with the villages served, and answered back', async () => {
    const user = (await t.call(admin, { method: 'GET', url: '/api/v1/users?q=clerk' })).json().items[0].id;
    const fields = {
      code: 'T0100',
      lastName: 'Kombo',
      otherNames: 'Salma Ali',
      dob: '1988-04-02',
      phone: '+255 754 000 111',
      email: 'salma.kombo@example.org',
      worksTo: '2030-12-31',
      veoCode: 'VEO1',
      veoLastName: 'Haji',
      veoOtherNames: 'Omari',
      veoDob: '1970-01-20',
      veoPhone: '+255 713 222 333',
      phoneCommunication: true,
      permanentAddress: 'S.L.P. 12, Mbuyuni',
      userId: user,
      villageIds: [village.R1D1W2V1, village.R1D1W1V1],
    };
    const res = await add(fields);
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json();
    assert.equal(res.headers.etag, '"1"');
    assert.equal(res.headers.location, `${url}/${created.id}`);
    const read = (await t.call(admin, { method: 'GET', url: `${url}/${created.id}` })).json();
    const { villageIds, ...rest } = fields;
    for (const [key, value] of Object.entries(rest)) assert.deepEqual(read[key], value, key);
    assert.deepEqual(read.villageIds, [village.R1D1W1V1, village.R1D1W2V1], 'villages in the order of their codes');
    assert.equal(villageIds.length, 2);
    assert.equal(read.substituteId, null);
    assert.equal(read.districtId, district);
  });

  test('officers are found by code prefix, exact code, name, district, village served and activity', async () => {
    const left = (await add({ code: 'T0200', lastName: 'Nyirenda', otherNames: 'Issa', worksTo: '2020-06-30', villageIds: [village.R1D1W1V2] })).json();
    assert.ok(left.id);
    assert.deepEqual(
      (await list('q=T02')).map((o) => o.code),
      ['T0200'],
    );
    assert.deepEqual(
      (await list('code=T0200')).map((o) => o.code),
      ['T0200'],
    );
    assert.deepEqual(
      (await list('q=Nyirenda')).map((o) => o.code),
      ['T0200'],
    );
    assert.ok((await list(`villageId=${village.R1D1W1V2}`)).some((o) => o.code === 'T0200'));
    assert.ok(!(await list(`villageId=${village.R1D1W1V1}`)).some((o) => o.code === 'T0200'));
    const inDistrict = await list(`districtId=${district}`);
    assert.ok(inDistrict.length >= 3 && inDistrict.every((o) => o.districtId === district));
    const active = await list('active=true');
    const inactive = await list('active=false');
    assert.ok(!active.some((o) => o.code === 'T0200') && inactive.some((o) => o.code === 'T0200'));
    assert.ok(inactive.every((o) => o.worksTo !== null && o.worksTo < t.clock.today()));
    // An engagement ending today still counts as active today.
    t.clock.set('2020-06-30T12:00:00Z');
    assert.ok((await list('active=true')).some((o) => o.code === 'T0200'));
    t.clock.set(new Date());
  });

  test('the officer rights 121501–121504 are needed: a clerk may neither list nor add officers', async () => {
    const clerk = await t.token('clerk');
    assert.equal((await t.call(clerk, { method: 'GET', url })).statusCode, 403);
    assert.equal((await add({ code: 'T0300' }, clerk)).statusCode, 403);
  });

  test('a live code is unique (409 naming code); a deleted officer’s code may be used again', async () => {
    const first = (await add({ code: 'T0400' })).json();
    const dup = await add({ code: 'T0400' });
    assert.equal(dup.statusCode, 409);
    assert.deepEqual(
      problemOf(dup).errors.map((e) => e.field),
      ['code'],
    );
    assert.equal((await t.call(admin, { method: 'DELETE', url: `${url}/${first.id}`, headers: ifMatch(1) })).statusCode, 204);
    assert.equal((await add({ code: 'T0400' })).statusCode, 201);
  });

  test('a code longer than 8 characters, a bad e-mail and an unknown field are refused, each named', async () => {
    const res = await add({ code: 'T12345678', email: 'not-an-email', rank: 'senior' });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      problemOf(res)
        .errors.map((e) => [e.field, e.code])
        .sort(),
      [
        ['code', 'maxLength'],
        ['email', 'format'],
        ['rank', 'additionalProperties'],
      ],
    );
  });

  test('a date of birth after today (the platform clock’s) is refused for the officer and the VEO', async () => {
    t.clock.set('2026-03-10T09:00:00Z');
    try {
      const res = await add({ code: 'T0500', dob: '2026-03-11', veoDob: '2026-03-10' });
      assert.equal(res.statusCode, 400);
      assert.deepEqual(
        problemOf(res).errors.map((e) => [e.field, e.code]),
        [['dob', 'date-in-future']],
      );
      assert.equal((await add({ code: 'T0500', dob: '2026-03-10' })).statusCode, 201);
    } finally {
      t.clock.set(new Date());
    }
  });

  test('the district must be a live district; villages must be villages of that district', async () => {
    const notDistrict = await add({ code: 'T0600', districtId: village.R1D1W1V1 });
    assert.deepEqual(
      problemOf(notDistrict).errors.map((e) => [e.field, e.code]),
      [['districtId', 'district-not-district']],
    );
    const res = await add({ code: 'T0600', villageIds: [village.R1D1W1V1, village.R1D2W1V1, district, '01900000-0000-7000-8000-000000000000'] });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      problemOf(res).errors.map((e) => [e.field, e.code]),
      [
        ['villageIds.1', 'officer-village-district'],
        ['villageIds.2', 'village-not-village'],
        ['villageIds.3', 'unknown'],
      ],
    );
    assert.match(problemOf(res).errors[0]!.message, /district/);
  });

  test('a linked login must be an existing user', async () => {
    const res = await add({ code: 'T0650', userId: '01900000-0000-7000-8000-000000000000' });
    assert.deepEqual(
      problemOf(res).errors.map((e) => [e.field, e.code]),
      [['userId', 'unknown']],
    );
  });

  test('1.7: a substitute is another live officer, and a circle of substitutes is refused naming it', async () => {
    const a = (await add({ code: 'T0701' })).json() as OfficerView;
    const b = (await add({ code: 'T0702', substituteId: a.id })).json() as OfficerView;
    const c = (await add({ code: 'T0703', substituteId: b.id })).json() as OfficerView;
    assert.equal(c.substituteId, b.id);
    const self = await put(a, { substituteId: a.id });
    assert.deepEqual(
      problemOf(self).errors.map((e) => [e.field, e.code]),
      [['substituteId', 'officer-substitute-self']],
    );
    const circle = await put(a, { substituteId: c.id });
    assert.equal(circle.statusCode, 400);
    const error = problemOf(circle).errors[0]!;
    assert.deepEqual([error.field, error.code], ['substituteId', 'officer-substitute-cycle']);
    assert.match(error.message, /T0701 → T0703 → T0702 → T0701/);
    const gone = (await add({ code: 'T0704' })).json() as OfficerView;
    await t.call(admin, { method: 'DELETE', url: `${url}/${gone.id}`, headers: ifMatch(1) });
    assert.deepEqual(
      problemOf(await add({ code: 'T0705', substituteId: gone.id })).errors.map((e) => [e.field, e.code]),
      [['substituteId', 'unknown']],
    );
  });

  test('an officer who is the substitute of a live officer cannot be deleted: 409 names who', async () => {
    const sub = (await add({ code: 'T0801' })).json() as OfficerView;
    const leaving = (await add({ code: 'T0802', substituteId: sub.id, worksTo: '2025-01-31' })).json() as OfficerView;
    const refused = await t.call(admin, { method: 'DELETE', url: `${url}/${sub.id}`, headers: ifMatch(1) });
    assert.equal(refused.statusCode, 409);
    assert.match(problemOf(refused).detail, /T0802/);
    assert.equal((await t.call(admin, { method: 'DELETE', url: `${url}/${leaving.id}`, headers: ifMatch(1) })).statusCode, 204);
    assert.equal((await t.call(admin, { method: 'DELETE', url: `${url}/${sub.id}`, headers: ifMatch(1) })).statusCode, 204);
    assert.equal((await t.call(admin, { method: 'GET', url: `${url}/${sub.id}` })).statusCode, 404);
  });

  test('a stale edit is refused (412) and an edit without If-Match asks for it (428)', async () => {
    const row = (await add({ code: 'T0850' })).json() as OfficerView;
    assert.equal((await put(row, { lastName: 'Changed' })).statusCode, 200);
    assert.equal((await put(row, { lastName: 'Again' })).statusCode, 412);
    assert.equal((await t.call(admin, { method: 'PUT', url: `${url}/${row.id}`, body: input({ code: 'T0850' }) })).statusCode, 428);
  });

  test('as at a date: the officer and the villages served as they stood at the end of that day', async () => {
    const created = (await add({ code: 'T0900', lastName: 'Before', villageIds: [village.R1D1W1V1, village.R1D1W1V2] })).json() as OfficerView;
    // Make the first state look as if it were recorded last year (row, version table and audit trail).
    await t.database.db.execute(
      sql`update enrolment_officer set updated_at = '2025-01-10T08:00:00Z', created_at = '2025-01-10T08:00:00Z' where id = ${created.id}`,
    );
    await t.database.db.execute(sql`delete from enrolment_officer_version where id = ${created.id}`);
    await t.database.db.execute(sql`update audit.row_change set changed_at = '2025-01-10T08:00:00Z' where row_id = ${created.id}`);
    const changed = await put(created, { lastName: 'After', villageIds: [village.R1D1W1V2, village.R1D1W2V1] });
    assert.equal(changed.statusCode, 200, changed.body);
    const then = (await t.call(admin, { method: 'GET', url: `${url}/${created.id}?asAt=2025-06-30` })).json();
    assert.equal(then.lastName, 'Before');
    assert.deepEqual(then.villageIds, [village.R1D1W1V1, village.R1D1W1V2]);
    const now = (await t.call(admin, { method: 'GET', url: `${url}/${created.id}?asAt=${t.clock.today()}` })).json();
    assert.equal(now.lastName, 'After');
    assert.deepEqual(now.villageIds, [village.R1D1W1V2, village.R1D1W2V1]);
    assert.equal((await t.call(admin, { method: 'GET', url: `${url}/${created.id}?asAt=2024-12-31` })).statusCode, 404, 'not yet recorded');
  });

  test('the history shows the officer’s changes and each village added or removed', async () => {
    const created = (await add({ code: 'T1000', villageIds: [village.R1D1W1V1] })).json() as OfficerView;
    await put(created, { phone: '+255 700 1', villageIds: [village.R1D1W1V2] });
    const history = (await t.call(admin, { method: 'GET', url: `${url}/${created.id}/history` })).json() as {
      op: string;
      table: string;
      changes: Record<string, { from: unknown; to: unknown }>;
    }[];
    assert.deepEqual(
      history.map((h) => `${h.table}:${h.op}`),
      ['enrolment_officer:I', 'officer_village:I', 'enrolment_officer:U', 'officer_village:D', 'officer_village:I'],
    );
    assert.deepEqual(history[2]!.changes.phone, { from: null, to: '+255 700 1' });
    assert.equal(history[3]!.changes.villageId!.from, village.R1D1W1V1);
    assert.equal(history[4]!.changes.villageId!.to, village.R1D1W1V2);
  });

  test('a district user sees and changes only the officers of their districts', async () => {
    const role = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/roles',
      body: { name: 'Officer keeper', rights: [Rights.officerSearch, Rights.officerAdd, Rights.officerEdit, Rights.officerDelete] },
    });
    const user = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/users',
      body: { login: 'eokeeper', lastName: 'K', otherNames: 'E', password: 'abcd1234', roleIds: [role.json().id], districtIds: [district] },
    });
    assert.equal(user.statusCode, 201, user.body);
    const keeper = await t.token('eokeeper', 'abcd1234');
    const seen = await list('', keeper);
    assert.ok(seen.length > 0 && seen.every((o) => o.districtId === district));
    const other = await locationId(t, admin, 'R2D1');
    assert.deepEqual(await list(`districtId=${other}`, keeper), []);
    const theirs = (await add({ code: 'T1100' }, keeper)).json() as OfficerView;
    assert.equal((await put(theirs, { lastName: 'Renamed' }, keeper)).statusCode, 200);
    const foreign = (await list(`districtId=${other}`))[0]!;
    assert.equal((await t.call(keeper, { method: 'GET', url: `${url}/${foreign.id}` })).statusCode, 404);
  });

  test('a village served or a district holding a live officer cannot be deleted', async () => {
    const region = await locationId(t, admin, 'R1');
    const newDistrict = (
      await t.call(admin, { method: 'POST', url: '/api/v1/locations', body: { code: 'R1D9', name: 'Mpya', type: 'D', parentId: region } })
    ).json();
    const ward = (
      await t.call(admin, { method: 'POST', url: '/api/v1/locations', body: { code: 'R1D9W1', name: 'Kata', type: 'W', parentId: newDistrict.id } })
    ).json();
    const newVillage = (
      await t.call(admin, { method: 'POST', url: '/api/v1/locations', body: { code: 'R1D9W1V1', name: 'Kijiji', type: 'V', parentId: ward.id } })
    ).json();
    const officer = (await add({ code: 'T1200', districtId: newDistrict.id, villageIds: [newVillage.id] })).json() as OfficerView;
    const refused = await t.call(admin, { method: 'DELETE', url: `/api/v1/locations/${newVillage.id}`, headers: ifMatch(1) });
    assert.equal(refused.statusCode, 409);
    assert.match(problemOf(refused).detail, /enrolment officers/);
    const moved = await put(officer, { districtId: newDistrict.id, villageIds: [] });
    assert.equal(moved.statusCode, 200);
    assert.equal((await t.call(admin, { method: 'DELETE', url: `/api/v1/locations/${newVillage.id}`, headers: ifMatch(1) })).statusCode, 204);
    assert.equal((await t.call(admin, { method: 'DELETE', url: `/api/v1/locations/${ward.id}`, headers: ifMatch(1) })).statusCode, 204);
    const district9 = await t.call(admin, { method: 'DELETE', url: `/api/v1/locations/${newDistrict.id}`, headers: ifMatch(1) });
    assert.equal(district9.statusCode, 409);
    assert.match(problemOf(district9).detail, /1 enrolment officers/);
  });

  test('the demo data set has 2–3 officers per district serving every village, and one substitution', async () => {
    const demo = (await list('q=ER')).filter((o) => /^ER\dD\d0\d$/.test(o.code));
    const perDistrict = Object.groupBy(demo, (o) => o.districtId);
    assert.equal(Object.keys(perDistrict).length, 4);
    assert.ok(Object.values(perDistrict).every((l) => l!.length >= 2 && l!.length <= 3));
    assert.equal(new Set(demo.flatMap((o) => o.villageIds)).size, 40);
    const substituted = demo.filter((o) => o.substituteId);
    assert.equal(substituted.length, 1);
    const neema = demo.find((o) => o.id === substituted[0]!.substituteId)!;
    assert.equal(`${neema.otherNames} ${neema.lastName}`, 'Neema Mushi');
    assert.ok(neema.userId, 'linked to the demo login "officer"');
  });
});
