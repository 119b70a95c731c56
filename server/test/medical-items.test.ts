import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { rightsCatalogue } from '../../common/rights.ts';
import { engine, locationId, problemOf, startTestApp, type TestApp } from './helpers.ts';

// domain.md 1.3: medical items, a national register read by everyone holding the search right.
describe(`medical items register (${engine})`, () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await startTestApp();
    admin = await t.token('Admin');
  });
  after(() => t.close());

  const item = (over: Record<string, unknown> = {}) => ({ code: 'Z001', name: 'Zinc test tablet', type: 'D', price: '150', ...over });
  const add = (body: unknown, token = admin) => t.call(token, { method: 'POST', url: '/api/v1/medical-items', body });
  const fields = (res: Parameters<typeof problemOf>[0]) => problemOf(res).errors.map((e) => [e.field, e.code]);

  test('1.3 an item keeps every field; prices and quantities are answered as decimal strings, never floats', async () => {
    const res = await add({
      code: 'Z100',
      name: 'Amoxicillin 250 mg capsule (test)',
      type: 'D',
      package: 'Tin of 1000',
      quantity: '1000',
      price: '0.10',
      careType: 'O',
      frequency: 7,
      patientCategory: 12,
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(res.headers.etag, '"1"');
    assert.deepEqual(
      { ...body, id: undefined, createdAt: undefined, updatedAt: undefined },
      {
        id: undefined,
        code: 'Z100',
        name: 'Amoxicillin 250 mg capsule (test)',
        type: 'D',
        package: 'Tin of 1000',
        quantity: '1000.00',
        price: '0.10',
        careType: 'O',
        frequency: 7,
        patientCategory: 12,
        version: 1,
        createdAt: undefined,
        updatedAt: undefined,
      },
    );
    assert.equal((await t.call(admin, { method: 'GET', url: `/api/v1/medical-items/${body.id}` })).json().price, '0.10');
  });

  test('1.3 defaults: care type B (both), patient category 15 (everyone), no frequency check', async () => {
    const body = (await add(item({ code: 'Z101' }))).json();
    assert.deepEqual([body.careType, body.patientCategory, body.frequency, body.package, body.quantity, body.price], ['B', 15, null, null, null, '150.00']);
  });

  test('items are searched by code prefix or name and filtered by type and care type', async () => {
    await add(item({ code: 'ZC01', name: 'Zeta consumable bandage', type: 'M', careType: 'I' }));
    await add(item({ code: 'ZC02', name: 'Zeta drug syrup', type: 'D', careType: 'I' }));
    const byPrefix = (await t.call(admin, { method: 'GET', url: '/api/v1/medical-items?q=ZC' })).json();
    assert.deepEqual(
      byPrefix.items.map((i: { code: string }) => i.code),
      ['ZC01', 'ZC02'],
    );
    const consumables = (await t.call(admin, { method: 'GET', url: '/api/v1/medical-items?q=ZC&type=M' })).json();
    assert.deepEqual(
      consumables.items.map((i: { code: string }) => i.code),
      ['ZC01'],
    );
    const inpatient = (await t.call(admin, { method: 'GET', url: '/api/v1/medical-items?careType=I&limit=500' })).json();
    assert.ok(inpatient.items.every((i: { careType: string }) => i.careType === 'I'));
    assert.ok(inpatient.items.some((i: { code: string }) => i.code === 'ZC02'));
    const byName = (await t.call(admin, { method: 'GET', url: '/api/v1/medical-items?q=paracetamol&limit=500' })).json();
    assert.ok(byName.items.length >= 3, 'demo paracetamol forms');
    const exact = (await t.call(admin, { method: 'GET', url: '/api/v1/medical-items?code=ZC02' })).json();
    assert.equal(exact.items[0].name, 'Zeta drug syrup');
    assert.equal((await t.call(admin, { method: 'GET', url: '/api/v1/medical-items?type=X' })).statusCode, 400);
  });

  test('the demo register holds about 300 items of both types', async () => {
    const all = (await t.call(admin, { method: 'GET', url: '/api/v1/medical-items?total=true&limit=1' })).json();
    assert.ok(all.total >= 300, String(all.total));
    const consumables = (await t.call(admin, { method: 'GET', url: '/api/v1/medical-items?total=true&limit=1&type=M' })).json();
    assert.ok(consumables.total >= 50, String(consumables.total));
  });

  test('a live code is unique: a second Z001 is refused with 409 naming code', async () => {
    assert.equal((await add(item())).statusCode, 201);
    const dup = await add(item({ name: 'Other' }));
    assert.equal(dup.statusCode, 409);
    assert.deepEqual(fields(dup), [['code', 'duplicate']]);
  });

  test('bad input is refused field by field: long code, unknown enumerations, bad amounts and masks', async () => {
    assert.deepEqual(fields(await add(item({ code: 'Z234567' }))), [['code', 'maxLength']]);
    assert.deepEqual(fields(await add(item({ code: 'Z2', type: 'X' }))), [['type', 'enum']]);
    assert.deepEqual(fields(await add(item({ code: 'Z2', careType: 'Z' }))), [['careType', 'enum']]);
    assert.deepEqual(fields(await add(item({ code: 'Z2', price: '1.234' }))), [['price', 'pattern']]);
    assert.deepEqual(fields(await add(item({ code: 'Z2', price: '-5' }))), [['price', 'pattern']]);
    assert.deepEqual(fields(await add(item({ code: 'Z2', price: 12.5 }))), [['price', 'type']]);
    assert.deepEqual(fields(await add(item({ code: 'Z2', quantity: '1.005' }))), [['quantity', 'pattern']]);
    assert.deepEqual(fields(await add(item({ code: 'Z2', patientCategory: 16 }))), [['patientCategory', 'maximum']]);
    assert.deepEqual(fields(await add(item({ code: 'Z2', frequency: -1 }))), [['frequency', 'minimum']]);
    assert.deepEqual(fields(await add(item({ code: 'Z2', colour: 'red' }))), [['colour', 'additionalProperties']]);
    assert.deepEqual(fields(await add({ code: 'Z2' })).sort(), [
      ['name', 'required'],
      ['price', 'required'],
      ['type', 'required'],
    ]);
  });

  test('reading needs the search right (122101); changing needs add, edit and delete rights', async () => {
    const clerk = await t.token('clerk');
    assert.equal((await t.call(clerk, { method: 'GET', url: '/api/v1/medical-items' })).statusCode, 403);
    assert.equal((await add(item({ code: 'Z3' }), clerk)).statusCode, 403);
    const scheme = await t.token('scheme');
    assert.equal((await add(item({ code: 'Z3' }), scheme)).statusCode, 201);
  });

  test('a national register: a user of one district with the search right reads every item', async () => {
    const role = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/roles',
      body: { name: 'Item reader', rights: rightsCatalogue.filter((r) => r.code === 122101).map((r) => r.code) },
    });
    assert.equal(role.statusCode, 201, role.body);
    const user = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/users',
      body: {
        login: 'itemreader',
        lastName: 'R',
        otherNames: 'I',
        password: 'abcd1234',
        roleIds: [role.json().id],
        districtIds: [await locationId(t, admin, 'R2D2')],
      },
    });
    assert.equal(user.statusCode, 201, user.body);
    const reader = await t.token('itemreader', 'abcd1234');
    const all = (await t.call(reader, { method: 'GET', url: '/api/v1/medical-items?total=true&limit=1' })).json();
    const asAdmin = (await t.call(admin, { method: 'GET', url: '/api/v1/medical-items?total=true&limit=1' })).json();
    assert.equal(all.total, asAdmin.total);
  });

  test('an item is read as it stood at the end of a day: claims value lines at the price of their date', async () => {
    const created = (await add(item({ code: 'Z200', price: '100' }))).json();
    await t.database.db.execute(sql`update medical_item set created_at = '2025-01-10T08:00:00Z', updated_at = '2025-01-10T08:00:00Z' where id = ${created.id}`);
    const changed = await t.call(admin, {
      method: 'PUT',
      url: `/api/v1/medical-items/${created.id}`,
      body: item({ code: 'Z200', price: '120.50' }),
      headers: { 'if-match': '"1"' },
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.headers.etag, '"2"');
    await t.database.db.execute(sql`update medical_item_version set valid_to = '2025-03-01T10:00:00Z' where id = ${created.id}`);
    await t.database.db.execute(sql`update medical_item set updated_at = '2025-03-01T10:00:00Z' where id = ${created.id}`);
    const at = async (day: string) => t.call(admin, { method: 'GET', url: `/api/v1/medical-items/${created.id}?asAt=${day}` });
    assert.equal((await at('2025-01-09')).statusCode, 404, 'not yet created');
    assert.equal((await at('2025-02-28')).json().price, '100.00');
    assert.equal((await at('2025-03-01')).json().price, '120.50', 'a change during the day counts for that day');
    assert.equal((await at('2026-01-01')).json().price, '120.50');
  });

  test('history names each change; a stale edit is refused (412) and an edit without If-Match too (428)', async () => {
    const created = (await add(item({ code: 'Z300' }))).json();
    await t.call(admin, {
      method: 'PUT',
      url: `/api/v1/medical-items/${created.id}`,
      body: item({ code: 'Z300', price: '175' }),
      headers: { 'if-match': '"1"' },
    });
    const stale = await t.call(admin, {
      method: 'PUT',
      url: `/api/v1/medical-items/${created.id}`,
      body: item({ code: 'Z300' }),
      headers: { 'if-match': '"1"' },
    });
    assert.equal(stale.statusCode, 412);
    assert.equal((await t.call(admin, { method: 'PUT', url: `/api/v1/medical-items/${created.id}`, body: item({ code: 'Z300' }) })).statusCode, 428);
    const history = (await t.call(admin, { method: 'GET', url: `/api/v1/medical-items/${created.id}/history` })).json();
    assert.deepEqual(
      history.map((h: { op: string }) => h.op),
      ['I', 'U'],
    );
    assert.deepEqual(history[1].changes.price, { from: 150, to: 175 });
  });

  test('an item in a live price list cannot be deleted: 409 names the lists; once out of every list it can', async () => {
    const created = (await add(item({ code: 'Z400' }))).json();
    const list = (
      await t.call(admin, { method: 'POST', url: '/api/v1/item-price-lists', body: { name: 'Z400 users', date: '2026-01-01', locationId: null } })
    ).json();
    const put = await t.call(admin, {
      method: 'PUT',
      url: `/api/v1/item-price-lists/${list.id}/lines`,
      body: [{ itemId: created.id, priceOverride: null }],
      headers: { 'if-match': '"1"' },
    });
    assert.equal(put.statusCode, 200, put.body);
    const refused = await t.call(admin, { method: 'DELETE', url: `/api/v1/medical-items/${created.id}`, headers: { 'if-match': '"1"' } });
    assert.equal(refused.statusCode, 409);
    assert.match(problemOf(refused).detail, /1 item price lists \(Z400 users\)/);
    await t.call(admin, { method: 'PUT', url: `/api/v1/item-price-lists/${list.id}/lines`, body: [], headers: { 'if-match': '"2"' } });
    const deleted = await t.call(admin, { method: 'DELETE', url: `/api/v1/medical-items/${created.id}`, headers: { 'if-match': '"1"' } });
    assert.equal(deleted.statusCode, 204, deleted.body);
    assert.equal((await t.call(admin, { method: 'GET', url: `/api/v1/medical-items/${created.id}` })).statusCode, 404);
    assert.equal((await add(item({ code: 'Z400' }))).statusCode, 201, 'a deleted code may be used again');
  });

  test('an item of a deleted price list no longer counts as used', async () => {
    const created = (await add(item({ code: 'Z500' }))).json();
    const list = (
      await t.call(admin, { method: 'POST', url: '/api/v1/item-price-lists', body: { name: 'Z500 gone', date: '2026-01-01', locationId: null } })
    ).json();
    await t.call(admin, {
      method: 'PUT',
      url: `/api/v1/item-price-lists/${list.id}/lines`,
      body: [{ itemId: created.id, priceOverride: '9' }],
      headers: { 'if-match': '"1"' },
    });
    assert.equal((await t.call(admin, { method: 'DELETE', url: `/api/v1/item-price-lists/${list.id}`, headers: { 'if-match': '"2"' } })).statusCode, 204);
    assert.equal((await t.call(admin, { method: 'DELETE', url: `/api/v1/medical-items/${created.id}`, headers: { 'if-match': '"1"' } })).statusCode, 204);
  });
});
