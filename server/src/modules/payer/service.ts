import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { Rights } from '../../../../common/rights.ts';
import type { Tx } from '../../db/types.ts';
import type { Scope } from '../../platform/auth/principal.ts';
import type { FieldError } from '../../platform/errors.ts';
import { registerService, type RegisterQuery } from '../../platform/register/service.ts';
import { location } from '../location/tables.ts';
import { registerLocationUsage } from '../location/usage.ts';
import type { PayerType } from './rules.ts';
import { payer } from './tables.ts';

export type Payer = Omit<typeof payer.$inferSelect, 'deletedAt' | 'type'> & { type: PayerType };

export interface PayerInput {
  type: PayerType;
  name: string;
  address?: string | null;
  locationId?: string | null;
  phone?: string | null;
  fax?: string | null;
  email?: string | null;
}

export interface PayerQuery extends RegisterQuery {
  type?: PayerType;
  locationId?: string;
}

export const payerRights = { search: Rights.payerSearch, add: Rights.payerAdd, edit: Rights.payerEdit, delete: Rights.payerDelete };

/**
 * Reading: national payers are everyone's; a regional or district payer is read by those who can
 * read its location (a district user reads the payers of the regions above their districts too).
 */
function readablePayers(scope: Scope) {
  if (scope.all) return undefined;
  const locations = [...scope.districtIds, ...scope.regionIds];
  return locations.length ? or(isNull(payer.locationId), inArray(payer.locationId, locations)) : isNull(payer.locationId);
}

/** Changing: national and regional payers need all districts; a district user keeps the payers of their districts. */
function mayChangeAt(scope: Scope, locationId: string | null): boolean {
  return scope.all || (locationId !== null && scope.districtIds.includes(locationId));
}

async function locationErrors(scope: Scope, tx: Tx, locationId: string | null): Promise<FieldError[]> {
  if (locationId === null) return mayChangeAt(scope, null) ? [] : [{ field: 'locationId', code: 'payer-location-needs-all' }];
  const rows = await tx
    .select({ id: location.id, type: location.type, districtId: location.districtId })
    .from(location)
    .where(and(eq(location.id, locationId), isNull(location.deletedAt)));
  const row = rows[0];
  // A location the caller cannot read is reported like a missing one.
  const readable =
    row && (scope.all || (row.type === 'R' ? scope.regionIds.includes(row.id) : row.districtId !== null && scope.districtIds.includes(row.districtId)));
  if (!row || !readable) return [{ field: 'locationId', code: 'unknown' }];
  if (row.type !== 'R' && row.type !== 'D') return [{ field: 'locationId', code: 'region-or-district' }];
  if (!mayChangeAt(scope, row.id)) return [{ field: 'locationId', code: 'payer-location-needs-all' }];
  return [];
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

/** Payers (domain.md 1.16) on the shared register layer. */
export const payers = registerService<Payer, PayerInput>({
  entity: 'payer',
  table: payer,
  auditTables: ['payer'],
  versioned: true,
  sorts: { name: payer.name, type: payer.type },
  defaultSort: 'name',
  // Payers have no code: part of the name, or a similar name (trigram index payer_name_trgm).
  search: (q) => or(sql`${payer.name} ilike ${'%' + escapeLike(q) + '%'}`, sql`${payer.name} % ${q}`),
  filters: (raw) => {
    const query = raw as PayerQuery;
    return [query.type ? eq(payer.type, query.type) : undefined, query.locationId ? eq(payer.locationId, query.locationId) : undefined];
  },
  readScope: readablePayers,
  writable: (ctx, row) => mayChangeAt(ctx.principal.scope, row.locationId),
  validate: (ctx, tx, input) => locationErrors(ctx.principal.scope, tx, input.locationId ?? null),
  toRow: (input) => ({
    type: input.type,
    name: input.name,
    address: input.address ?? null,
    locationId: input.locationId ?? null,
    phone: input.phone ?? null,
    fax: input.fax ?? null,
    email: input.email ?? null,
  }),
});

// A region or district with a live payer is not deleted.
registerLocationUsage('payers', async (tx, locationIds) => {
  const rows = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(payer)
    .where(and(isNull(payer.deletedAt), inArray(payer.locationId, locationIds)));
  return Number(rows[0]?.n ?? 0);
});
