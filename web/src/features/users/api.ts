import { api } from '../../api/client.ts';
import type { Page } from '../../api/paging.ts';

export interface User {
  id: string;
  login: string;
  lastName: string;
  otherNames: string;
  language: string;
  calendar: string;
  phone: string | null;
  email: string | null;
  allDistricts: boolean;
  healthFacilityId: string | null;
  locked: boolean;
  roleIds: string[];
  districtIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface UserBody {
  login: string;
  lastName: string;
  otherNames: string;
  language: string;
  calendar: string;
  phone: string | null;
  email: string | null;
  password?: string;
  roleIds: string[];
  districtIds: string[];
  allDistricts: boolean;
  healthFacilityId: string | null;
}

export const usersApi = {
  list: (query: { q?: string; roleId?: string | null; districtId?: string | null; cursor: string | null; total?: boolean }, signal?: AbortSignal) =>
    api<Page<User>>('/users', { query: { sort: 'login', limit: 50, ...query }, ...(signal ? { signal } : {}) }),
  get: (id: string) => api<User>(`/users/${id}`),
  create: (body: UserBody) => api<User>('/users', { method: 'POST', body }),
  update: (id: string, version: number, body: UserBody) => api<User>(`/users/${id}`, { method: 'PUT', body, version }),
  remove: (id: string, version: number) => api<void>(`/users/${id}`, { method: 'DELETE', version }),
  unlock: (id: string) => api<User>(`/users/${id}/unlock`, { method: 'POST' }),
};
