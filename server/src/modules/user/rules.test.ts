import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { afterFailedLogin, isLocked } from './rules.ts';

const policy = { attempts: 5, minutes: 15 };
const now = new Date('2026-11-24T10:00:00Z');

describe('log-in lockout', () => {
  test('the first four failures are counted without locking', () => {
    assert.deepEqual(afterFailedLogin(3, policy, now), { failedLogins: 4, lockedUntil: null });
  });

  test('the fifth failure locks the account for the configured minutes', () => {
    assert.deepEqual(afterFailedLogin(4, policy, now), { failedLogins: 0, lockedUntil: '2026-11-24T10:15:00.000Z' });
  });

  test('a lock ends when its time has passed', () => {
    assert.equal(isLocked('2026-11-24T10:15:00.000Z', now), true);
    assert.equal(isLocked('2026-11-24T09:59:59.000Z', now), false);
    assert.equal(isLocked(null, now), false);
  });
});
