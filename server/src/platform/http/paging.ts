import { and, asc, desc, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { invalidField } from '../errors.ts';

/** A resolved sort: one column plus the id as tie-breaker, so that keyset paging is stable. */
export interface Sort {
  key: string;
  column: AnyPgColumn | SQL;
  id: AnyPgColumn;
  descending: boolean;
}

/** `sort=name` or `sort=-name`; only the listed keys are allowed. */
export function parseSort(raw: string | undefined, allowed: Record<string, AnyPgColumn | SQL>, fallback: string, id: AnyPgColumn): Sort {
  const text = raw ?? fallback;
  const descending = text.startsWith('-');
  const key = descending ? text.slice(1) : text;
  const column = allowed[key];
  if (!column)
    throw invalidField('sort', 'enum', {
      allowed: Object.keys(allowed)
        .flatMap((k) => [k, `-${k}`])
        .join(', '),
    });
  return { key, column, id, descending };
}

interface CursorData {
  k: string;
  v: unknown;
  id: string;
}

export function encodeCursor(sort: Sort, value: unknown, id: string): string {
  return Buffer.from(JSON.stringify({ k: sort.key + (sort.descending ? '-' : ''), v: value, id } satisfies CursorData)).toString('base64url');
}

function decodeCursor(sort: Sort, cursor: string): CursorData {
  try {
    const data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorData;
    if (data.k !== sort.key + (sort.descending ? '-' : '') || typeof data.id !== 'string') throw new Error('other list');
    return data;
  } catch {
    throw invalidField('cursor', 'cursor');
  }
}

/** The WHERE part that starts a page after the cursor: a row comparison on (sort column, id). */
export function afterCursor(sort: Sort, cursor: string | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const data = decodeCursor(sort, cursor);
  return sort.descending ? sql`(${sort.column}, ${sort.id}) < (${data.v}, ${data.id})` : sql`(${sort.column}, ${sort.id}) > (${data.v}, ${data.id})`;
}

export function orderFor(sort: Sort): SQL[] {
  return sort.descending ? [desc(sort.column as AnyPgColumn), desc(sort.id)] : [asc(sort.column as AnyPgColumn), asc(sort.id)];
}

/** Rows were fetched with limit + 1: cut the extra one off and make the next cursor from the last row. */
export function pageFrom<T>(
  rows: T[],
  limit: number,
  sort: Sort,
  keyOf: (row: T) => { value: unknown; id: string },
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  if (rows.length <= limit || !last) return { items, nextCursor: null };
  const key = keyOf(last);
  return { items, nextCursor: encodeCursor(sort, key.value, key.id) };
}

export const allOf = (...conditions: (SQL | undefined)[]): SQL | undefined => and(...conditions.filter((c): c is SQL => c !== undefined));
