import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/types.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { location } from '../location/tables.ts';
import { type appUser, role, roleRight, userDistrict, userRole } from './tables.ts';

/** Builds a user's principal: rights from unblocked live roles, districts and the regions above them. */
export async function loadPrincipal(executor: Executor, user: typeof appUser.$inferSelect): Promise<Principal> {
  const [rights, districts] = await Promise.all([
    executor
      .selectDistinct({ right: roleRight.rightId })
      .from(userRole)
      .innerJoin(role, and(eq(role.id, userRole.roleId), isNull(role.deletedAt), eq(role.isBlocked, false)))
      .innerJoin(roleRight, eq(roleRight.roleId, role.id))
      .where(eq(userRole.userId, user.id)),
    executor
      .select({ id: location.id, regionId: location.regionId })
      .from(userDistrict)
      .innerJoin(location, and(eq(location.id, userDistrict.locationId), isNull(location.deletedAt), eq(location.type, sql`'D'`)))
      .where(eq(userDistrict.userId, user.id)),
  ]);
  return {
    userId: user.id,
    login: user.login,
    language: user.language,
    calendar: user.calendar,
    rights: new Set(rights.map((r) => r.right)),
    scope: {
      all: user.allDistricts,
      districtIds: districts.map((d) => d.id),
      regionIds: [...new Set(districts.map((d) => d.regionId).filter((r): r is string => r !== null))],
      healthFacilityId: user.healthFacilityId,
    },
  };
}
