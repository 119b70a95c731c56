import { useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';

/** Who is logged in (GET /auth/me). */
export interface Me {
  userId: string;
  login: string;
  lastName: string;
  otherNames: string;
  language: string;
  calendar: string;
  rights: number[];
  scope: { all: boolean; districtIds: string[]; regionIds: string[]; healthFacilityId: string | null };
}

export const meQuery = { queryKey: ['me'] as const, queryFn: () => api<Me>('/auth/me'), staleTime: 5 * 60_000 };

export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}

/** `can(121901)`: does the logged-in user hold this right? */
export function useCan(): (right: number) => boolean {
  const me = useMe();
  return (right) => me.rights.includes(right);
}
