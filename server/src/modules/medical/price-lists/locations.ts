import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../db/types.ts';
import type { Scope } from '../../../platform/auth/principal.ts';
import { readableLocations } from '../../location/scope.ts';

export interface PlaceOfList {
  id: string;
  code: string;
  name: string;
  type: string;
}

/**
 * Live locations by id, as the user may read them (all when no scope is given). The location service
 * reads only outside a transaction (its functions take a request context), and a price list is
 * checked and answered inside one, so this reads the location table through the handle, with the
 * location module's own scope filter.
 */
export async function locationsOf(executor: Executor, ids: string[], scope?: Scope): Promise<Map<string, PlaceOfList>> {
  if (!ids.length) return new Map();
  const inScope = scope ? readableLocations(scope) : undefined;
  const rows = await queryRows<PlaceOfList>(
    executor,
    sql`select id, code, name, type from location
        where deleted_at is null and id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})${inScope ? sql` and ${inScope}` : sql``}`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}
