import { locationId, type TestApp } from '../helpers.ts';
import type { ScopeCase, ScopeFixture } from './index.ts';

// Payers: the demo payer of district R2D1 and any payer of region R2 are outside the R1D1 user's scope.

const url = '/api/v1/payers';

export const cases: ScopeCase[] = [
  { name: 'read a payer of another district', method: 'GET', url: (f) => `${url}/${f.payerOtherPayer}`, expect: [404] },
  { name: 'read a payer of another region', method: 'GET', url: (f) => `${url}/${f.payerOtherRegionPayer}`, expect: [404] },
  { name: 'read a payer of another district as at today', method: 'GET', url: (f) => `${url}/${f.payerOtherPayer}?asAt=${f.payerToday}`, expect: [404] },
  { name: 'read the history of a payer of another district', method: 'GET', url: (f) => `${url}/${f.payerOtherPayer}/history`, expect: [404] },
  {
    name: 'change a payer of another district',
    method: 'PUT',
    url: (f) => `${url}/${f.payerOtherPayer}`,
    body: () => ({ type: 'L', name: 'Hijack' }),
    expect: [404],
  },
  { name: 'delete a payer of another district', method: 'DELETE', url: (f) => `${url}/${f.payerOtherPayer}`, expect: [404] },
  {
    name: 'add a payer in another district',
    method: 'POST',
    url: () => url,
    body: (f) => ({ type: 'L', name: 'Scope payer', locationId: f.payerOtherDistrict }),
    expect: [400],
    field: 'locationId',
  },
  {
    name: 'add a national payer without all districts',
    method: 'POST',
    url: () => url,
    body: () => ({ type: 'G', name: 'Scope national payer' }),
    expect: [400],
    field: 'locationId',
  },
  {
    name: 'move one’s own payer into another district',
    method: 'PUT',
    url: (f) => `${url}/${f.payerOwnPayer}`,
    body: (f) => ({ type: 'L', name: f.payerOwnPayerName, locationId: f.payerOtherDistrict }),
    expect: [400],
    field: 'locationId',
  },
];

export async function fixture(t: TestApp, admin: string): Promise<ScopeFixture> {
  const ownDistrict = await locationId(t, admin, 'R1D1');
  const otherDistrict = await locationId(t, admin, 'R2D1');
  const otherRegion = await locationId(t, admin, 'R2');
  const first = async (query: string) => (await t.call(admin, { method: 'GET', url: `${url}?${query}&limit=1` })).json().items[0];
  // The demo has no payer of region R2 itself: make one.
  const regional = await t.call(admin, { method: 'POST', url, body: { type: 'O', name: 'Milimani Regional Health Trust', locationId: otherRegion } });
  if (regional.statusCode !== 201) throw new Error(`payer fixture failed: ${regional.body}`);
  const own = await first(`locationId=${ownDistrict}`);
  return {
    payerOtherDistrict: otherDistrict,
    payerOtherPayer: (await first(`locationId=${otherDistrict}`)).id,
    payerOtherRegionPayer: regional.json().id,
    payerOwnPayer: own.id,
    payerOwnPayerName: own.name,
    payerToday: t.clock.today(),
  };
}
