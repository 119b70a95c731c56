import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from '../../platform/auth/principal.ts';
import { location } from './tables.ts';

/** SQL filter: the locations a scope may read (its districts' subtrees and the regions above them). */
export function readableLocations(scope: Scope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.districtIds.length) parts.push(inArray(location.districtId, scope.districtIds));
  if (scope.regionIds.length) parts.push(sql`(${location.type} = 'R' and ${inArray(location.id, scope.regionIds)})`);
  return parts.length ? or(...parts) : sql`false`;
}

/**
 * For other modules: a filter on any column that holds a district id. Records tied to a village or
 * a district are scoped through the district id of their location.
 */
export function districtInScope(scope: Scope, districtColumn: SQL | AnyPgColumn): SQL | undefined {
  if (scope.all) return undefined;
  if (!scope.districtIds.length) return sql`false`;
  return inArray(districtColumn as never, scope.districtIds);
}
