import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { rightsCatalogue } from '../../common/rights.ts';
import { engine, locationId, problemOf, startTestApp, type TestApp } from './helpers.ts';

interface Facility {
  id: string;
  code: string;
  name: string;
  districtId: string;
  level: string;
  careType: string;
  status: string;
  legalForm: string;
  contractStartDate: string | null;
  version: number;
  catchment: { villageId: string; percentage: number; villageCode: string | null }[];
}

// Health facilities (domain.md 1.2) on the shared register layer: every field, the catchment link
// table, the price-list area rule (1.5), the district scope (5.8), usage checks on delete.
describe(`health facilities register (${engine})`, () => {
  let t: TestApp;
  let admin: string;
  const loc: Record<string, string> = {};
  let next = 0;

  const body = (over: Record<string, unknown> = {}) => ({
    code: `TF${String(++next).padStart(3, '0')}`,
    name: `Test Facility ${next}`,
    legalForm: 'G',
    level: 'D',
    careType: 'O',
    districtId: loc.R1D1,
    ...over,
  });
  const add = (over: Record<string, unknown> = {}, token = admin) => t.call(token, { method: 'POST', url: '/api/v1/health-facilities', body: body(over) });
  const put = (f: { id: string; version: number }, over: Record<string, unknown>, token = admin) =>
    t.call(token, { method: 'PUT', url: `/api/v1/health-facilities/${f.id}`, body: over, headers: { 'if-match': `"${f.version}"` } });
  const list = async (query: string, token = admin) => {
    const res = await t.call(token, { method: 'GET', url: `/api/v1/health-facilities?${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: Facility[]; nextCursor: string | null; total?: number };
  };
  const fields = (res: Parameters<typeof problemOf>[0]) => problemOf(res).errors.map((e) => [e.field, e.code]);

  // The price-list service is written in parallel: lists are made directly in the database.
  async function priceList(kind: 'item' | 'service', locationCode: string | null, deleted = false): Promise<string> {
    const id = crypto.randomUUID();
    await t.database.db.execute(
      sql`insert into ${sql.identifier(`${kind}_price_list`)} (id, name, date, location_id, deleted_at)
          values (${id}, ${`${kind} list ${id.slice(0, 8)}`}, '2026-01-01', ${locationCode ? loc[locationCode]! : null}, ${deleted ? sql`now()` : null})`,
    );
    return id;
  }

  before(async () => {
    t = await startTestApp();
    admin = await t.token('Admin');
    for (const code of ['R1', 'R2', 'R1D1', 'R1D2', 'R2D1', 'R1D1W1', 'R1D1W1V1', 'R1D1W1V2', 'R1D1W1V3', 'R2D1W1V1'])
      loc[code] = await locationId(t, admin, code);
  });
  after(() => t.close());

  test('a facility with every field of domain 1.2 and its catchment is added and read back', async () => {
    const ipl = await priceList('item', 'R1D1');
    const spl = await priceList('service', null);
    const res = await add({
      code: 'HFALL1',
      name: 'Kisiwa Mission Hospital',
      accCode: 'ACC-0001-KMH',
      legalForm: 'C',
      level: 'H',
      sublevel: 'R',
      careType: 'B',
      address: 'P.O. Box 12, Kisiwa',
      phone: '+255 712 000 111',
      fax: '+255 22 000 112',
      email: 'info@kisiwa.example.org',
      offline: true,
      contractStartDate: '2026-01-01',
      contractEndDate: '2028-12-31',
      status: 'IN',
      itemPriceListId: ipl,
      servicePriceListId: spl,
      catchment: [
        { villageId: loc.R1D1W1V1, percentage: 100 },
        { villageId: loc.R1D1W1V2, percentage: 33.33 },
      ],
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.headers.etag, '"1"');
    const read = (await t.call(admin, { method: 'GET', url: `/api/v1/health-facilities/${res.json().id}` })).json();
    assert.deepEqual(
      { ...read, id: undefined, createdAt: undefined, updatedAt: undefined },
      {
        id: undefined,
        code: 'HFALL1',
        name: 'Kisiwa Mission Hospital',
        accCode: 'ACC-0001-KMH',
        legalForm: 'C',
        level: 'H',
        sublevel: 'R',
        careType: 'B',
        districtId: loc.R1D1,
        address: 'P.O. Box 12, Kisiwa',
        phone: '+255 712 000 111',
        fax: '+255 22 000 112',
        email: 'info@kisiwa.example.org',
        offline: true,
        contractStartDate: '2026-01-01',
        contractEndDate: '2028-12-31',
        status: 'IN',
        itemPriceListId: ipl,
        servicePriceListId: spl,
        catchment: [
          { villageId: loc.R1D1W1V1, percentage: 100, villageCode: 'R1D1W1V1', villageName: 'Amani' },
          { villageId: loc.R1D1W1V2, percentage: 33.33, villageCode: 'R1D1W1V2', villageName: 'Baraka' },
        ],
        version: 1,
        createdAt: undefined,
        updatedAt: undefined,
      },
    );
  });

  test('optional fields default as openIMIS does: active, on-line, no sublevel, no catchment', async () => {
    const res = await add({ code: 'HFMIN1' });
    assert.equal(res.statusCode, 201, res.body);
    const f = res.json();
    assert.equal(f.status, 'AC');
    assert.equal(f.offline, false);
    assert.equal(f.sublevel, null);
    assert.deepEqual(f.catchment, []);
  });

  test('the demo data set holds about 20 facilities across the four districts, with catchment', async () => {
    const all = await list('limit=500&total=true');
    const demo = all.items.filter((f) => !f.code.startsWith('TF') && !f.code.startsWith('HF'));
    assert.ok(demo.length >= 18, `${demo.length}`);
    assert.equal(new Set(demo.map((f) => f.districtId)).size, 4);
    assert.deepEqual(new Set(demo.map((f) => f.level)), new Set(['D', 'C', 'H']));
    assert.ok(demo.every((f) => f.catchment.length > 0));
  });

  test('a duplicate live code is refused with 409 naming code; a deleted facility’s code may be used again', async () => {
    const first = await add({ code: 'HFDUP1' });
    assert.equal(first.statusCode, 201);
    const dup = await add({ code: 'HFDUP1' });
    assert.equal(dup.statusCode, 409);
    assert.deepEqual(fields(dup), [['code', 'duplicate']]);
    const del = await t.call(admin, { method: 'DELETE', url: `/api/v1/health-facilities/${first.json().id}`, headers: { 'if-match': '"1"' } });
    assert.equal(del.statusCode, 204);
    assert.equal((await add({ code: 'HFDUP1' })).statusCode, 201);
  });

  test('a code longer than 8 characters and unknown enumeration values are all reported at once', async () => {
    const res = await add({ code: 'ABCDEFGHI', legalForm: 'X', level: 'Z', sublevel: 'Q', careType: 'N', status: 'OK', accCode: 'x'.repeat(26) });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      fields(res).sort(),
      [
        ['accCode', 'maxLength'],
        ['careType', 'enum'],
        ['code', 'maxLength'],
        ['legalForm', 'enum'],
        ['level', 'enum'],
        ['status', 'enum'],
        ['sublevel', 'enum'],
      ].sort(),
    );
    assert.match(problemOf(res).errors.find((e) => e.field === 'legalForm')!.message, /C, D, G, P/);
  });

  test('the district must be a live district: a ward, a village or an unknown id is refused naming districtId', async () => {
    assert.deepEqual(fields(await add({ districtId: loc.R1D1W1 })), [['districtId', 'district-not-district']]);
    assert.deepEqual(fields(await add({ districtId: crypto.randomUUID() })), [['districtId', 'unknown']]);
  });

  test('a contract ending before it starts is refused naming contractEndDate', async () => {
    const res = await add({ contractStartDate: '2026-06-01', contractEndDate: '2026-05-31' });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(fields(res), [['contractEndDate', 'contract-end-before-start']]);
  });

  test('catchment: a percentage above 100 or at 0, a repeated village and a non-village are refused, each named', async () => {
    assert.deepEqual(fields(await add({ catchment: [{ villageId: loc.R1D1W1V1, percentage: 100.5 }] })), [['catchment.0.percentage', 'maximum']]);
    assert.deepEqual(fields(await add({ catchment: [{ villageId: loc.R1D1W1V1, percentage: 0 }] })), [['catchment.0.percentage', 'exclusiveMinimum']]);
    assert.deepEqual(fields(await add({ catchment: [{ villageId: loc.R1D1W1V1, percentage: 12.345 }] })), [['catchment.0.percentage', 'multipleOf']]);
    assert.deepEqual(
      fields(
        await add({
          catchment: [
            { villageId: loc.R1D1W1V1, percentage: 50 },
            { villageId: loc.R1D1W1V1, percentage: 20 },
            { villageId: loc.R1D1W1, percentage: 20 },
          ],
        }),
      ),
      [
        ['catchment.1.villageId', 'uniqueItems'],
        ['catchment.2.villageId', 'village-not-village'],
      ],
    );
  });

  test('price lists (domain 1.5): national, regional and district lists of the facility’s area are accepted', async () => {
    for (const area of [null, 'R1', 'R1D1']) {
      const res = await add({ itemPriceListId: await priceList('item', area), servicePriceListId: await priceList('service', area) });
      assert.equal(res.statusCode, 201, `${area}: ${res.body}`);
    }
  });

  test('price lists of another district or region, deleted lists and lists of the wrong kind are refused, each named', async () => {
    assert.deepEqual(fields(await add({ itemPriceListId: await priceList('item', 'R1D2') })), [['itemPriceListId', 'price-list-area']]);
    assert.deepEqual(fields(await add({ servicePriceListId: await priceList('service', 'R2') })), [['servicePriceListId', 'price-list-area']]);
    assert.deepEqual(fields(await add({ itemPriceListId: await priceList('item', null, true) })), [['itemPriceListId', 'unknown']]);
    assert.deepEqual(fields(await add({ itemPriceListId: await priceList('service', null) })), [['itemPriceListId', 'unknown']]);
  });

  test('a price list that a live facility claims against cannot be deleted; the refusal names the facility', async () => {
    const itemPriceListId = await priceList('item', 'R1D1');
    const servicePriceListId = await priceList('service', 'R1');
    const f = (await add({ code: 'HFPL1', itemPriceListId, servicePriceListId })).json() as Facility;
    for (const [path, id] of [
      ['item-price-lists', itemPriceListId],
      ['service-price-lists', servicePriceListId],
    ] as const) {
      const res = await t.call(admin, { method: 'DELETE', url: `/api/v1/${path}/${id}`, headers: { 'if-match': '"1"' } });
      assert.equal(res.statusCode, 409, res.body);
      assert.match(problemOf(res).detail, /health facilities \(HFPL1\)/);
    }
    await t.call(admin, { method: 'DELETE', url: `/api/v1/health-facilities/${f.id}`, headers: { 'if-match': '"1"' } });
    assert.equal(
      (await t.call(admin, { method: 'DELETE', url: `/api/v1/item-price-lists/${itemPriceListId}`, headers: { 'if-match': '"1"' } })).statusCode,
      204,
    );
  });

  test('moving a facility to another district re-checks its price lists against the new area', async () => {
    const itemPriceListId = await priceList('item', 'R1D1');
    const created = (await add({ itemPriceListId })).json() as Facility;
    const moved = await put(created, body({ code: created.code, districtId: loc.R1D2, itemPriceListId }));
    assert.deepEqual(fields(moved), [['itemPriceListId', 'price-list-area']]);
  });

  test('an edit replaces every field and the catchment; a stale version is refused (412)', async () => {
    const created = (await add({ catchment: [{ villageId: loc.R1D1W1V1, percentage: 50 }] })).json() as Facility;
    const res = await put(created, {
      ...body({ code: created.code, name: 'Renamed Dispensary', level: 'C', careType: 'B' }),
      catchment: [{ villageId: loc.R1D1W1V3, percentage: 25 }],
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers.etag, '"2"');
    const f = res.json() as Facility;
    assert.equal(f.name, 'Renamed Dispensary');
    assert.deepEqual(
      f.catchment.map((c) => [c.villageCode, c.percentage]),
      [['R1D1W1V3', 25]],
    );
    assert.equal((await put(created, body({ code: created.code }))).statusCode, 412);
  });

  test('history shows the facility’s changes and its catchment’s: added, changed and removed villages', async () => {
    const created = (
      await add({
        catchment: [
          { villageId: loc.R1D1W1V1, percentage: 50 },
          { villageId: loc.R1D1W1V2, percentage: 30 },
        ],
      })
    ).json() as Facility;
    await put(created, {
      ...body({ code: created.code, name: created.name }),
      catchment: [
        { villageId: loc.R1D1W1V1, percentage: 60 },
        { villageId: loc.R1D1W1V3, percentage: 100 },
      ],
    });
    const history = (await t.call(admin, { method: 'GET', url: `/api/v1/health-facilities/${created.id}/history` })).json() as {
      op: string;
      table: string;
      changes: Record<string, { from: unknown; to: unknown }>;
      row: { villageId?: string };
    }[];
    const catchment = history.filter((h) => h.table === 'facility_catchment');
    const village = (id: string) => catchment.filter((h) => h.row.villageId === id).map((h) => h.op);
    assert.deepEqual(
      history.filter((h) => h.table === 'health_facility').map((h) => h.op),
      ['I', 'U'],
    );
    assert.deepEqual(village(loc.R1D1W1V1!), ['I', 'U']);
    assert.deepEqual(village(loc.R1D1W1V2!), ['I', 'D']);
    assert.deepEqual(village(loc.R1D1W1V3!), ['I']);
    assert.deepEqual(catchment.find((h) => h.op === 'U')!.changes.percentage, { from: 50, to: 60 });
  });

  test('a facility is read as it stood at the end of a day, catchment included', async () => {
    const created = (
      await add({ name: 'Old Name Dispensary', contractStartDate: '2025-01-01', catchment: [{ villageId: loc.R1D1W1V1, percentage: 50 }] })
    ).json() as Facility;
    // Make the first version look as if it was written last year.
    await t.database.db.execute(
      sql`update health_facility set updated_at = '2025-01-10T08:00:00Z', created_at = '2025-01-10T08:00:00Z' where id = ${created.id}`,
    );
    await t.database.db.execute(sql`delete from health_facility_version where id = ${created.id}`);
    await t.database.db.execute(sql`update audit.row_change set changed_at = '2025-01-10T08:00:00Z' where row_id = ${created.id}`);
    await put(created, {
      ...body({ code: created.code, name: 'New Name Dispensary' }),
      catchment: [
        { villageId: loc.R1D1W1V1, percentage: 75 },
        { villageId: loc.R1D1W1V2, percentage: 100 },
      ],
    });
    const asAt = async (day: string) => t.call(admin, { method: 'GET', url: `/api/v1/health-facilities/${created.id}?asAt=${day}` });
    const thenRes = await asAt('2025-06-30');
    assert.equal(thenRes.statusCode, 200, thenRes.body);
    const then = thenRes.json() as Facility;
    assert.equal(then.name, 'Old Name Dispensary');
    assert.equal(then.contractStartDate, '2025-01-01');
    assert.deepEqual(
      then.catchment.map((c) => [c.villageCode, c.percentage]),
      [['R1D1W1V1', 50]],
    );
    const now = (await asAt(t.clock.today())).json() as Facility;
    assert.equal(now.name, 'New Name Dispensary');
    assert.deepEqual(
      now.catchment.map((c) => [c.villageCode, c.percentage]),
      [
        ['R1D1W1V1', 75],
        ['R1D1W1V2', 100],
      ],
    );
    assert.equal((await asAt('2024-12-31')).statusCode, 404, 'not yet created');
  });

  test('lists filter by district, region, level, care type, status and legal form, and page with a total', async () => {
    const r2 = await list('regionId=' + loc.R2 + '&limit=500');
    assert.ok(r2.items.length >= 10);
    assert.ok(r2.items.every((f) => f.code.startsWith('KRG') || f.code.startsWith('SDP')));
    const checks: [string, (f: Facility) => boolean][] = [
      [`districtId=${loc.R1D2}`, (f) => f.districtId === loc.R1D2],
      ['level=H', (f) => f.level === 'H'],
      ['careType=I', (f) => f.careType === 'I'],
      ['status=IN', (f) => f.status === 'IN'],
      ['legalForm=P', (f) => f.legalForm === 'P'],
    ];
    for (const [query, holds] of checks) {
      const page = await list(`${query}&limit=500`);
      assert.ok(page.items.length > 0 && page.items.every(holds), query);
    }
    const hospitals = await list(`regionId=${loc.R1}&level=H&limit=500`);
    assert.deepEqual(hospitals.items.map((f) => f.code).sort(), ['HFALL1', 'MBYDH01', 'MWBDH01']);
    const first = await list('limit=3&total=true&sort=name');
    assert.equal(first.items.length, 3);
    const second = await list(`limit=3&sort=name&cursor=${first.nextCursor}`);
    assert.ok(second.items[0]!.name >= first.items[2]!.name);
    assert.ok(first.total! > 20);
    assert.deepEqual((await list('q=Kisiwa')).items.map((f) => f.code).sort(), ['HFALL1', 'MBYHC01']);
    assert.deepEqual(
      (await list('code=MBYDS01')).items.map((f) => f.code),
      ['MBYDS01'],
    );
  });

  test('reading needs right 121101 and adding 121102', async () => {
    const clerk = await t.token('clerk');
    assert.equal((await t.call(clerk, { method: 'GET', url: '/api/v1/health-facilities' })).statusCode, 403);
    assert.equal((await add({}, clerk)).statusCode, 403);
  });

  test('a district user sees and changes only their districts’ facilities, and cannot place one elsewhere', async () => {
    const role = await t.call(admin, { method: 'POST', url: '/api/v1/roles', body: { name: 'Facility keeper', rights: rightsCatalogue.map((r) => r.code) } });
    await t.call(admin, {
      method: 'POST',
      url: '/api/v1/users',
      body: { login: 'hfkeeper', lastName: 'K', otherNames: 'H', password: 'abcd1234', roleIds: [role.json().id], districtIds: [loc.R1D1] },
    });
    const keeper = await t.token('hfkeeper', 'abcd1234');
    const mine = await list('limit=500', keeper);
    assert.ok(mine.items.length > 0 && mine.items.every((f) => f.districtId === loc.R1D1));
    assert.deepEqual(fields(await add({ districtId: loc.R1D2 }, keeper)), [['districtId', 'out-of-scope']]);
    assert.deepEqual(fields(await add({ catchment: [{ villageId: loc.R2D1W1V1, percentage: 10 }] }, keeper)), [['catchment.0.villageId', 'out-of-scope']]);
    assert.equal((await add({}, keeper)).statusCode, 201);
  });

  test('a facility with live claim administrators or facility users cannot be deleted (409 naming them); once they are gone it can', async () => {
    const f = (await add()).json() as Facility;
    const ca = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/claim-administrators',
      body: { code: `CA${next}`, lastName: 'Kimaro', otherNames: 'Daudi', healthFacilityId: f.id },
    });
    assert.equal(ca.statusCode, 201, ca.body);
    const user = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/users',
      body: { login: 'hfstaff', lastName: 'Mollel', otherNames: 'Peter', password: 'abcd1234', roleIds: [], districtIds: [loc.R1D1], healthFacilityId: f.id },
    });
    assert.equal(user.statusCode, 201, user.body);
    const remove = (what: string, id: string) => t.call(admin, { method: 'DELETE', url: `/api/v1/${what}/${id}`, headers: { 'if-match': '"1"' } });
    const refused = await remove('health-facilities', f.id);
    assert.equal(refused.statusCode, 409);
    assert.match(problemOf(refused).detail, /1 claim administrators, 1 facility users/);
    assert.equal((await remove('claim-administrators', ca.json().id)).statusCode, 204);
    assert.equal((await remove('users', user.json().id)).statusCode, 204);
    assert.equal((await remove('health-facilities', f.id)).statusCode, 204);
    assert.equal((await t.call(admin, { method: 'GET', url: `/api/v1/health-facilities/${f.id}` })).statusCode, 404);
  });

  test('a district holding a facility, or a village in a facility’s catchment, cannot be deleted', async () => {
    const district = (
      await t.call(admin, { method: 'POST', url: '/api/v1/locations', body: { code: 'R1D9', name: 'Kilimo', type: 'D', parentId: loc.R1 } })
    ).json();
    const village = (
      await t.call(admin, { method: 'POST', url: '/api/v1/locations', body: { code: 'R1D1W1V9', name: 'Zawadi', type: 'V', parentId: loc.R1D1W1 } })
    ).json();
    const inDistrict = (await add({ districtId: district.id })).json() as Facility;
    const serving = (await add({ catchment: [{ villageId: village.id, percentage: 40 }] })).json() as Facility;
    const deleteLocation = (id: string) => t.call(admin, { method: 'DELETE', url: `/api/v1/locations/${id}`, headers: { 'if-match': '"1"' } });
    for (const id of [district.id, village.id]) {
      const res = await deleteLocation(id);
      assert.equal(res.statusCode, 409);
      assert.match(problemOf(res).detail, /1 health facilities/);
    }
    for (const f of [inDistrict, serving])
      assert.equal((await t.call(admin, { method: 'DELETE', url: `/api/v1/health-facilities/${f.id}`, headers: { 'if-match': '"1"' } })).statusCode, 204);
    // A deleted facility no longer holds its locations.
    assert.equal((await deleteLocation(district.id)).statusCode, 204);
    assert.equal((await deleteLocation(village.id)).statusCode, 204);
  });
});
