import { locationId, type TestApp } from '../helpers.ts';
import type { ScopeCase, ScopeFixture } from './index.ts';

// Health facilities and claim administrators: a facility of R2D1 and its administrator are out of
// reach for the user of R1D1, who may neither place records in R2D1 nor point at them.

const facilityBody = (f: ScopeFixture, over: Record<string, unknown> = {}) => ({
  code: 'SCOPHF9',
  name: 'Scope Dispensary',
  legalForm: 'G',
  level: 'D',
  careType: 'O',
  districtId: f.hfOwnDistrict,
  ...over,
});
const adminBody = (f: ScopeFixture, over: Record<string, unknown> = {}) => ({
  code: 'SCOPCA9',
  lastName: 'Scope',
  otherNames: 'Case',
  healthFacilityId: f.hfOwnFacility,
  ...over,
});

export const cases: ScopeCase[] = [
  // health facilities
  { name: 'read a facility of another district', method: 'GET', url: (f) => `/api/v1/health-facilities/${f.hfOtherFacility}`, expect: [404] },
  {
    name: 'read a facility of another district as at today',
    method: 'GET',
    url: (f) => `/api/v1/health-facilities/${f.hfOtherFacility}?asAt=${f.hfToday}`,
    expect: [404],
  },
  {
    name: 'read the history of a facility of another district',
    method: 'GET',
    url: (f) => `/api/v1/health-facilities/${f.hfOtherFacility}/history`,
    expect: [404],
  },
  {
    name: 'change a facility of another district',
    method: 'PUT',
    url: (f) => `/api/v1/health-facilities/${f.hfOtherFacility}`,
    body: (f) => facilityBody(f, { code: 'SCOPHF2' }),
    expect: [404],
  },
  { name: 'delete a facility of another district', method: 'DELETE', url: (f) => `/api/v1/health-facilities/${f.hfOtherFacility}`, expect: [404] },
  {
    name: 'add a facility in another district',
    method: 'POST',
    url: () => '/api/v1/health-facilities',
    body: (f) => facilityBody(f, { districtId: f.hfOtherDistrict }),
    expect: [400],
    field: 'districtId',
  },
  {
    name: 'move one’s own facility into another district',
    method: 'PUT',
    url: (f) => `/api/v1/health-facilities/${f.hfOwnFacility}`,
    body: (f) => facilityBody(f, { code: 'SCOPHF1', districtId: f.hfOtherDistrict }),
    expect: [400],
    field: 'districtId',
  },
  {
    name: 'add a facility serving a village of another district',
    method: 'POST',
    url: () => '/api/v1/health-facilities',
    body: (f) => facilityBody(f, { catchment: [{ villageId: f.hfOtherVillage, percentage: 50 }] }),
    expect: [400],
    field: 'catchment.0.villageId',
  },
  // claim administrators
  {
    name: 'read a claim administrator of another district’s facility',
    method: 'GET',
    url: (f) => `/api/v1/claim-administrators/${f.hfOtherClaimAdmin}`,
    expect: [404],
  },
  {
    name: 'read a claim administrator of another district as at today',
    method: 'GET',
    url: (f) => `/api/v1/claim-administrators/${f.hfOtherClaimAdmin}?asAt=${f.hfToday}`,
    expect: [404],
  },
  {
    name: 'read the history of a claim administrator of another district',
    method: 'GET',
    url: (f) => `/api/v1/claim-administrators/${f.hfOtherClaimAdmin}/history`,
    expect: [404],
  },
  {
    name: 'change a claim administrator of another district',
    method: 'PUT',
    url: (f) => `/api/v1/claim-administrators/${f.hfOtherClaimAdmin}`,
    body: (f) => adminBody(f, { code: 'SCOPCA2' }),
    expect: [404],
  },
  {
    name: 'delete a claim administrator of another district',
    method: 'DELETE',
    url: (f) => `/api/v1/claim-administrators/${f.hfOtherClaimAdmin}`,
    expect: [404],
  },
  {
    name: 'add a claim administrator to another district’s facility',
    method: 'POST',
    url: () => '/api/v1/claim-administrators',
    body: (f) => adminBody(f, { healthFacilityId: f.hfOtherFacility }),
    expect: [400],
    field: 'healthFacilityId',
  },
  {
    name: 'move one’s own claim administrator to another district’s facility',
    method: 'PUT',
    url: (f) => `/api/v1/claim-administrators/${f.hfOwnClaimAdmin}`,
    body: (f) => adminBody(f, { code: 'SCOPCA1', healthFacilityId: f.hfOtherFacility }),
    expect: [400],
    field: 'healthFacilityId',
  },
];

export async function fixture(t: TestApp, admin: string): Promise<ScopeFixture> {
  const [ownDistrict, otherDistrict, otherVillage] = [
    await locationId(t, admin, 'R1D1'),
    await locationId(t, admin, 'R2D1'),
    await locationId(t, admin, 'R2D1W1V1'),
  ];
  const post = async (url: string, body: unknown) => {
    const res = await t.call(admin, { method: 'POST', url, body });
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  const base = { name: 'Scope Dispensary', legalForm: 'G', level: 'D', careType: 'O' };
  const ownFacility = await post('/api/v1/health-facilities', { ...base, code: 'SCOPHF1', districtId: ownDistrict });
  const otherFacility = await post('/api/v1/health-facilities', {
    ...base,
    code: 'SCOPHF2',
    districtId: otherDistrict,
    catchment: [{ villageId: otherVillage, percentage: 50 }],
  });
  return {
    hfToday: t.clock.today(),
    hfOwnDistrict: ownDistrict,
    hfOtherDistrict: otherDistrict,
    hfOtherVillage: otherVillage,
    hfOwnFacility: ownFacility,
    hfOtherFacility: otherFacility,
    hfOwnClaimAdmin: await post('/api/v1/claim-administrators', { code: 'SCOPCA1', lastName: 'Own', otherNames: 'Admin', healthFacilityId: ownFacility }),
    hfOtherClaimAdmin: await post('/api/v1/claim-administrators', { code: 'SCOPCA2', lastName: 'Other', otherNames: 'Admin', healthFacilityId: otherFacility }),
  };
}
