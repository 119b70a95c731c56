import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/db/types.ts';
import { engine, problemOf, startTestApp, type TestApp } from './helpers.ts';

describe(`authentication (${engine})`, () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ lockoutAttempts: 5, lockoutMinutes: 15, accessTokenTtlSeconds: 900 });
  });
  after(() => t.close());

  const login = (name: string, password: string) => t.call(null, { method: 'POST', url: '/api/v1/auth/login', body: { login: name, password } });

  test('log-in answers an access token, a refresh token and its lifetime', async () => {
    const res = await login('Admin', 'admin123');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.ok(body.accessToken && body.refreshToken);
    assert.equal(body.expiresIn, 900);
    const me = await t.call(body.accessToken, { method: 'GET', url: '/api/v1/auth/me' });
    assert.equal(me.json().login, 'Admin');
    assert.equal(me.json().lastName, 'Admin');
    assert.equal(me.json().otherNames, 'Demo');
    assert.equal(me.json().scope.all, true);
  });

  test('log-in names are not case sensitive', async () => {
    assert.equal((await login('admin', 'admin123')).statusCode, 200);
  });

  test('a wrong password or an unknown login answers 401 invalid-credentials with the same message', async () => {
    const wrong = problemOf(await login('manager', 'nope'));
    const unknown = problemOf(await login('nobody', 'nope'));
    assert.equal(wrong.status, 401);
    assert.equal(wrong.code, 'invalid-credentials');
    assert.equal(wrong.detail, unknown.detail);
  });

  test('five failed log-ins lock the account for the configured time, even for the right password', async () => {
    for (let i = 0; i < 4; i++) assert.equal(problemOf(await login('accountant', 'bad')).code, 'invalid-credentials');
    const fifth = problemOf(await login('accountant', 'bad'));
    assert.equal(fifth.code, 'account-locked');
    assert.equal(problemOf(await login('accountant', 'demo1234')).code, 'account-locked');
    t.clock.advance(16 * 60_000);
    assert.equal((await login('accountant', 'demo1234')).statusCode, 200);
  });

  test('a successful log-in resets the failure count', async () => {
    for (let i = 0; i < 4; i++) await login('scheme', 'bad');
    assert.equal((await login('scheme', 'demo1234')).statusCode, 200);
    for (let i = 0; i < 4; i++) assert.equal(problemOf(await login('scheme', 'bad')).code, 'invalid-credentials');
  });

  test('an administrator can lift a lockout', async () => {
    for (let i = 0; i < 5; i++) await login('offline', 'bad');
    const admin = await t.token('Admin');
    const users = await t.call(admin, { method: 'GET', url: '/api/v1/users?q=offline' });
    const user = users.json().items.find((u: { login: string }) => u.login === 'offline');
    assert.equal(user.locked, true);
    const res = await t.call(admin, { method: 'POST', url: `/api/v1/users/${user.id}/unlock` });
    assert.equal(res.json().locked, false);
    assert.equal((await login('offline', 'demo1234')).statusCode, 200);
  });

  test('a refresh token rotates: the new one works, the old one is refused', async () => {
    const first = (await login('manager', 'demo1234')).json();
    const second = await t.call(null, { method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken: first.refreshToken } });
    assert.equal(second.statusCode, 200);
    assert.notEqual(second.json().refreshToken, first.refreshToken);
    const third = await t.call(null, { method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken: second.json().refreshToken } });
    assert.equal(third.statusCode, 200);
  });

  test('presenting a rotated refresh token revokes the whole log-in (token theft)', async () => {
    const first = (await login('manager', 'demo1234')).json();
    const second = (await t.call(null, { method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken: first.refreshToken } })).json();
    const replay = await t.call(null, { method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken: first.refreshToken } });
    assert.equal(replay.statusCode, 401);
    assert.equal(problemOf(replay).code, 'token-invalid');
    const legit = await t.call(null, { method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken: second.refreshToken } });
    assert.equal(legit.statusCode, 401, 'the thief and the owner both lose the family');
  });

  test('log-out revokes the refresh token', async () => {
    const tokens = (await login('manager', 'demo1234')).json();
    assert.equal((await t.call(null, { method: 'POST', url: '/api/v1/auth/logout', body: { refreshToken: tokens.refreshToken } })).statusCode, 204);
    const res = await t.call(null, { method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken: tokens.refreshToken } });
    assert.equal(res.statusCode, 401);
    const events = await queryRows<{ login: string; event: string }>(
      t.database.db,
      sql`select login, event from login_event where event in ('login', 'logout') order by at desc, id desc limit 1`,
    );
    assert.deepEqual(events[0], { login: 'manager', event: 'logout' }, 'log-ins and log-outs are recorded for the user activity report');
  });

  test('an expired refresh token is refused', async () => {
    const tokens = (await login('manager', 'demo1234')).json();
    t.clock.advance((t.config.refreshTokenTtlSeconds + 1) * 1000);
    const res = await t.call(null, { method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken: tokens.refreshToken } });
    assert.equal(res.statusCode, 401);
  });

  test('an access token stops working when it expires', async () => {
    const token = await t.token('manager');
    assert.equal((await t.call(token, { method: 'GET', url: '/api/v1/auth/me' })).statusCode, 200);
    t.clock.advance(901_000);
    const res = await t.call(token, { method: 'GET', url: '/api/v1/auth/me' });
    assert.equal(res.statusCode, 401);
    assert.equal(problemOf(res).code, 'token-invalid');
  });

  test('no token answers 401 unauthenticated; a malformed or forged one 401 token-invalid', async () => {
    assert.equal(problemOf(await t.call(null, { method: 'GET', url: '/api/v1/locations' })).code, 'unauthenticated');
    assert.equal(problemOf(await t.call(null, { method: 'GET', url: '/api/v1/locations', headers: { authorization: 'Basic abc' } })).code, 'token-invalid');
    const token = await t.token('manager');
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    assert.equal(problemOf(await t.call(forged, { method: 'GET', url: '/api/v1/locations' })).code, 'token-invalid');
  });

  test('a right the roles do not grant answers 403 naming the right', async () => {
    const clerk = await t.token('clerk');
    const res = await t.call(clerk, { method: 'GET', url: '/api/v1/users' });
    assert.equal(res.statusCode, 403);
    assert.match(problemOf(res).detail, /121701/);
  });

  test('the password policy is enforced when changing one’s own password, and other sessions end', async () => {
    const tokens = (await login('claimcontrib', 'demo1234')).json();
    const weak = await t.call(tokens.accessToken, {
      method: 'POST',
      url: '/api/v1/auth/me/password',
      body: { currentPassword: 'demo1234', newPassword: 'short' },
    });
    assert.equal(weak.statusCode, 400);
    assert.deepEqual(
      problemOf(weak).errors.map((e) => `${e.field}:${e.code}`),
      ['newPassword:password-too-short', 'newPassword:password-needs-digit'],
    );
    const wrongCurrent = await t.call(tokens.accessToken, {
      method: 'POST',
      url: '/api/v1/auth/me/password',
      body: { currentPassword: 'nope', newPassword: 'better1234' },
    });
    assert.equal(problemOf(wrongCurrent).errors[0]?.field, 'currentPassword');
    const ok = await t.call(tokens.accessToken, {
      method: 'POST',
      url: '/api/v1/auth/me/password',
      body: { currentPassword: 'demo1234', newPassword: 'better1234' },
    });
    assert.equal(ok.statusCode, 204);
    assert.equal((await t.call(null, { method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken: tokens.refreshToken } })).statusCode, 401);
    assert.equal((await login('claimcontrib', 'better1234')).statusCode, 200);
  });

  test('language and calendar preferences are remembered and carried in the next token', async () => {
    const token = await t.token('receptionist');
    const res = await t.call(token, { method: 'PUT', url: '/api/v1/auth/me/preferences', body: { language: 'ne', calendar: 'bikram-sambat' } });
    assert.equal(res.statusCode, 204);
    const me = await t.call(token, { method: 'GET', url: '/api/v1/auth/me' });
    assert.equal(me.json().language, 'ne');
    assert.equal(me.json().calendar, 'bikram-sambat');
    const bad = await t.call(token, { method: 'PUT', url: '/api/v1/auth/me/preferences', body: { language: 'de' } });
    assert.equal(problemOf(bad).errors[0]?.field, 'language');
  });
});
