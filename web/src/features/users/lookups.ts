import { useQuery } from '@tanstack/react-query';
import { allDistricts } from '../locations/api.ts';
import { allRoles } from '../roles/api.ts';

/** All roles and districts, for pickers and for naming ids in lists and history. */
export function useRoleAndDistrictLookups() {
  const roles = useQuery({ queryKey: ['roles', 'all'], queryFn: allRoles, staleTime: 60_000 });
  const districts = useQuery({ queryKey: ['locations', 'districts'], queryFn: allDistricts, staleTime: 60_000 });
  const roleName = new Map((roles.data ?? []).map((r) => [r.id, r.name]));
  const districtName = new Map((districts.data ?? []).map((d) => [d.id, `${d.name} (${d.code})`]));
  return { roles, districts, roleName, districtName };
}
