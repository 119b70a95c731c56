import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ancestryOf, canRead, canWrite, checkParent, parentTypeOf } from './rules.ts';

const national = { all: true, districtIds: [], regionIds: [], healthFacilityId: null };
const districtUser = { all: false, districtIds: ['d1'], regionIds: ['r1'], healthFacilityId: null };

describe('location tree (domain 1.1)', () => {
  test('types nest Region → District → Ward → Village', () => {
    assert.equal(parentTypeOf('R'), null);
    assert.equal(parentTypeOf('D'), 'R');
    assert.equal(parentTypeOf('W'), 'D');
    assert.equal(parentTypeOf('V'), 'W');
  });

  test('a village must be placed under a ward, not directly under a district', () => {
    assert.deepEqual(checkParent('V', { type: 'D' }), [{ field: 'parentId', code: 'location-parent-type', params: { parentType: 'W' } }]);
    assert.deepEqual(checkParent('V', { type: 'W' }), []);
  });

  test('a region has no parent and every other level needs one', () => {
    assert.equal(checkParent('R', { type: 'R' })[0]?.code, 'location-parent-forbidden');
    assert.equal(checkParent('D', null)[0]?.code, 'location-parent-missing');
    assert.deepEqual(checkParent('R', null), []);
  });

  test('each row carries its region and district so that scope is one comparison', () => {
    assert.deepEqual(ancestryOf('r1', 'R', null), { regionId: 'r1', districtId: null });
    assert.deepEqual(ancestryOf('d1', 'D', { id: 'r1', type: 'R', regionId: 'r1', districtId: null }), { regionId: 'r1', districtId: 'd1' });
    assert.deepEqual(ancestryOf('v1', 'V', { id: 'w1', type: 'W', regionId: 'r1', districtId: 'd1' }), { regionId: 'r1', districtId: 'd1' });
  });
});

describe('location scope (domain 5.8)', () => {
  test('a district user reads the region above their district but not other regions', () => {
    assert.equal(canRead(districtUser, { id: 'r1', type: 'R', districtId: null }), true);
    assert.equal(canRead(districtUser, { id: 'r2', type: 'R', districtId: null }), false);
  });

  test('a district user reads and changes villages of their district only', () => {
    assert.equal(canRead(districtUser, { id: 'v', type: 'V', districtId: 'd1' }), true);
    assert.equal(canRead(districtUser, { id: 'v', type: 'V', districtId: 'd2' }), false);
    assert.equal(canWrite(districtUser, { type: 'V', districtId: 'd1' }), true);
    assert.equal(canWrite(districtUser, { type: 'V', districtId: 'd2' }), false);
  });

  test('regions and districts are changed only by users with all districts', () => {
    assert.equal(canWrite(districtUser, { type: 'D', districtId: 'd1' }), false);
    assert.equal(canWrite(national, { type: 'R', districtId: null }), true);
  });
});
