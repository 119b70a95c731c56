import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rightsCatalogue } from '../../common/rights.ts';
import { engine, locationId, problemOf, startTestApp, type TestApp } from './helpers.ts';
import { loadScopeModules, scopeHeaders, type ScopeCase, type ScopeFixture } from './scope/index.ts';

const modules = await loadScopeModules();
const scopeCases: ScopeCase[] = modules.flatMap((m) => m.cases);

describe(`location scope: a district's user cannot reach another district (${engine})`, () => {
  let t: TestApp;
  let fixture: ScopeFixture;
  let districtAdmin: string;
  before(async () => {
    t = await startTestApp({}, { jobs: true });
    const admin = await t.token('Admin');
    fixture = Object.assign({}, ...(await Promise.all(modules.map((m) => m.fixture(t, admin)))));
    // A user of district R1D1 holding every right, so that only scope can refuse.
    const role = await t.call(admin, { method: 'POST', url: '/api/v1/roles', body: { name: 'Everything', rights: rightsCatalogue.map((r) => r.code) } });
    const user = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/users',
      body: {
        login: 'districtadmin',
        lastName: 'D',
        otherNames: 'A',
        password: 'abcd1234',
        roleIds: [role.json().id],
        districtIds: [await locationId(t, admin, 'R1D1')],
      },
    });
    assert.equal(user.statusCode, 201, user.body);
    districtAdmin = await t.token('districtadmin', 'abcd1234');
  });
  after(() => t.close());

  for (const c of scopeCases) {
    test(`${c.method} ${c.name} → ${c.expect.join(' or ')}`, async () => {
      const res = await t.call(districtAdmin, {
        method: c.method,
        url: c.url(fixture),
        headers: scopeHeaders(c, fixture),
        ...(c.body ? { body: c.body(fixture) } : {}),
      });
      assert.ok(c.expect.includes(res.statusCode), `${res.statusCode} ${res.body}`);
      if (c.field)
        assert.ok(
          problemOf(res).errors.some((e) => e.field === c.field),
          res.body,
        );
    });
  }

  test('lists show only the own district’s subtree and the region above it', async () => {
    const all = (await t.call(districtAdmin, { method: 'GET', url: '/api/v1/locations?limit=500' })).json().items as { code: string }[];
    const codes = all.map((l) => l.code);
    assert.ok(codes.includes('R1') && codes.includes('R1D1') && codes.includes('R1D1W1V1'));
    assert.ok(!codes.some((c) => c.startsWith('R2') || c.startsWith('R1D2')), codes.join(','));
    const users = (await t.call(districtAdmin, { method: 'GET', url: '/api/v1/users?limit=500' })).json().items as { login: string }[];
    assert.ok(
      users.every((u) => ['officer', 'clerk', 'hfadmin', 'districtadmin'].includes(u.login)),
      users.map((u) => u.login).join(','),
    );
  });

  test('the same requests succeed for a user with all districts (the cases test scope, not broken URLs)', async () => {
    const admin = await t.token('Admin');
    for (const c of scopeCases.filter((x) => x.method === 'GET')) {
      const res = await t.call(admin, { method: 'GET', url: c.url(fixture) });
      assert.equal(res.statusCode, 200, `${c.name}: ${res.body}`);
    }
  });
});
