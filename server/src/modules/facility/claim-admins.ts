import { sql, type SQL } from 'drizzle-orm';
import { Rights } from '../../../../common/rights.ts';
import { queryRows, type Tx } from '../../db/types.ts';
import type { Scope } from '../../platform/auth/principal.ts';
import type { FieldError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import { codeOrNameSearch, registerService, type RegisterQuery } from '../../platform/register/service.ts';
import { districtInScope } from '../location/scope.ts';
import { checkBirthDate, checkClaimAdminLogin } from './rules.ts';
import { claimAdmin } from './tables.ts';

export type ClaimAdmin = Omit<typeof claimAdmin.$inferSelect, 'deletedAt'>;

export interface ClaimAdminInput {
  code: string;
  lastName: string;
  otherNames: string;
  dob?: string | null;
  phone?: string | null;
  email?: string | null;
  healthFacilityId: string;
  userId?: string | null;
}

export const claimAdminRights = {
  search: Rights.claimAdminSearch,
  add: Rights.claimAdminAdd,
  edit: Rights.claimAdminEdit,
  delete: Rights.claimAdminDelete,
};

/** Claim administrators have no location of their own: they are seen through their facility's district. */
function facilityInScope(scope: Scope): SQL | undefined {
  if (scope.all) return undefined;
  return sql`exists (select 1 from health_facility f where f.id = ${claimAdmin.healthFacilityId} and ${districtInScope(scope, sql`f.district_id`)})`;
}

/** The facility and the login an input names, in one query. */
async function validate(ctx: RequestContext, tx: Tx, input: ClaimAdminInput, current: ClaimAdmin | null): Promise<FieldError[]> {
  const scope = ctx.principal.scope;
  const [found] = await queryRows<{ facility: boolean; user_exists: boolean; user_facility: string | null; other_admins: number }>(
    tx,
    sql`select
          exists (select 1 from health_facility f where f.id = ${input.healthFacilityId} and f.deleted_at is null
                  ${scope.all ? sql`` : sql`and ${districtInScope(scope, sql`f.district_id`)}`}) as facility,
          exists (select 1 from app_user u where u.id = ${input.userId ?? null}::uuid and u.deleted_at is null) as user_exists,
          (select u.health_facility_id from app_user u where u.id = ${input.userId ?? null}::uuid and u.deleted_at is null) as user_facility,
          (select count(*)::int from claim_admin a where a.user_id = ${input.userId ?? null}::uuid and a.deleted_at is null
             and a.id is distinct from ${current?.id ?? null}::uuid) as other_admins`,
  );
  const errors: FieldError[] = [];
  if (!found?.facility) errors.push({ field: 'healthFacilityId', code: 'unknown' });
  const user = found?.user_exists ? { healthFacilityId: found.user_facility, otherAdmins: Number(found.other_admins) } : undefined;
  errors.push(...checkClaimAdminLogin(input.userId, input.healthFacilityId, user), ...checkBirthDate(input.dob, ctx.clock.today()));
  return errors;
}

export const claimAdmins = registerService<ClaimAdmin, ClaimAdminInput>({
  entity: 'claim administrator',
  table: claimAdmin,
  auditTables: ['claim_admin'],
  versioned: true,
  sorts: { code: claimAdmin.code, lastName: claimAdmin.lastName },
  defaultSort: 'code',
  // The same expression as the trigram index claim_admin_name_trgm, so that the index serves the search.
  search: codeOrNameSearch(claimAdmin.code, sql`(${claimAdmin.lastName} || ' ' || ${claimAdmin.otherNames})`),
  filters: (query: RegisterQuery) => [
    query.healthFacilityId ? sql`${claimAdmin.healthFacilityId} = ${query.healthFacilityId as string}` : undefined,
    query.districtId
      ? sql`exists (select 1 from health_facility f where f.id = ${claimAdmin.healthFacilityId} and f.district_id = ${query.districtId as string})`
      : undefined,
  ],
  readScope: facilityInScope,
  validate,
  toRow: (input) => ({
    code: input.code,
    lastName: input.lastName,
    otherNames: input.otherNames,
    dob: input.dob ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    healthFacilityId: input.healthFacilityId,
    userId: input.userId ?? null,
  }),
});

/** The register's use cases. */
export const claimAdminService = claimAdmins;
