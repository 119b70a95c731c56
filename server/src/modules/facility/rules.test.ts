import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkBirthDate,
  checkCatchment,
  checkClaimAdminLogin,
  checkContractDates,
  checkDistrict,
  checkPriceLists,
  inDistricts,
  priceListFitsArea,
  type PlaceRef,
} from './rules.ts';

const national = { all: true, districtIds: [], regionIds: [], healthFacilityId: null };
const districtUser = { all: false, districtIds: ['d1'], regionIds: ['r1'], healthFacilityId: null };

const district = (id: string, regionId: string): PlaceRef => ({ id, type: 'D', regionId, districtId: id });
const village = (id: string, districtId: string): PlaceRef => ({ id, type: 'V', regionId: 'r1', districtId });

describe('health facilities (domain 1.2)', () => {
  test('a facility lives in a district: a ward, a region or an unknown location is refused', () => {
    assert.deepEqual(checkDistrict(national, district('d1', 'r1')), []);
    assert.deepEqual(checkDistrict(national, undefined), [{ field: 'districtId', code: 'unknown' }]);
    assert.deepEqual(checkDistrict(national, { id: 'w1', type: 'W', regionId: 'r1', districtId: 'd1' }), [
      { field: 'districtId', code: 'district-not-district' },
    ]);
  });

  test('a contract cannot end before it starts; open ends and same-day contracts are fine', () => {
    assert.deepEqual(checkContractDates('2026-01-01', '2025-12-31'), [{ field: 'contractEndDate', code: 'contract-end-before-start' }]);
    assert.deepEqual(checkContractDates('2026-01-01', '2026-01-01'), []);
    assert.deepEqual(checkContractDates('2026-01-01', null), []);
    assert.deepEqual(checkContractDates(null, '2026-01-01'), []);
  });

  test('catchment: each village once, a live village, more than 0 and at most 100 percent, in hundredths', () => {
    const villages = new Map([
      ['v1', village('v1', 'd1')],
      ['v2', village('v2', 'd1')],
      ['w1', { id: 'w1', type: 'W', regionId: 'r1', districtId: 'd1' }],
    ]);
    assert.deepEqual(
      checkCatchment(
        national,
        [
          { villageId: 'v1', percentage: 100 },
          { villageId: 'v2', percentage: 33.33 },
        ],
        villages,
      ),
      [],
    );
    const errors = checkCatchment(
      national,
      [
        { villageId: 'v1', percentage: 100.5 },
        { villageId: 'v1', percentage: 10 },
        { villageId: 'gone', percentage: 0 },
        { villageId: 'w1', percentage: 12.345 },
      ],
      villages,
    );
    assert.deepEqual(
      errors.map((e) => [e.field, e.code]),
      [
        ['catchment.0.percentage', 'maximum'],
        ['catchment.1.villageId', 'uniqueItems'],
        ['catchment.2.villageId', 'unknown'],
        ['catchment.2.percentage', 'exclusiveMinimum'],
        ['catchment.3.villageId', 'village-not-village'],
        ['catchment.3.percentage', 'multipleOf'],
      ],
    );
  });
});

describe('price lists of a facility (domain 1.5)', () => {
  const area = { districtId: 'd1', regionId: 'r1' };

  test('a facility may use national lists and the lists of its own region or district', () => {
    assert.equal(priceListFitsArea(null, area), true);
    assert.equal(priceListFitsArea('r1', area), true);
    assert.equal(priceListFitsArea('d1', area), true);
  });

  test('a list made for another district or region is refused', () => {
    assert.equal(priceListFitsArea('d2', area), false);
    assert.equal(priceListFitsArea('r2', area), false);
  });

  test('both lists are checked: unknown lists and lists of another area are named', () => {
    const found = { items: new Map<string, string | null>([['ipl', 'd2']]), services: new Map<string, string | null>([['spl', null]]) };
    assert.deepEqual(checkPriceLists({ itemPriceListId: 'ipl', servicePriceListId: 'spl' }, found, area), [
      { field: 'itemPriceListId', code: 'price-list-area' },
    ]);
    assert.deepEqual(checkPriceLists({ itemPriceListId: 'nope', servicePriceListId: null }, found, area), [{ field: 'itemPriceListId', code: 'unknown' }]);
  });

  test('without a valid district the area is unknown, and only existence is checked', () => {
    const found = { items: new Map<string, string | null>([['ipl', 'd2']]), services: new Map<string, string | null>() };
    assert.deepEqual(checkPriceLists({ itemPriceListId: 'ipl' }, found, null), []);
  });
});

describe('claim administrators (domain 1.6)', () => {
  test('a date of birth may be today but not in the future', () => {
    assert.deepEqual(checkBirthDate('2026-03-01', '2026-03-01'), []);
    assert.deepEqual(checkBirthDate('2026-03-02', '2026-03-01'), [{ field: 'dob', code: 'date-in-future' }]);
    assert.deepEqual(checkBirthDate(null, '2026-03-01'), []);
  });

  test('an administrator who logs in is a user of the same facility, and a login serves one administrator', () => {
    assert.deepEqual(checkClaimAdminLogin(null, 'hf1', undefined), []);
    assert.deepEqual(checkClaimAdminLogin('u1', 'hf1', { healthFacilityId: 'hf1', otherAdmins: 0 }), []);
    assert.deepEqual(checkClaimAdminLogin('u1', 'hf1', undefined), [{ field: 'userId', code: 'unknown' }]);
    assert.deepEqual(checkClaimAdminLogin('u1', 'hf1', { healthFacilityId: null, otherAdmins: 0 }), [{ field: 'userId', code: 'user-not-facility-staff' }]);
    assert.deepEqual(checkClaimAdminLogin('u1', 'hf1', { healthFacilityId: 'hf2', otherAdmins: 0 }), [{ field: 'userId', code: 'user-not-facility-staff' }]);
    assert.deepEqual(checkClaimAdminLogin('u1', 'hf1', { healthFacilityId: 'hf1', otherAdmins: 1 }), [{ field: 'userId', code: 'duplicate' }]);
  });
});

describe('location-based restriction (domain 5.8)', () => {
  test('a district user places facilities and catchment villages only in their own districts', () => {
    assert.equal(inDistricts(districtUser, 'd1'), true);
    assert.equal(inDistricts(districtUser, 'd2'), false);
    assert.equal(inDistricts(national, 'd2'), true);
    assert.deepEqual(checkDistrict(districtUser, district('d2', 'r1')), [{ field: 'districtId', code: 'out-of-scope' }]);
    assert.deepEqual(checkCatchment(districtUser, [{ villageId: 'v9', percentage: 50 }], new Map([['v9', village('v9', 'd2')]])), [
      { field: 'catchment.0.villageId', code: 'out-of-scope' },
    ]);
  });
});
