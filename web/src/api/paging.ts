import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';

/** One page of a Kinga list (cursor paging; `total` only when asked for). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

export interface PageRequest {
  cursor: string | null;
  /** Ask for the total count: done on the first page only, counting is not free. */
  withTotal: boolean;
  signal: AbortSignal;
}

/** Cursor-paged list with "load more": the pages fetched so far, flattened, and the total. */
export function usePagedList<T>(queryKey: QueryKey, fetchPage: (request: PageRequest) => Promise<Page<T>>, options: { enabled?: boolean } = {}) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage({ cursor: pageParam, withTotal: pageParam === null, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages[0]?.total;
  return { ...query, items, total };
}
