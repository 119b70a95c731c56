import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Scope } from '../../../platform/auth/principal.ts';
import {
  canReadPriceList,
  canWritePriceList,
  checkPriceListLocation,
  coversDay,
  diffLines,
  effectivePrice,
  priceAt,
  repeatedLines,
  sameAmount,
  stateAt,
} from './rules.ts';

const national: Scope = { all: true, districtIds: [], regionIds: [], healthFacilityId: null };
const districtUser: Scope = { all: false, districtIds: ['d1'], regionIds: ['r1'], healthFacilityId: null };

describe('price list rules (domain.md 1.5)', () => {
  test('1.5 the effective price is the override when set, else the item’s own price', () => {
    assert.equal(effectivePrice('90.00', '120.00'), '90.00');
    assert.equal(effectivePrice(null, '120.00'), '120.00');
    assert.equal(effectivePrice('0.00', '120.00'), '0.00', 'a zero override is an override (free in this list)');
  });

  test('1.5 an item is in the list on a day only when it exists then, a line covers the day and the list still stands', () => {
    const item = { price: '100.00' };
    assert.deepEqual(priceAt({ member: item, line: { priceOverride: null }, listLive: true }), {
      exists: true,
      inList: true,
      price: '100.00',
      priceOverride: null,
      effectivePrice: '100.00',
    });
    assert.equal(priceAt({ member: item, line: { priceOverride: '80.00' }, listLive: true }).effectivePrice, '80.00');
    assert.deepEqual(priceAt({ member: item, line: null, listLive: true }), {
      exists: true,
      inList: false,
      price: '100.00',
      priceOverride: null,
      effectivePrice: null,
    });
    assert.equal(priceAt({ member: item, line: { priceOverride: '80.00' }, listLive: false }).inList, false, 'a deleted list holds nothing');
    assert.deepEqual(priceAt({ member: null, line: { priceOverride: '80.00' }, listLive: true }), {
      exists: false,
      inList: false,
      price: null,
      priceOverride: null,
      effectivePrice: null,
    });
  });

  test('0 a state covers a day when it began before the day’s end and had not ended or been deleted by then', () => {
    const state = { updatedAt: '2025-03-01T10:00:00Z', validTo: '2025-04-01T09:00:00Z', deletedAt: null };
    assert.equal(coversDay(state, '2025-02-28'), false);
    assert.equal(coversDay(state, '2025-03-01'), true, 'a change during the day counts for that day');
    assert.equal(coversDay(state, '2025-03-31'), true);
    assert.equal(coversDay(state, '2025-04-01'), false, 'replaced during that day');
    assert.equal(coversDay({ ...state, validTo: null }, '2030-01-01'), true);
    assert.equal(coversDay({ updatedAt: '2025-05-01T09:00:00Z', validTo: null, deletedAt: '2025-05-01T09:00:00Z' }, '2025-05-01'), false, 'deleted');
  });

  test('0 of all stored states, the latest one covering the day is the one as at that day', () => {
    const states = [
      { updatedAt: '2025-01-10T08:00:00Z', validTo: '2025-03-01T09:00:00Z', deletedAt: null, price: '100.00' },
      { updatedAt: '2025-03-01T09:00:00Z', validTo: null, deletedAt: null, price: '120.00' },
    ];
    assert.equal(stateAt(states, '2025-01-09'), undefined);
    assert.equal(stateAt(states, '2025-02-28')?.price, '100.00');
    assert.equal(stateAt(states, '2025-03-01')?.price, '120.00');
  });

  test('1.1 national lists are read by everyone; regional and district lists by the users of that place', () => {
    assert.equal(canReadPriceList(districtUser, null), true);
    assert.equal(canReadPriceList(districtUser, 'r1'), true);
    assert.equal(canReadPriceList(districtUser, 'd1'), true);
    assert.equal(canReadPriceList(districtUser, 'd2'), false);
    assert.equal(canReadPriceList(national, 'd2'), true);
  });

  test('1.1 national and regional lists are changed only with all districts, a district’s list by its users', () => {
    assert.equal(canWritePriceList(districtUser, null), false);
    assert.equal(canWritePriceList(districtUser, 'r1'), false);
    assert.equal(canWritePriceList(districtUser, 'd1'), true);
    assert.equal(canWritePriceList(national, null), true);
  });

  test('1.1 a list is made for the nation, a region or a district the user may change', () => {
    assert.deepEqual(checkPriceListLocation(national, null, undefined), []);
    assert.deepEqual(checkPriceListLocation(districtUser, null, undefined), [{ field: 'locationId', code: 'needs-all-districts' }]);
    assert.deepEqual(checkPriceListLocation(districtUser, 'r1', { type: 'R' }), [{ field: 'locationId', code: 'needs-all-districts' }]);
    assert.deepEqual(checkPriceListLocation(districtUser, 'd1', { type: 'D' }), []);
    assert.deepEqual(checkPriceListLocation(districtUser, 'd2', undefined), [{ field: 'locationId', code: 'unknown' }]);
    assert.deepEqual(checkPriceListLocation(national, 'v1', { type: 'V' }), [{ field: 'locationId', code: 'price-list-location-type' }]);
  });

  test('a list holds each item once', () => {
    assert.deepEqual(repeatedLines(['a', 'b', 'a', 'a'], 'itemId'), [
      { field: '2.itemId', code: 'repeated' },
      { field: '3.itemId', code: 'repeated' },
    ]);
  });

  test('replacing lines: members gone are removed, new ones added, and only real changes of override rewritten', () => {
    const current = [
      { id: 'l1', memberId: 'a', priceOverride: null },
      { id: 'l2', memberId: 'b', priceOverride: '13.00' },
      { id: 'l3', memberId: 'c', priceOverride: '5.00' },
      { id: 'l4', memberId: 'd', priceOverride: '7.50' },
    ];
    const diff = diffLines(current, [
      { memberId: 'b', priceOverride: '13' },
      { memberId: 'c', priceOverride: null },
      { memberId: 'd', priceOverride: '7.5' },
      { memberId: 'e', priceOverride: '1' },
    ]);
    assert.deepEqual(diff, { remove: ['l1'], change: [{ id: 'l3', priceOverride: null }], add: [{ memberId: 'e', priceOverride: '1' }] });
  });

  test('amounts are compared exactly, whatever their spelling', () => {
    assert.equal(sameAmount('13', '13.00'), true);
    assert.equal(sameAmount('0.1', '0.10'), true);
    assert.equal(sameAmount('0.10', '0.01'), false);
    assert.equal(sameAmount(null, '0'), false);
    assert.equal(sameAmount(null, null), true);
    assert.equal(sameAmount('9999999999999999.99', '9999999999999999.98'), false, 'no floating point rounding');
  });
});
