import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engine, locationId, problemOf, startTestApp, type TestApp } from './helpers.ts';

describe(`users and roles (${engine})`, () => {
  let t: TestApp;
  let admin: string;
  let clerkRole: string;
  let officerRole: string;
  let district: string;
  before(async () => {
    t = await startTestApp();
    admin = await t.token('Admin');
    const roles = (await t.call(admin, { method: 'GET', url: '/api/v1/roles?system=true&limit=50' })).json().items as { id: string; isSystem: number }[];
    clerkRole = roles.find((r) => r.isSystem === 8)!.id;
    officerRole = roles.find((r) => r.isSystem === 1)!.id;
    district = await locationId(t, admin, 'R1D2');
  });
  after(() => t.close());

  const newUser = (over: Record<string, unknown> = {}) => ({
    login: 'amina',
    lastName: 'Salim',
    otherNames: 'Amina',
    language: 'sw',
    email: 'amina@example.org',
    password: 'karibu2026',
    roleIds: [clerkRole],
    districtIds: [district],
    ...over,
  });

  test('an administrator adds a user who can then log in with the rights of her roles and her districts', async () => {
    const res = await t.call(admin, { method: 'POST', url: '/api/v1/users', body: newUser() });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json();
    assert.deepEqual(created.districtIds, [district]);
    assert.equal('password' in created || 'passwordHash' in created, false, 'no password or hash is ever returned');
    const token = await t.token('amina', 'karibu2026');
    const me = (await t.call(token, { method: 'GET', url: '/api/v1/auth/me' })).json();
    assert.deepEqual(me.scope.districtIds, [district]);
    assert.deepEqual(me.scope.regionIds, [await locationId(t, admin, 'R1')]);
    assert.equal(me.language, 'sw');
  });

  test('the password policy names every rule a new password breaks', async () => {
    const res = await t.call(admin, { method: 'POST', url: '/api/v1/users', body: newUser({ login: 'weak', password: 'abc' }) });
    assert.deepEqual(
      problemOf(res).errors.map((e) => e.code),
      ['password-too-short', 'password-needs-digit'],
    );
  });

  test('a second live user with the same login (in any case) is a 409 on login', async () => {
    const res = await t.call(admin, { method: 'POST', url: '/api/v1/users', body: newUser({ login: 'AMINA' }) });
    assert.equal(res.statusCode, 409);
    assert.equal(problemOf(res).errors[0]?.field, 'login');
  });

  test('districts must be districts; unknown roles are named by position', async () => {
    const village = await locationId(t, admin, 'R1D2W1V1');
    const res = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/users',
      body: newUser({ login: 'x1', districtIds: [village], roleIds: [clerkRole, '01900000-0000-7000-8000-000000000009'] }),
    });
    assert.deepEqual(
      problemOf(res)
        .errors.map((e) => `${e.field}:${e.code}`)
        .sort(),
      ['districtIds.0:district-not-district', 'roleIds.1:unknown'],
    );
  });

  test('editing roles changes the rights at the next log-in, and the history shows it', async () => {
    const user = (await t.call(admin, { method: 'GET', url: '/api/v1/users?q=amina' })).json().items[0];
    const res = await t.call(admin, {
      method: 'PUT',
      url: `/api/v1/users/${user.id}`,
      body: newUser({ password: undefined, roleIds: [officerRole], lastName: 'Salim-Juma' }),
      headers: { 'if-match': `"${user.version}"` },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().version, user.version + 1);
    const history = (await t.call(admin, { method: 'GET', url: `/api/v1/users/${user.id}/history` })).json() as {
      table: string;
      op: string;
      changes: Record<string, unknown>;
    }[];
    assert.ok(history.some((h) => h.table === 'app_user' && h.op === 'U' && 'lastName' in h.changes));
    assert.ok(history.some((h) => h.table === 'user_role' && h.op === 'D'));
    assert.ok(history.some((h) => h.table === 'user_role' && h.op === 'I' && JSON.stringify(h.changes).includes(officerRole)));
    assert.ok(
      history.every((h) => !JSON.stringify(h).includes('argon2')),
      'password hashes never enter the audit trail',
    );
  });

  test('lists filter by role and district and page with a total', async () => {
    const byRole = (await t.call(admin, { method: 'GET', url: `/api/v1/users?roleId=${officerRole}&total=true` })).json();
    assert.deepEqual(byRole.items.map((u: { login: string }) => u.login).sort(), ['Admin', 'amina', 'officer']);
    assert.equal(byRole.total, 3);
    const byDistrict = (await t.call(admin, { method: 'GET', url: `/api/v1/users?districtId=${district}` })).json();
    assert.ok(byDistrict.items.every((u: { districtIds: string[] }) => u.districtIds.includes(district)));
  });

  test('a deleted user can no longer log in or refresh, and one cannot delete oneself', async () => {
    const tokens = (await t.call(null, { method: 'POST', url: '/api/v1/auth/login', body: { login: 'amina', password: 'karibu2026' } })).json();
    const user = (await t.call(admin, { method: 'GET', url: '/api/v1/users?q=amina' })).json().items[0];
    assert.equal((await t.call(admin, { method: 'DELETE', url: `/api/v1/users/${user.id}`, headers: { 'if-match': `"${user.version}"` } })).statusCode, 204);
    assert.equal((await t.call(null, { method: 'POST', url: '/api/v1/auth/login', body: { login: 'amina', password: 'karibu2026' } })).statusCode, 401);
    assert.equal((await t.call(null, { method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken: tokens.refreshToken } })).statusCode, 401);
    const me = (await t.call(admin, { method: 'GET', url: '/api/v1/auth/me' })).json();
    const self = await t.call(admin, { method: 'DELETE', url: `/api/v1/users/${me.userId}`, headers: { 'if-match': '"1"' } });
    assert.equal(self.statusCode, 422);
  });

  test('roles: created with known rights only, duplicated, blocked roles grant nothing, system roles are not deleted', async () => {
    const bad = await t.call(admin, { method: 'POST', url: '/api/v1/roles', body: { name: 'Bad', rights: [121901, 999999] } });
    assert.deepEqual(
      problemOf(bad).errors.map((e) => e.field),
      ['rights.1'],
    );
    const role = (await t.call(admin, { method: 'POST', url: '/api/v1/roles', body: { name: 'Tree keepers', rights: [121901, 121903] } })).json();
    assert.deepEqual(role.rights, [121901, 121903]);
    const copy = await t.call(admin, { method: 'POST', url: `/api/v1/roles/${role.id}/duplicate`, body: { name: 'Tree keepers 2' } });
    assert.equal(copy.statusCode, 201);
    assert.deepEqual(copy.json().rights, [121901, 121903]);

    await t.call(admin, { method: 'POST', url: '/api/v1/users', body: newUser({ login: 'keeper', roleIds: [role.id], districtIds: [] }) });
    const inUse = await t.call(admin, { method: 'DELETE', url: `/api/v1/roles/${role.id}`, headers: { 'if-match': '"1"' } });
    assert.equal(inUse.statusCode, 409);
    const blocked = await t.call(admin, {
      method: 'PUT',
      url: `/api/v1/roles/${role.id}`,
      body: { name: 'Tree keepers', rights: [121901, 121903], isBlocked: true },
      headers: { 'if-match': '"1"' },
    });
    assert.equal(blocked.statusCode, 200);
    const keeper = await t.token('keeper', 'karibu2026');
    assert.deepEqual((await t.call(keeper, { method: 'GET', url: '/api/v1/auth/me' })).json().rights, []);

    const system = (await t.call(admin, { method: 'GET', url: '/api/v1/roles?system=true&limit=1' })).json().items[0];
    const res = await t.call(admin, { method: 'DELETE', url: `/api/v1/roles/${system.id}`, headers: { 'if-match': `"${system.version}"` } });
    assert.equal(res.statusCode, 409);
  });

  test('the rights catalogue is served with openIMIS codes', async () => {
    const rights = (await t.call(admin, { method: 'GET', url: '/api/v1/rights' })).json() as { code: number }[];
    for (const code of [101001, 111001, 121901, 122001])
      assert.ok(
        rights.some((r) => r.code === code),
        String(code),
      );
  });
});
