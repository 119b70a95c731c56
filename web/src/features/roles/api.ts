import { api } from '../../api/client.ts';
import type { Page } from '../../api/paging.ts';

export interface Role {
  id: string;
  name: string;
  altLanguage: string | null;
  /** openIMIS system-role bit code; 0 for a custom role. */
  isSystem: number;
  isBlocked: boolean;
  rights: number[];
  userCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface RoleBody {
  name: string;
  altLanguage: string | null;
  isBlocked: boolean;
  rights: number[];
}

export const rolesApi = {
  list: (query: { q?: string; system?: boolean; cursor: string | null; total?: boolean; limit?: number }, signal?: AbortSignal) =>
    api<Page<Role>>('/roles', { query: { sort: 'name', limit: 50, ...query }, ...(signal ? { signal } : {}) }),
  get: (id: string) => api<Role>(`/roles/${id}`),
  create: (body: RoleBody) => api<Role>('/roles', { method: 'POST', body }),
  update: (id: string, version: number, body: RoleBody) => api<Role>(`/roles/${id}`, { method: 'PUT', body, version }),
  remove: (id: string, version: number) => api<void>(`/roles/${id}`, { method: 'DELETE', version }),
  duplicate: (id: string, name: string) => api<Role>(`/roles/${id}/duplicate`, { method: 'POST', body: { name } }),
};

/** Every role, for pickers (a scheme has tens of roles, not thousands). */
export async function allRoles(): Promise<Role[]> {
  const out: Role[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Role> = await rolesApi.list({ cursor, limit: 200 });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
