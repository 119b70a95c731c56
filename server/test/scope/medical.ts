import { locationId, type TestApp } from '../helpers.ts';
import type { ScopeCase, ScopeFixture } from './index.ts';

// Medical registers. Items and services are national (read by everyone holding the right); price
// lists belong to the nation, a region or a district, and the district user (R1D1) must not reach
// those of R2D1.

const listCases = (kind: 'item' | 'service'): ScopeCase[] => {
  const path = `/api/v1/${kind}-price-lists`;
  const other = (f: ScopeFixture) => f[`${kind}ListR2D1`]!;
  const member = kind === 'item' ? 'itemId' : 'serviceId';
  const a = kind === 'item' ? 'an item' : 'a service';
  return [
    { name: `read ${a} price list of another district`, method: 'GET', url: (f) => `${path}/${other(f)}`, expect: [404] },
    { name: `read ${a} price list of another district as at a date`, method: 'GET', url: (f) => `${path}/${other(f)}?asAt=2030-01-01`, expect: [404] },
    { name: `read the lines of another district’s ${kind} price list`, method: 'GET', url: (f) => `${path}/${other(f)}/lines`, expect: [404] },
    { name: `read the history of another district’s ${kind} price list`, method: 'GET', url: (f) => `${path}/${other(f)}/history`, expect: [404] },
    {
      name: `change ${a} price list of another district`,
      method: 'PUT',
      url: (f) => `${path}/${other(f)}`,
      body: (f) => ({ name: 'Hijack', date: '2026-01-01', locationId: f.ownDistrict }),
      expect: [404],
    },
    { name: `delete ${a} price list of another district`, method: 'DELETE', url: (f) => `${path}/${other(f)}`, expect: [404] },
    {
      name: `replace the lines of another district’s ${kind} price list`,
      method: 'PUT',
      url: (f) => `${path}/${other(f)}/lines`,
      body: () => [],
      expect: [404],
    },
    { name: `add all ${kind}s to another district’s price list`, method: 'POST', url: (f) => `${path}/${other(f)}/lines/add`, body: () => ({}), expect: [404] },
    {
      name: `copy another district’s ${kind} price list`,
      method: 'POST',
      url: (f) => `${path}/${other(f)}/copy`,
      body: (f) => ({ name: `Scope copy ${kind}`, date: '2026-01-01', locationId: f.ownDistrict }),
      expect: [404],
    },
    {
      name: `add ${a} price list for another district`,
      method: 'POST',
      url: () => path,
      body: (f) => ({ name: `Scope new ${kind}`, date: '2026-01-01', locationId: f.otherDistrict }),
      expect: [400],
      field: 'locationId',
    },
    {
      name: `copy one’s own ${kind} price list into another district`,
      method: 'POST',
      url: (f) => `${path}/${f[`${kind}ListR1D1`]}/copy`,
      body: (f) => ({ name: `Scope copy out ${kind}`, date: '2026-01-01', locationId: f.otherDistrict }),
      expect: [400],
      field: 'locationId',
    },
    {
      name: `move one’s own ${kind} price list to another district`,
      method: 'PUT',
      url: (f) => `${path}/${f[`${kind}ListR1D1`]}`,
      body: (f) => ({ name: `Scope moved ${kind}`, date: '2026-01-01', locationId: f.otherDistrict }),
      expect: [400],
      field: 'locationId',
    },
    {
      name: `add a national ${kind} price list (it serves every district)`,
      method: 'POST',
      url: () => path,
      body: () => ({ name: `Scope national ${kind}`, date: '2026-01-01', locationId: null }),
      expect: [400],
      field: 'locationId',
    },
    {
      name: `change the lines of the national ${kind} price list (readable, not changeable)`,
      method: 'PUT',
      url: (f) => `${path}/${f[`${kind}ListNational`]}/lines`,
      body: (f) => [{ [member]: f[`${kind}Member`], priceOverride: null }],
      expect: [403],
    },
  ];
};

export const cases: ScopeCase[] = [...listCases('item'), ...listCases('service')];

export async function fixture(t: TestApp, admin: string): Promise<ScopeFixture> {
  const ownDistrict = await locationId(t, admin, 'R1D1');
  const otherDistrict = await locationId(t, admin, 'R2D1');
  const out: ScopeFixture = { ownDistrict, otherDistrict };
  for (const kind of ['item', 'service'] as const) {
    const list = async (query: string) => (await t.call(admin, { method: 'GET', url: `/api/v1/${kind}-price-lists?${query}` })).json().items[0].id as string;
    out[`${kind}ListR2D1`] = await list(`locationId=${otherDistrict}`);
    out[`${kind}ListR1D1`] = await list(`locationId=${ownDistrict}`);
    out[`${kind}ListNational`] = await list('national=true');
    out[`${kind}Member`] = (await t.call(admin, { method: 'GET', url: `/api/v1/medical-${kind}s?limit=1` })).json().items[0].id;
  }
  return out;
}
