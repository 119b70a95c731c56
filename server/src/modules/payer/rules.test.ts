import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canPayerFundProduct, payerAncestry } from './rules.ts';

// The demo tree: region r1 with districts d1 and d2; region r2 with district d3.
const national = payerAncestry(null);
const regionR1 = payerAncestry({ id: 'r1', regionId: 'r1', districtId: null });
const districtD1 = payerAncestry({ id: 'd1', regionId: 'r1', districtId: 'd1' });

describe('payers (domain 1.16)', () => {
  test('a payer’s location comes with the locations above it; a national payer has none', () => {
    assert.deepEqual(national, []);
    assert.deepEqual(regionR1, ['r1']);
    assert.deepEqual(districtD1, ['d1', 'r1']);
  });

  test('1.16: a national product may be funded by every payer', () => {
    for (const payer of [national, regionR1, districtD1]) assert.equal(canPayerFundProduct(payer, null), true);
  });

  test('1.16: a product of the payer’s own location may be funded', () => {
    assert.equal(canPayerFundProduct(regionR1, 'r1'), true);
    assert.equal(canPayerFundProduct(districtD1, 'd1'), true);
  });

  test('1.16: a payer inside the product’s region may fund it', () => {
    assert.equal(canPayerFundProduct(districtD1, 'r1'), true);
  });

  test('1.16: a payer may not fund a product of another region or district', () => {
    assert.equal(canPayerFundProduct(districtD1, 'd2'), false);
    assert.equal(canPayerFundProduct(districtD1, 'r2'), false);
    assert.equal(canPayerFundProduct(regionR1, 'd3'), false);
  });

  test('1.16: a payer above the product’s location does not fund it (a national payer funds national products only)', () => {
    assert.equal(canPayerFundProduct(national, 'r1'), false);
    assert.equal(canPayerFundProduct(national, 'd1'), false);
    assert.equal(canPayerFundProduct(regionR1, 'd1'), false, 'domain.md 1.16; openIMIS Python allows this one (see rules.ts)');
  });
});
