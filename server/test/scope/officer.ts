import { locationId, type TestApp } from '../helpers.ts';
import type { ScopeCase, ScopeFixture } from './index.ts';

// Enrolment officers: the demo officers of district R2D1 are outside the R1D1 user's scope.

const url = '/api/v1/enrolment-officers';
const officer = (f: ScopeFixture, fields: Record<string, unknown> = {}) => ({
  code: 'SCOPEO',
  lastName: 'x',
  otherNames: 'x',
  districtId: f.eoOwnDistrict,
  ...fields,
});

export const cases: ScopeCase[] = [
  { name: 'read an officer of another district', method: 'GET', url: (f) => `${url}/${f.eoOtherOfficer}`, expect: [404] },
  { name: 'read an officer of another district as at today', method: 'GET', url: (f) => `${url}/${f.eoOtherOfficer}?asAt=${f.eoToday}`, expect: [404] },
  { name: 'read the history of an officer of another district', method: 'GET', url: (f) => `${url}/${f.eoOtherOfficer}/history`, expect: [404] },
  { name: 'change an officer of another district', method: 'PUT', url: (f) => `${url}/${f.eoOtherOfficer}`, body: (f) => officer(f), expect: [404] },
  { name: 'delete an officer of another district', method: 'DELETE', url: (f) => `${url}/${f.eoOtherOfficer}`, expect: [404] },
  {
    name: 'add an officer to another district',
    method: 'POST',
    url: () => url,
    body: (f) => officer(f, { districtId: f.eoOtherDistrict }),
    expect: [400],
    field: 'districtId',
  },
  {
    name: 'give an officer a village of another district',
    method: 'POST',
    url: () => url,
    body: (f) => officer(f, { villageIds: [f.eoOtherVillage] }),
    expect: [400],
    field: 'villageIds.0',
  },
  {
    name: 'give an officer a substitute of another district',
    method: 'POST',
    url: () => url,
    body: (f) => officer(f, { substituteId: f.eoOtherOfficer }),
    expect: [400],
    field: 'substituteId',
  },
  {
    name: 'link an officer to the login of a user of another district',
    method: 'POST',
    url: () => url,
    body: (f) => officer(f, { userId: f.eoOtherUser }),
    expect: [400],
    field: 'userId',
  },
  {
    name: 'move one’s own officer into another district',
    method: 'PUT',
    url: (f) => `${url}/${f.eoOwnOfficer}`,
    body: (f) => officer(f, { code: f.eoOwnOfficerCode, districtId: f.eoOtherDistrict }),
    expect: [400],
    field: 'districtId',
  },
];

export async function fixture(t: TestApp, admin: string): Promise<ScopeFixture> {
  const ownDistrict = await locationId(t, admin, 'R1D1');
  const otherDistrict = await locationId(t, admin, 'R2D1');
  const inDistrict = async (id: string) => (await t.call(admin, { method: 'GET', url: `${url}?districtId=${id}&limit=1` })).json().items[0];
  const own = await inDistrict(ownDistrict);
  const users = (await t.call(admin, { method: 'GET', url: '/api/v1/users?q=medical' })).json().items as { id: string; login: string }[];
  return {
    eoOwnDistrict: ownDistrict,
    eoOtherDistrict: otherDistrict,
    eoOtherVillage: await locationId(t, admin, 'R2D1W1V1'),
    eoOtherOfficer: (await inDistrict(otherDistrict)).id,
    eoOwnOfficer: own.id,
    eoOwnOfficerCode: own.code,
    eoOtherUser: users.find((u) => u.login === 'medical')!.id,
    eoToday: t.clock.today(),
  };
}
