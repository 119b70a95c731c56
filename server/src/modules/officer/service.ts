import { and, asc, eq, exists, gte, inArray, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { Rights } from '../../../../common/rights.ts';
import { queryRows, type Tx } from '../../db/types.ts';
import type { Scope } from '../../platform/auth/principal.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { FieldError } from '../../platform/errors.ts';
import { codeOrNameSearch, registerService, type RegisterQuery } from '../../platform/register/service.ts';
import { districtInScope } from '../location/scope.ts';
import { location } from '../location/tables.ts';
import { registerLocationUsage } from '../location/usage.ts';
import { appUser, userDistrict } from '../user/tables.ts';
import { villagesAsAt } from './as-at.ts';
import { birthDateErrors, substituteErrors } from './rules.ts';
import { enrolmentOfficer, officerVillage } from './tables.ts';

export type Officer = Omit<typeof enrolmentOfficer.$inferSelect, 'deletedAt'> & { villageIds: string[] };

export interface OfficerInput {
  code: string;
  lastName: string;
  otherNames: string;
  dob?: string | null;
  phone?: string | null;
  email?: string | null;
  districtId: string;
  substituteId?: string | null;
  worksTo?: string | null;
  veoCode?: string | null;
  veoLastName?: string | null;
  veoOtherNames?: string | null;
  veoDob?: string | null;
  veoPhone?: string | null;
  phoneCommunication?: boolean;
  permanentAddress?: string | null;
  userId?: string | null;
  villageIds?: string[];
}

export interface OfficerQuery extends RegisterQuery {
  districtId?: string;
  villageId?: string;
  active?: boolean;
}

export const officerRights = { search: Rights.officerSearch, add: Rights.officerAdd, edit: Rights.officerEdit, delete: Rights.officerDelete };

/** Can the scope read this location? Its districts' subtrees and the regions above them (as the location module). */
function locationReadable(scope: Scope, row: { id: string; type: string; districtId: string | null }): boolean {
  if (scope.all) return true;
  if (row.type === 'R') return scope.regionIds.includes(row.id);
  return row.districtId !== null && scope.districtIds.includes(row.districtId);
}

/** The district and the villages of an input, checked with one query. Out of scope reads as unknown (existence is not revealed). */
async function locationErrors(ctx: RequestContext, tx: Tx, input: OfficerInput): Promise<FieldError[]> {
  const villageIds = input.villageIds ?? [];
  const rows = await tx
    .select({ id: location.id, type: location.type, districtId: location.districtId })
    .from(location)
    .where(and(inArray(location.id, [input.districtId, ...villageIds]), isNull(location.deletedAt)));
  const found = new Map(rows.filter((r) => locationReadable(ctx.principal.scope, r)).map((r) => [r.id, r]));
  const errors: FieldError[] = [];
  const district = found.get(input.districtId);
  if (!district) errors.push({ field: 'districtId', code: 'unknown' });
  else if (district.type !== 'D') errors.push({ field: 'districtId', code: 'district-not-district' });
  villageIds.forEach((id, i) => {
    const village = found.get(id);
    const field = `villageIds.${i}`;
    if (!village) errors.push({ field, code: 'unknown' });
    else if (village.type !== 'V') errors.push({ field, code: 'village-not-village' });
    else if (village.districtId !== input.districtId) errors.push({ field, code: 'officer-village-district' });
  });
  return errors;
}

/**
 * The substitute must be a live officer the caller can see; its chain of substitutes is read with
 * one recursive query (the path array stops at circles already in the data) to refuse a new circle.
 */
async function substitutionErrors(ctx: RequestContext, tx: Tx, input: OfficerInput, current: Officer | null): Promise<FieldError[]> {
  if (!input.substituteId) return [];
  const chain = await queryRows<{ id: string; code: string; district_id: string; live: boolean }>(
    tx,
    sql`with recursive chain as (
          select o.id, o.code, o.district_id, o.deleted_at, o.substitute_id, 1 as depth, array[o.id] as path
          from enrolment_officer o where o.id = ${input.substituteId}
          union all
          select o.id, o.code, o.district_id, o.deleted_at, o.substitute_id, c.depth + 1, c.path || o.id
          from enrolment_officer o join chain c on o.id = c.substitute_id
          where not o.id = any(c.path)
        )
        select id, code, district_id, deleted_at is null as live from chain order by depth`,
  );
  const substitute = chain[0];
  const scope = ctx.principal.scope;
  if (!substitute || !substitute.live || !(scope.all || scope.districtIds.includes(substitute.district_id))) {
    return [{ field: 'substituteId', code: 'unknown' }];
  }
  return substituteErrors(current?.id ?? null, input.substituteId, chain);
}

/** A linked login must be a live user the caller may see (users sharing one of their districts). */
async function userErrors(ctx: RequestContext, tx: Tx, userId: string | null | undefined): Promise<FieldError[]> {
  if (!userId) return [];
  const scope = ctx.principal.scope;
  const visible = scope.all
    ? undefined
    : scope.districtIds.length
      ? and(
          eq(appUser.allDistricts, false),
          exists(
            tx
              .select({ one: sql`1` })
              .from(userDistrict)
              .where(and(eq(userDistrict.userId, appUser.id), inArray(userDistrict.locationId, scope.districtIds))),
          ),
        )
      : eq(appUser.id, ctx.principal.userId);
  const found = await tx
    .select({ id: appUser.id })
    .from(appUser)
    .where(and(eq(appUser.id, userId), isNull(appUser.deletedAt), visible));
  return found.length ? [] : [{ field: 'userId', code: 'unknown' }];
}

/** Active on a day: the engagement has no end or ends on or after it. */
function activeFilter(active: boolean | undefined, today: string): SQL | undefined {
  if (active === undefined) return undefined;
  return active ? or(isNull(enrolmentOfficer.worksTo), gte(enrolmentOfficer.worksTo, today)) : lt(enrolmentOfficer.worksTo, today);
}

const base = registerService<Officer, OfficerInput>({
  entity: 'enrolment officer',
  table: enrolmentOfficer,
  // Villages served are audited under the officer's id, so adding or removing one shows in its history.
  auditTables: ['enrolment_officer', 'officer_village'],
  versioned: true,
  sorts: { code: enrolmentOfficer.code, lastName: enrolmentOfficer.lastName },
  defaultSort: 'code',
  // The same expression as the trigram index enrolment_officer_name_trgm, so that the index serves it.
  search: codeOrNameSearch(enrolmentOfficer.code, sql`(${enrolmentOfficer.lastName} || ' ' || ${enrolmentOfficer.otherNames})`),
  filters: (raw) => {
    const query = raw as OfficerQuery;
    return [
      query.districtId ? eq(enrolmentOfficer.districtId, query.districtId) : undefined,
      query.villageId ? sql`${enrolmentOfficer.id} in (select ov.officer_id from officer_village ov where ov.village_id = ${query.villageId})` : undefined,
      activeFilter(query.active, query.today as string),
    ];
  },
  readScope: (scope) => districtInScope(scope, enrolmentOfficer.districtId),
  async validate(ctx, tx, input, current) {
    return [
      ...(await locationErrors(ctx, tx, input)),
      ...(await substitutionErrors(ctx, tx, input, current)),
      ...(await userErrors(ctx, tx, input.userId)),
      ...birthDateErrors(input, ctx.clock.today()),
    ];
  },
  toRow: (input) => ({
    code: input.code,
    lastName: input.lastName,
    otherNames: input.otherNames,
    dob: input.dob ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    districtId: input.districtId,
    substituteId: input.substituteId ?? null,
    worksTo: input.worksTo ?? null,
    veoCode: input.veoCode ?? null,
    veoLastName: input.veoLastName ?? null,
    veoOtherNames: input.veoOtherNames ?? null,
    veoDob: input.veoDob ?? null,
    veoPhone: input.veoPhone ?? null,
    phoneCommunication: input.phoneCommunication ?? false,
    permanentAddress: input.permanentAddress ?? null,
    userId: input.userId ?? null,
  }),
  async writeLinks(tx, id, input) {
    // Only the villages that really change are deleted or inserted, so the history shows exactly those.
    const villageIds = [...new Set(input.villageIds ?? [])];
    await tx
      .delete(officerVillage)
      .where(and(eq(officerVillage.officerId, id), villageIds.length ? notInArray(officerVillage.villageId, villageIds) : undefined));
    if (villageIds.length) {
      await tx
        .insert(officerVillage)
        .values(villageIds.map((villageId) => ({ officerId: id, villageId })))
        .onConflictDoNothing();
    }
  },
  async withLinks(executor, rows) {
    const links = await executor
      .select({ officerId: officerVillage.officerId, villageId: officerVillage.villageId })
      .from(officerVillage)
      .innerJoin(location, eq(location.id, officerVillage.villageId))
      .where(
        inArray(
          officerVillage.officerId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(location.code));
    return rows.map((r) => ({ ...r, villageIds: links.filter((l) => l.officerId === r.id).map((l) => l.villageId) }));
  },
  linksAsAt: async (executor, row, day) => ({ ...row, villageIds: await villagesAsAt(executor, row.id, day) }),
  async usage(tx, id) {
    const substituted = await tx
      .select({ code: enrolmentOfficer.code })
      .from(enrolmentOfficer)
      .where(and(eq(enrolmentOfficer.substituteId, id), isNull(enrolmentOfficer.deletedAt)))
      .orderBy(asc(enrolmentOfficer.code));
    return substituted.length
      ? [{ what: `enrolment officer(s) having it as substitute: ${substituted.map((s) => s.code).join(', ')}`, count: substituted.length }]
      : [];
  },
});

/** Enrolment officers (domain.md 1.7) on the shared register layer, with the villages they serve. */
export const officers = {
  ...base,
  /** Lists need "today" for the active filter; it comes from the platform clock, never the database's. */
  list: (ctx: RequestContext, query: RegisterQuery) => base.list(ctx, { ...query, today: ctx.clock.today() }),
};

// A district or village still holding a live officer (as its district or a village served) is not deleted.
registerLocationUsage('enrolment officers', async (tx, locationIds) => {
  const served = tx.select({ id: officerVillage.officerId }).from(officerVillage).where(inArray(officerVillage.villageId, locationIds));
  const rows = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(enrolmentOfficer)
    .where(and(isNull(enrolmentOfficer.deletedAt), or(inArray(enrolmentOfficer.districtId, locationIds), inArray(enrolmentOfficer.id, served))));
  return Number(rows[0]?.n ?? 0);
});
