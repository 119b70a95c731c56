import { api } from '../../api/client.ts';
import type { Page } from '../../api/paging.ts';

export type LocationType = 'R' | 'D' | 'W' | 'V';

export interface Location {
  id: string;
  code: string;
  name: string;
  type: LocationType;
  parentId: string | null;
  regionId: string | null;
  districtId: string | null;
  malePopulation: number | null;
  femalePopulation: number | null;
  otherPopulation: number | null;
  families: number | null;
  childCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const locationTypes: readonly LocationType[] = ['R', 'D', 'W', 'V'];

/** The type a location's children have (region → district → ward → village). */
export const childTypeOf: Record<LocationType, LocationType | null> = { R: 'D', D: 'W', W: 'V', V: null };
export const parentTypeOf: Record<LocationType, LocationType | null> = { R: null, D: 'R', W: 'D', V: 'W' };

export interface LocationFields {
  code: string;
  name: string;
  malePopulation: number | null;
  femalePopulation: number | null;
  otherPopulation: number | null;
  families: number | null;
}

export const locationsApi = {
  children: (parentId: string | null, cursor: string | null, withTotal: boolean, signal?: AbortSignal) =>
    api<Page<Location>>('/locations', {
      query: { ...(parentId ? { parentId } : { roots: true }), sort: 'name', limit: 100, cursor, total: withTotal || undefined },
      ...(signal ? { signal } : {}),
    }),
  search: (query: { q?: string; type?: LocationType | null; limit?: number; cursor?: string | null; total?: boolean }, signal?: AbortSignal) =>
    api<Page<Location>>('/locations', { query: { sort: 'name', limit: 50, ...query }, ...(signal ? { signal } : {}) }),
  get: (id: string) => api<Location>(`/locations/${id}`),
  path: (id: string) => api<Location[]>(`/locations/${id}/path`),
  create: (body: LocationFields & { type: LocationType; parentId: string | null }) => api<Location>('/locations', { method: 'POST', body }),
  update: (id: string, version: number, body: Partial<LocationFields>) => api<Location>(`/locations/${id}`, { method: 'PATCH', body, version }),
  move: (id: string, version: number, parentId: string) => api<Location>(`/locations/${id}/move`, { method: 'POST', body: { parentId }, version }),
  remove: (id: string, version: number) => api<void>(`/locations/${id}`, { method: 'DELETE', version }),
};

/** Every district the user may see, for pickers (a country has a few hundred at most). */
export async function allDistricts(): Promise<Location[]> {
  const out: Location[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Location> = await api<Page<Location>>('/locations', { query: { type: 'D', sort: 'name', limit: 200, cursor } });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
