import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { Rights } from '../../../../common/rights.ts';
import { queryRows, type Tx } from '../../db/types.ts';
import type { Scope } from '../../platform/auth/principal.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { FieldError } from '../../platform/errors.ts';
import { codeOrNameSearch, registerService, type RegisterQuery } from '../../platform/register/service.ts';
import { districtInScope } from '../location/scope.ts';
import { location } from '../location/tables.ts';
import { registerLocationUsage } from '../location/usage.ts';
import { itemPriceListUsage, servicePriceListUsage } from '../medical/usage.ts';
import { catchmentAsAt, catchmentOf, writeCatchment, type CatchmentView } from './catchment.ts';
import {
  checkCatchment,
  checkContractDates,
  checkDistrict,
  checkPriceLists,
  inDistricts,
  type CareType,
  type CatchmentEntry,
  type FacilityStatus,
  type LegalForm,
  type Level,
  type PlaceRef,
  type Sublevel,
} from './rules.ts';
import { healthFacility } from './tables.ts';

export type HealthFacility = Omit<typeof healthFacility.$inferSelect, 'deletedAt'> & { catchment: CatchmentView[] };

export interface HealthFacilityInput {
  code: string;
  name: string;
  accCode?: string | null;
  legalForm: LegalForm;
  level: Level;
  sublevel?: Sublevel | null;
  careType: CareType;
  districtId: string;
  address?: string | null;
  phone?: string | null;
  fax?: string | null;
  email?: string | null;
  offline?: boolean;
  contractStartDate?: string | null;
  contractEndDate?: string | null;
  status?: FacilityStatus;
  itemPriceListId?: string | null;
  servicePriceListId?: string | null;
  catchment?: CatchmentEntry[];
}

export const healthFacilityRights = {
  search: Rights.healthFacilitySearch,
  add: Rights.healthFacilityAdd,
  edit: Rights.healthFacilityEdit,
  delete: Rights.healthFacilityDelete,
};

/**
 * The district and catchment villages an input names, in one query. The location module has no
 * set-based lookup in its service yet, so its table is read here (as the user module does).
 */
async function placesOf(tx: Tx, ids: string[]): Promise<Map<string, PlaceRef>> {
  const rows = await tx
    .select({ id: location.id, type: location.type, regionId: location.regionId, districtId: location.districtId })
    .from(location)
    .where(and(inArray(location.id, ids), isNull(location.deletedAt)));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The live price lists an input names, with the location each was made for. Read from the medical
 * module's tables directly: its price-list service is being written in parallel.
 */
async function priceListsOf(tx: Tx, itemListId: string | null | undefined, serviceListId: string | null | undefined) {
  const found = { items: new Map<string, string | null>(), services: new Map<string, string | null>() };
  if (!itemListId && !serviceListId) return found;
  const rows = await queryRows<{ kind: 'I' | 'S'; id: string; location_id: string | null }>(
    tx,
    sql`select 'I' as kind, id, location_id from item_price_list where id = ${itemListId ?? null}::uuid and deleted_at is null
        union all
        select 'S', id, location_id from service_price_list where id = ${serviceListId ?? null}::uuid and deleted_at is null`,
  );
  for (const r of rows) (r.kind === 'I' ? found.items : found.services).set(r.id, r.location_id);
  return found;
}

async function validate(ctx: RequestContext, tx: Tx, input: HealthFacilityInput): Promise<FieldError[]> {
  const catchment = input.catchment ?? [];
  const places = await placesOf(tx, [input.districtId, ...catchment.map((c) => c.villageId)]);
  const district = places.get(input.districtId);
  const districtErrors = checkDistrict(ctx.principal.scope, district);
  // Price lists are judged against the facility's area only once that area is known to be right.
  const area = district && !districtErrors.length ? { districtId: district.id, regionId: district.regionId } : null;
  const lists = await priceListsOf(tx, input.itemPriceListId, input.servicePriceListId);
  return [
    ...districtErrors,
    ...checkContractDates(input.contractStartDate, input.contractEndDate),
    ...checkPriceLists(input, lists, area),
    ...checkCatchment(ctx.principal.scope, catchment, places),
  ];
}

// Facilities are seen in their district (domain 5.8); facility staff will get their own facility here.
const readScope = (scope: Scope) => districtInScope(scope, healthFacility.districtId);

export const healthFacilities = registerService<HealthFacility, HealthFacilityInput>({
  entity: 'health facility',
  table: healthFacility,
  auditTables: ['health_facility', 'facility_catchment'],
  versioned: true,
  sorts: { code: healthFacility.code, name: healthFacility.name },
  defaultSort: 'code',
  search: codeOrNameSearch(healthFacility.code, healthFacility.name),
  filters: (query: RegisterQuery) => [
    query.districtId ? eq(healthFacility.districtId, query.districtId as string) : undefined,
    query.regionId
      ? sql`${healthFacility.districtId} in (select ${location.id} from ${location} where ${location.regionId} = ${query.regionId as string})`
      : undefined,
    query.level ? eq(healthFacility.level, query.level as string) : undefined,
    query.careType ? eq(healthFacility.careType, query.careType as string) : undefined,
    query.status ? eq(healthFacility.status, query.status as string) : undefined,
    query.legalForm ? eq(healthFacility.legalForm, query.legalForm as string) : undefined,
  ],
  readScope,
  validate,
  // Writes stay with the district's users even once facility staff may read their facility.
  writable: (ctx, row) => inDistricts(ctx.principal.scope, row.districtId),
  toRow: ({ catchment: _catchment, ...input }) => ({
    ...input,
    accCode: input.accCode ?? null,
    sublevel: input.sublevel ?? null,
    address: input.address ?? null,
    phone: input.phone ?? null,
    fax: input.fax ?? null,
    email: input.email ?? null,
    offline: input.offline ?? false,
    contractStartDate: input.contractStartDate ?? null,
    contractEndDate: input.contractEndDate ?? null,
    status: input.status ?? 'AC',
    itemPriceListId: input.itemPriceListId ?? null,
    servicePriceListId: input.servicePriceListId ?? null,
  }),
  writeLinks: (tx, id, input) => writeCatchment(tx, id, input.catchment ?? []),
  withLinks: async (executor, rows) => {
    const catchment = await catchmentOf(
      executor,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({ ...r, catchment: catchment.get(r.id) ?? [] }));
  },
  linksAsAt: async (executor, row, day) => ({ ...row, catchment: await catchmentAsAt(executor, row.id, day) }),
  usage: async (tx, id) => {
    // Claim administrators claim for the facility and facility users log in for it (domain 1.6, 1.18).
    const [counts] = await queryRows<{ admins: number; users: number }>(
      tx,
      sql`select (select count(*)::int from claim_admin where health_facility_id = ${id} and deleted_at is null) as admins,
                 (select count(*)::int from app_user where health_facility_id = ${id} and deleted_at is null) as users`,
    );
    return [
      { what: 'claim administrators', count: Number(counts?.admins ?? 0) },
      { what: 'facility users', count: Number(counts?.users ?? 0) },
    ].filter((u) => u.count > 0);
  },
});

/** The register's use cases ("as at" also rebuilds the catchment of that day). */
export const facilityService = healthFacilities;

// A district or village cannot be deleted while a live facility sits in it or serves it (catchment).
registerLocationUsage('health facilities', async (tx, locationIds) => {
  const rows = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(healthFacility)
    .where(
      and(
        isNull(healthFacility.deletedAt),
        or(
          inArray(healthFacility.districtId, locationIds),
          sql`exists (select 1 from facility_catchment c where c.health_facility_id = ${healthFacility.id} and ${inArray(sql`c.village_id`, locationIds)})`,
        ),
      ),
    );
  return Number(rows[0]?.n ?? 0);
});

// A price list cannot be deleted while a live facility claims against it (domain 1.5); the refusal names the facilities.
const facilitiesUsing = (column: AnyPgColumn) => async (tx: Tx, listIds: string[]) =>
  (
    await tx
      .select({ code: healthFacility.code })
      .from(healthFacility)
      .where(and(isNull(healthFacility.deletedAt), inArray(column, listIds)))
      .orderBy(healthFacility.code)
  ).map((r) => r.code);
itemPriceListUsage.register('health facilities', facilitiesUsing(healthFacility.itemPriceListId));
servicePriceListUsage.register('health facilities', facilitiesUsing(healthFacility.servicePriceListId));
