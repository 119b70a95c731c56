import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { engine, problemOf, startTestApp, type TestApp } from './helpers.ts';

// domain.md 1.3: medical services, a national register, some of them packages of services and items.
describe(`medical services register (${engine})`, () => {
  let t: TestApp;
  let admin: string;
  const ids: Record<string, string> = {};
  before(async () => {
    t = await startTestApp();
    admin = await t.token('Admin');
    for (const code of ['D001', 'D002', 'M001']) {
      ids[code] = (await t.call(admin, { method: 'GET', url: `/api/v1/medical-items?code=${code}` })).json().items[0].id;
    }
  });
  after(() => t.close());

  const service = (over: Record<string, unknown> = {}) => ({ code: 'ZS01', name: 'Zeta consultation', type: 'C', level: 'V', price: '5000', ...over });
  const add = (body: unknown) => t.call(admin, { method: 'POST', url: '/api/v1/medical-services', body });
  const put = (id: string, version: number, body: unknown) =>
    t.call(admin, { method: 'PUT', url: `/api/v1/medical-services/${id}`, body, headers: { 'if-match': `"${version}"` } });
  const fields = (res: Parameters<typeof problemOf>[0]) => problemOf(res).errors.map((e) => [e.field, e.code]);

  test('1.3 a service keeps every field; a simple service answers empty contents', async () => {
    const res = await add(
      service({ code: 'ZS02', type: 'P', level: 'S', category: 'A', careType: 'O', frequency: 28, patientCategory: 6, packageType: 'S', price: '3000.5' }),
    );
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.deepEqual(
      [body.code, body.type, body.level, body.category, body.careType, body.frequency, body.patientCategory, body.packageType, body.price],
      ['ZS02', 'P', 'S', 'A', 'O', 28, 6, 'S', '3000.50'],
    );
    assert.deepEqual(body.contents, { services: [], items: [] });
  });

  test('1.3 defaults: care type B, patient category 15, no category, a simple service (S)', async () => {
    const body = (await add(service({ code: 'ZS03' }))).json();
    assert.deepEqual([body.careType, body.patientCategory, body.category, body.packageType, body.frequency], ['B', 15, null, 'S', null]);
  });

  test('services are filtered by type, level, category, care type and package type', async () => {
    const get = async (query: string) =>
      (await t.call(admin, { method: 'GET', url: `/api/v1/medical-services?${query}&limit=500` })).json().items as Record<string, string>[];
    const deliveries = await get('category=D');
    assert.ok(deliveries.length >= 5 && deliveries.every((s) => s.category === 'D'));
    const days = await get('level=D&careType=I');
    assert.ok(days.length >= 5 && days.every((s) => s.level === 'D' && s.careType === 'I'));
    const preventive = await get('type=P');
    assert.ok(preventive.length >= 10 && preventive.every((s) => s.type === 'P'));
    const fixed = (await get('packageType=F')) as unknown as { packageType: string; contents: { services: unknown[]; items: unknown[] } }[];
    assert.ok(fixed.length >= 2 && fixed.every((s) => s.packageType === 'F' && s.contents.services.length + s.contents.items.length > 0));
    assert.equal((await t.call(admin, { method: 'GET', url: '/api/v1/medical-services?category=Q' })).statusCode, 400);
  });

  test('bad input: unknown type, level, category or package type, long code, 3-decimal or negative price', async () => {
    assert.deepEqual(fields(await add(service({ type: 'X' }))), [['type', 'enum']]);
    assert.deepEqual(fields(await add(service({ level: 'X' }))), [['level', 'enum']]);
    assert.deepEqual(fields(await add(service({ category: 'Q' }))), [['category', 'enum']]);
    assert.deepEqual(fields(await add(service({ packageType: 'Z' }))), [['packageType', 'enum']]);
    assert.deepEqual(fields(await add(service({ code: 'ZS00000' }))), [['code', 'maxLength']]);
    assert.deepEqual(fields(await add(service({ price: '10.001' }))), [['price', 'pattern']]);
    assert.deepEqual(fields(await add(service({ price: '-1' }))), [['price', 'pattern']]);
    assert.equal((await add(service({ code: 'ZS04' }))).statusCode, 201);
    const dup = await add(service({ code: 'ZS04' }));
    assert.equal(dup.statusCode, 409);
    assert.deepEqual(fields(dup), [['code', 'duplicate']]);
  });

  test('1.3 a package contains simple services and items, answered with their codes, quantities and overrides', async () => {
    const visit = (await add(service({ code: 'ZS10', level: 'S' }))).json();
    const test2 = (await add(service({ code: 'ZS11', level: 'S', name: 'Zeta lab test' }))).json();
    const res = await add(
      service({
        code: 'ZP10',
        name: 'Zeta package',
        level: 'H',
        packageType: 'P',
        contents: {
          services: [{ serviceId: visit.id }, { serviceId: test2.id, quantity: '2', priceOverride: '1500' }],
          items: [{ itemId: ids.D001, quantity: '10.5' }],
        },
      }),
    );
    assert.equal(res.statusCode, 201, res.body);
    const pkg = res.json();
    assert.deepEqual(
      pkg.contents.services.map((s: Record<string, unknown>) => [s.code, s.quantity, s.priceOverride]),
      [
        ['ZS10', '1.00', null],
        ['ZS11', '2.00', '1500.00'],
      ],
    );
    assert.deepEqual(
      pkg.contents.items.map((s: Record<string, unknown>) => [s.itemId, s.code, s.quantity]),
      [[ids.D001, 'D001', '10.50']],
    );
    const listed = (await t.call(admin, { method: 'GET', url: '/api/v1/medical-services?q=ZP1' })).json().items[0];
    assert.deepEqual(listed.contents, pkg.contents);

    // Replacing the contents: one service goes, a quantity changes, an item comes; history keeps it under the package.
    const changed = await put(
      pkg.id,
      1,
      service({
        code: 'ZP10',
        name: 'Zeta package',
        level: 'H',
        packageType: 'P',
        contents: { services: [{ serviceId: test2.id, quantity: '3' }], items: [{ itemId: ids.D001, quantity: '10.5' }, { itemId: ids.M001 }] },
      }),
    );
    assert.equal(changed.statusCode, 200, changed.body);
    assert.deepEqual(
      changed.json().contents.services.map((s: Record<string, unknown>) => [s.code, s.quantity, s.priceOverride]),
      [['ZS11', '3.00', null]],
    );
    assert.deepEqual(
      changed.json().contents.items.map((s: Record<string, unknown>) => s.code),
      ['D001', 'M001'],
    );
    const history = (await t.call(admin, { method: 'GET', url: `/api/v1/medical-services/${pkg.id}/history` })).json();
    const tables = history.map((h: { table: string; op: string }) => `${h.table}:${h.op}`);
    assert.ok(tables.includes('service_package_service:D'), tables.join());
    assert.ok(tables.includes('service_package_service:U'), tables.join());
    assert.ok(tables.includes('service_package_item:I'), tables.join());
    assert.ok(!tables.includes('service_package_item:U'), 'an unchanged line is not rewritten');
  });

  test('1.3 a package cannot contain itself', async () => {
    const pkg = (await add(service({ code: 'ZP20', packageType: 'P' }))).json();
    const res = await put(pkg.id, 1, service({ code: 'ZP20', packageType: 'P', contents: { services: [{ serviceId: pkg.id }] } }));
    assert.equal(res.statusCode, 400);
    assert.deepEqual(fields(res), [['contents.services.0.serviceId', 'package-self']]);
  });

  test('1.3 a package contains only simple services, known items, each once, in positive quantities', async () => {
    const inner = (await add(service({ code: 'ZP30', packageType: 'F' }))).json();
    const simple = (await add(service({ code: 'ZS30' }))).json();
    const res = await add(
      service({
        code: 'ZP31',
        packageType: 'P',
        contents: {
          services: [{ serviceId: inner.id }, { serviceId: simple.id }, { serviceId: simple.id }, { serviceId: '01900000-0000-7000-8000-000000000000' }],
          items: [{ itemId: ids.D001, quantity: '0' }, { itemId: '01900000-0000-7000-8000-000000000001' }],
        },
      }),
    );
    assert.deepEqual(fields(res), [
      ['contents.services.0.serviceId', 'package-not-simple'],
      ['contents.services.2.serviceId', 'repeated'],
      ['contents.services.3.serviceId', 'unknown'],
      ['contents.items.0.quantity', 'exclusiveMinimum'],
      ['contents.items.1.itemId', 'unknown'],
    ]);
  });

  test('1.3 a simple service has no contents, and a service inside a package stays simple', async () => {
    const simple = (await add(service({ code: 'ZS40' }))).json();
    assert.deepEqual(fields(await add(service({ code: 'ZS41', contents: { services: [], items: [{ itemId: ids.D001 }] } }))), [
      ['contents', 'package-simple-contents'],
    ]);
    assert.equal((await add(service({ code: 'ZP40', packageType: 'P', contents: { services: [{ serviceId: simple.id }] } }))).statusCode, 201);
    assert.deepEqual(fields(await put(simple.id, 1, service({ code: 'ZS40', packageType: 'P' }))), [['packageType', 'package-contained']]);
  });

  test('a service or item inside a live package cannot be deleted: 409 names the package', async () => {
    const simple = (await add(service({ code: 'ZS50' }))).json();
    const pkg = (
      await add(service({ code: 'ZP50', packageType: 'P', contents: { services: [{ serviceId: simple.id }], items: [{ itemId: ids.D002 }] } }))
    ).json();
    const refused = await t.call(admin, { method: 'DELETE', url: `/api/v1/medical-services/${simple.id}`, headers: { 'if-match': '"1"' } });
    assert.equal(refused.statusCode, 409);
    assert.match(problemOf(refused).detail, /1 service packages \(ZP50\)/);
    const item = await t.call(admin, { method: 'DELETE', url: `/api/v1/medical-items/${ids.D002}`, headers: { 'if-match': '"1"' } });
    assert.equal(item.statusCode, 409);
    assert.match(problemOf(item).detail, /service packages \(ZP50\)/);
    assert.match(problemOf(item).detail, /item price lists \(Item prices R/, 'the demo lists hold it too');
    assert.equal((await t.call(admin, { method: 'DELETE', url: `/api/v1/medical-services/${pkg.id}`, headers: { 'if-match': '"1"' } })).statusCode, 204);
    assert.equal((await t.call(admin, { method: 'DELETE', url: `/api/v1/medical-services/${simple.id}`, headers: { 'if-match': '"1"' } })).statusCode, 204);
  });

  test('a service is read as it stood at the end of a day (without package contents, which keep no versions)', async () => {
    const created = (await add(service({ code: 'ZS60', price: '2000' }))).json();
    await t.database.db.execute(
      sql`update medical_service set created_at = '2025-01-10T08:00:00Z', updated_at = '2025-01-10T08:00:00Z' where id = ${created.id}`,
    );
    await put(created.id, 1, service({ code: 'ZS60', price: '2500' }));
    await t.database.db.execute(sql`update medical_service_version set valid_to = '2025-06-01T10:00:00Z' where id = ${created.id}`);
    await t.database.db.execute(sql`update medical_service set updated_at = '2025-06-01T10:00:00Z' where id = ${created.id}`);
    const before = (await t.call(admin, { method: 'GET', url: `/api/v1/medical-services/${created.id}?asAt=2025-05-31` })).json();
    assert.equal(before.price, '2000.00');
    assert.equal(before.contents, undefined);
    assert.equal((await t.call(admin, { method: 'GET', url: `/api/v1/medical-services/${created.id}?asAt=2025-06-01` })).json().price, '2500.00');
  });

  test('reading needs the search right (121401)', async () => {
    const clerk = await t.token('clerk');
    assert.equal((await t.call(clerk, { method: 'GET', url: '/api/v1/medical-services' })).statusCode, 403);
    assert.equal((await t.call(clerk, { method: 'POST', url: '/api/v1/medical-services', body: service({ code: 'ZS70' }) })).statusCode, 403);
  });
});
