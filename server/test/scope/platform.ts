import { locationId, type TestApp } from '../helpers.ts';
import type { ScopeCase, ScopeFixture } from './index.ts';

// Platform endpoints: locations, users, jobs.

export const cases: ScopeCase[] = [
  // locations
  { name: 'read a village of another district', method: 'GET', url: (f) => `/api/v1/locations/${f.otherVillage}`, expect: [404] },
  { name: 'read another region', method: 'GET', url: (f) => `/api/v1/locations/${f.otherRegion}`, expect: [404] },
  { name: 'read the path of another district’s village', method: 'GET', url: (f) => `/api/v1/locations/${f.otherVillage}/path`, expect: [404] },
  { name: 'read the history of another district’s village', method: 'GET', url: (f) => `/api/v1/locations/${f.otherVillage}/history`, expect: [404] },
  {
    name: 'change a village of another district',
    method: 'PATCH',
    url: (f) => `/api/v1/locations/${f.otherVillage}`,
    body: () => ({ name: 'Hijack' }),
    expect: [404],
  },
  { name: 'delete a village of another district', method: 'DELETE', url: (f) => `/api/v1/locations/${f.otherVillage}`, expect: [404] },
  {
    name: 'move a village of another district',
    method: 'POST',
    url: (f) => `/api/v1/locations/${f.otherVillage}/move`,
    body: (f) => ({ parentId: f.otherWard }),
    expect: [404],
  },
  {
    name: 'add a village under another district’s ward',
    method: 'POST',
    url: () => `/api/v1/locations`,
    body: (f) => ({ code: 'SCOPEX', name: 'x', type: 'V', parentId: f.otherWard }),
    expect: [400],
    field: 'parentId',
  },
  {
    name: 'move one’s own village into another district',
    method: 'POST',
    url: (f) => `/api/v1/locations/${f.ownVillage}/move`,
    body: (f) => ({ parentId: f.otherWard }),
    expect: [400],
    field: 'parentId',
  },
  {
    name: 'add a district (national register)',
    method: 'POST',
    url: () => `/api/v1/locations`,
    body: (f) => ({ code: 'SCOPED', name: 'x', type: 'D', parentId: f.otherRegion }),
    expect: [400],
    field: 'parentId',
  },
  // users
  { name: 'read a user of another district', method: 'GET', url: (f) => `/api/v1/users/${f.otherUser}`, expect: [404] },
  { name: 'read the history of a user of another district', method: 'GET', url: (f) => `/api/v1/users/${f.otherUser}/history`, expect: [404] },
  {
    name: 'change a user of another district',
    method: 'PUT',
    url: (f) => `/api/v1/users/${f.otherUser}`,
    body: () => ({ login: 'x', lastName: 'x', otherNames: 'x', roleIds: [], districtIds: [] }),
    expect: [404],
  },
  { name: 'unlock a user of another district', method: 'POST', url: (f) => `/api/v1/users/${f.otherUser}/unlock`, expect: [404] },
  { name: 'delete a user of another district', method: 'DELETE', url: (f) => `/api/v1/users/${f.otherUser}`, expect: [404] },
  {
    name: 'give a new user another district',
    method: 'POST',
    url: () => `/api/v1/users`,
    body: (f) => ({ login: 'scopex', lastName: 'x', otherNames: 'x', password: 'abcd1234', roleIds: [], districtIds: [f.otherDistrict] }),
    expect: [400],
    field: 'districtIds.0',
  },
  {
    name: 'give a new user all districts',
    method: 'POST',
    url: () => `/api/v1/users`,
    body: () => ({ login: 'scopey', lastName: 'x', otherNames: 'x', password: 'abcd1234', roleIds: [], districtIds: [], allDistricts: true }),
    expect: [400],
    field: 'allDistricts',
  },
  // jobs
  { name: 'read a job run started by someone else', method: 'GET', url: (f) => `/api/v1/jobs/${f.adminJob}`, expect: [404] },
];

export async function fixture(t: TestApp, admin: string): Promise<ScopeFixture> {
  const users = (await t.call(admin, { method: 'GET', url: '/api/v1/users?q=medical' })).json().items;
  const job = await t.call(admin, { method: 'POST', url: '/api/v1/jobs/auth.purge-refresh-tokens/run', body: {} });
  if (job.statusCode !== 202) throw new Error(`job start failed: ${job.body}`);
  return {
    ownVillage: await locationId(t, admin, 'R1D1W1V1'),
    otherRegion: await locationId(t, admin, 'R2'),
    otherDistrict: await locationId(t, admin, 'R2D1'),
    otherWard: await locationId(t, admin, 'R2D1W1'),
    otherVillage: await locationId(t, admin, 'R2D1W1V1'),
    otherUser: users.find((u: { login: string }) => u.login === 'medical').id,
    adminJob: job.json().id,
  };
}
