import { and, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import { Rights } from '../../../../common/rights.ts';
import { queryRows, type Executor, type Tx } from '../../db/types.ts';
import { withTransaction } from '../../db/transaction.ts';
import { uuidv7 } from '../../db/columns.ts';
import { AppError, notFound, staleVersion } from '../../platform/errors.ts';
import { actorOf, type RequestContext } from '../../platform/context.ts';
import { historyOf } from '../../platform/audit/history.ts';
import { afterCursor, allOf, orderFor, pageFrom, parseSort } from '../../platform/http/paging.ts';
import { ancestryOf, canRead, canWrite, checkParent, type LocationType, type TreeNode } from './rules.ts';
import { readableLocations } from './scope.ts';
import { location } from './tables.ts';
import { locationUsage } from './usage.ts';

export type LocationRow = typeof location.$inferSelect;

export interface LocationInput {
  code: string;
  name: string;
  type: LocationType;
  parentId: string | null;
  malePopulation?: number | null;
  femalePopulation?: number | null;
  otherPopulation?: number | null;
  families?: number | null;
}

export interface LocationQuery {
  q?: string;
  type?: LocationType;
  parentId?: string;
  roots?: boolean;
  sort?: string;
  limit?: number;
  cursor?: string;
  total?: boolean;
}

// Written out in full: drizzle renders a lone column without its table, which would bind to the inner alias.
const childCount = sql<number>`(select count(*)::int from location c where c.parent_id = location.id and c.deleted_at is null)`.as('child_count');

const columns = {
  id: location.id,
  code: location.code,
  name: location.name,
  type: location.type,
  parentId: location.parentId,
  regionId: location.regionId,
  districtId: location.districtId,
  malePopulation: location.malePopulation,
  femalePopulation: location.femalePopulation,
  otherPopulation: location.otherPopulation,
  families: location.families,
  version: location.version,
  createdAt: location.createdAt,
  updatedAt: location.updatedAt,
};

export type LocationView = Omit<LocationRow, 'deletedAt' | 'type'> & { type: LocationType; childCount: number };

/** Lists locations the caller may read: search by code prefix or name (trigram similarity), by type or parent. */
export async function listLocations(ctx: RequestContext, query: LocationQuery) {
  const sort = parseSort(query.sort, { code: location.code, name: location.name, type: location.type }, 'code', location.id);
  const limit = query.limit ?? 50;
  const q = query.q?.trim();
  const search = q
    ? or(
        ilike(location.code, `${q.replace(/[%_\\]/g, '\\$&')}%`),
        sql`${location.name} ilike ${'%' + q.replace(/[%_\\]/g, '\\$&') + '%'}`,
        sql`${location.name} % ${q}`,
      )
    : undefined;
  const filter = allOf(
    isNull(location.deletedAt),
    readableLocations(ctx.principal.scope),
    search,
    query.type ? eq(location.type, query.type) : undefined,
    query.parentId ? eq(location.parentId, query.parentId) : undefined,
    query.roots ? isNull(location.parentId) : undefined,
  );
  const db = ctx.database.db;
  const rows = await db
    .select({ ...columns, childCount })
    .from(location)
    .where(allOf(filter, afterCursor(sort, query.cursor)))
    .orderBy(...orderFor(sort))
    .limit(limit + 1);
  const page = pageFrom(rows as LocationView[], limit, sort, (r) => ({ value: r[sort.key as 'code'], id: r.id }));
  const total = query.total
    ? Number(
        (
          await db
            .select({ n: sql<number>`count(*)::int` })
            .from(location)
            .where(filter)
        )[0]?.n ?? 0,
      )
    : undefined;
  return { ...page, ...(total !== undefined ? { total } : {}) };
}

async function loadLive(executor: Executor, id: string, lock = false): Promise<LocationRow | undefined> {
  const query = executor
    .select()
    .from(location)
    .where(and(eq(location.id, id), isNull(location.deletedAt)));
  const rows = lock ? await query.for('update') : await query;
  return rows[0];
}

/** A location the caller may read; 404 otherwise (existence outside scope is not revealed). */
async function readable(ctx: RequestContext, executor: Executor, id: string, lock = false): Promise<LocationRow> {
  const row = await loadLive(executor, id, lock);
  if (!row || !canRead(ctx.principal.scope, row as TreeNode)) throw notFound('location');
  return row;
}

function writable(ctx: RequestContext, row: Pick<LocationRow, 'type' | 'districtId'>): void {
  if (!canWrite(ctx.principal.scope, row as TreeNode)) throw new AppError('forbidden', 'location-out-of-scope');
}

async function withChildCount(executor: Executor, id: string): Promise<LocationView> {
  const rows = await executor
    .select({ ...columns, childCount })
    .from(location)
    .where(eq(location.id, id));
  return rows[0] as LocationView;
}

export async function getLocation(ctx: RequestContext, id: string): Promise<LocationView> {
  await readable(ctx, ctx.database.db, id);
  return withChildCount(ctx.database.db, id);
}

/** The chain from the region down to this location (for breadcrumbs and pickers). */
export async function locationPath(ctx: RequestContext, id: string): Promise<LocationView[]> {
  await readable(ctx, ctx.database.db, id);
  const result = await queryRows<{ id: string }>(
    ctx.database.db,
    sql`
    with recursive up as (select id, parent_id, 0 as depth from location where id = ${id}
      union all select l.id, l.parent_id, up.depth + 1 from location l join up on l.id = up.parent_id)
    select id from up order by depth desc`,
  );
  const ids = result.map((r) => r.id);
  const rows = await ctx.database.db
    .select({ ...columns, childCount })
    .from(location)
    .where(inArray(location.id, ids));
  return ids.map((i) => rows.find((r) => r.id === i) as LocationView);
}

async function parentFor(ctx: RequestContext, tx: Tx, type: LocationType, parentId: string | null): Promise<LocationRow | null> {
  const parent = parentId ? ((await loadLive(tx, parentId)) ?? null) : null;
  if (parentId && (!parent || !canRead(ctx.principal.scope, parent as TreeNode))) {
    throw new AppError('validation', 'validation', {}, [{ field: 'parentId', code: 'unknown' }]);
  }
  const errors = checkParent(type, parent as TreeNode | null);
  if (errors.length) throw new AppError('validation', 'validation', {}, errors);
  return parent;
}

export async function createLocation(ctx: RequestContext, input: LocationInput): Promise<LocationView> {
  // openIMIS gives adding regions its own right; every other level needs the ordinary add right.
  const needed = input.type === 'R' ? Rights.regionAdd : Rights.locationAdd;
  if (!ctx.principal.rights.has(needed)) throw new AppError('forbidden', 'missing-right', { right: needed });
  return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    const parent = await parentFor(ctx, tx, input.type, input.parentId);
    const id = uuidv7();
    const ancestry = ancestryOf(id, input.type, parent as TreeNode | null);
    writable(ctx, { type: input.type, districtId: ancestry.districtId });
    await tx.insert(location).values({ ...input, id, ...ancestry });
    return withChildCount(tx, id);
  });
}

export type LocationPatch = Partial<Pick<LocationInput, 'code' | 'name' | 'malePopulation' | 'femalePopulation' | 'otherPopulation' | 'families'>>;

export async function updateLocation(ctx: RequestContext, id: string, version: number, patch: LocationPatch): Promise<LocationView> {
  return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    const row = await readable(ctx, tx, id, true);
    writable(ctx, row);
    if (row.version !== version) throw staleVersion(row.version);
    await tx
      .update(location)
      .set({ ...patch, version: row.version + 1, updatedAt: sql`now()` })
      .where(eq(location.id, id));
    return withChildCount(tx, id);
  });
}

/** Moves a branch under another parent of the right type; every descendant's region and district follow. */
export async function moveLocation(ctx: RequestContext, id: string, version: number, parentId: string): Promise<LocationView> {
  return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    const row = await readable(ctx, tx, id, true);
    writable(ctx, row);
    if (row.version !== version) throw staleVersion(row.version);
    if (parentId === id) throw new AppError('unprocessable', 'location-move-cycle');
    const parent = await parentFor(ctx, tx, row.type as LocationType, parentId);
    const ancestry = ancestryOf(id, row.type as LocationType, parent as TreeNode);
    writable(ctx, { type: row.type, districtId: ancestry.districtId });
    await tx
      .update(location)
      .set({ parentId, ...ancestry, version: row.version + 1, updatedAt: sql`now()` })
      .where(eq(location.id, id));
    // Descendants below a district keep their district; below a region they keep their own district id.
    await tx.execute(sql`
      with recursive sub as (select id from location where parent_id = ${id} and deleted_at is null
        union all select l.id from location l join sub on l.parent_id = sub.id where l.deleted_at is null)
      update location set region_id = ${ancestry.regionId},
        district_id = case when ${row.type} = 'R' then district_id when type = 'D' then id else ${ancestry.districtId}::uuid end
      where id in (select id from sub)`);
    return withChildCount(tx, id);
  });
}

/** Soft delete, refused while a child location or any record of another module still lives there. */
export async function deleteLocation(ctx: RequestContext, id: string, version: number): Promise<void> {
  await withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    const row = await readable(ctx, tx, id, true);
    writable(ctx, row);
    if (row.version !== version) throw staleVersion(row.version);
    const children = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(location)
      .where(and(eq(location.parentId, id), isNull(location.deletedAt)));
    const usage = await locationUsage(tx, [id]);
    const childN = Number(children[0]?.n ?? 0);
    if (childN > 0) usage.unshift({ what: 'locations', count: childN });
    if (usage.length) {
      throw new AppError('conflict', 'location-in-use', {
        name: row.name,
        count: usage.reduce((s, u) => s + u.count, 0),
        what: usage.map((u) => `${u.count} ${u.what}`).join(', '),
      });
    }
    await tx
      .update(location)
      .set({ deletedAt: sql`now()`, version: row.version + 1, updatedAt: sql`now()` })
      .where(eq(location.id, id));
  });
}

export async function locationHistory(ctx: RequestContext, id: string) {
  const row = (await ctx.database.db.select().from(location).where(eq(location.id, id)))[0];
  if (!row || !canRead(ctx.principal.scope, row as TreeNode)) throw notFound('location');
  return historyOf(ctx.database.db, ['location'], id);
}
