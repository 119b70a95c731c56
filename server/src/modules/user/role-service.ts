import { and, eq, ilike, inArray, isNull, sql } from 'drizzle-orm';
import { rightsCatalogue } from '../../../../common/rights.ts';
import type { Executor, Tx } from '../../db/types.ts';
import { withTransaction } from '../../db/transaction.ts';
import { uuidv7 } from '../../db/columns.ts';
import { AppError, notFound, staleVersion, type FieldError } from '../../platform/errors.ts';
import { actorOf, type RequestContext } from '../../platform/context.ts';
import { historyOf } from '../../platform/audit/history.ts';
import { afterCursor, allOf, orderFor, pageFrom, parseSort } from '../../platform/http/paging.ts';
import { role, roleRight, userRole } from './tables.ts';

export interface RoleInput {
  name: string;
  altLanguage?: string | null;
  isBlocked?: boolean;
  rights: number[];
}

const columns = {
  id: role.id,
  name: role.name,
  altLanguage: role.altLanguage,
  isSystem: role.isSystem,
  isBlocked: role.isBlocked,
  version: role.version,
  createdAt: role.createdAt,
  updatedAt: role.updatedAt,
};
type RoleRow = { [K in keyof typeof columns]: (typeof role.$inferSelect)[K] };
export type RoleView = RoleRow & { rights: number[]; userCount: number };

const knownRights = new Set(rightsCatalogue.map((r) => r.code));

async function withRights(executor: Executor, rows: RoleRow[]): Promise<RoleView[]> {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const [rights, counts] = await Promise.all([
    executor.select().from(roleRight).where(inArray(roleRight.roleId, ids)),
    executor
      .select({ roleId: userRole.roleId, n: sql<number>`count(*)::int` })
      .from(userRole)
      .where(inArray(userRole.roleId, ids))
      .groupBy(userRole.roleId),
  ]);
  return rows.map((r) => ({
    ...r,
    rights: rights
      .filter((x) => x.roleId === r.id)
      .map((x) => x.rightId)
      .sort((a, b) => a - b),
    userCount: Number(counts.find((c) => c.roleId === r.id)?.n ?? 0),
  }));
}

export async function listRoles(ctx: RequestContext, query: { q?: string; sort?: string; limit?: number; cursor?: string; total?: boolean; system?: boolean }) {
  const db = ctx.database.db;
  const sort = parseSort(query.sort, { name: role.name, isSystem: role.isSystem }, 'name', role.id);
  const limit = query.limit ?? 50;
  const q = query.q?.trim().replace(/[%_\\]/g, '\\$&');
  const filter = allOf(
    isNull(role.deletedAt),
    q ? ilike(role.name, `%${q}%`) : undefined,
    query.system === undefined ? undefined : query.system ? sql`${role.isSystem} > 0` : eq(role.isSystem, 0),
  );
  const rows = await db
    .select(columns)
    .from(role)
    .where(allOf(filter, afterCursor(sort, query.cursor)))
    .orderBy(...orderFor(sort))
    .limit(limit + 1);
  const page = pageFrom(rows, limit, sort, (r) => ({ value: r[sort.key as 'name'], id: r.id }));
  const total = query.total
    ? Number(
        (
          await db
            .select({ n: sql<number>`count(*)::int` })
            .from(role)
            .where(filter)
        )[0]?.n ?? 0,
      )
    : undefined;
  return { items: await withRights(db, page.items), nextCursor: page.nextCursor, ...(total !== undefined ? { total } : {}) };
}

async function liveRole(executor: Executor, id: string, lock = false): Promise<RoleRow> {
  const query = executor
    .select(columns)
    .from(role)
    .where(and(eq(role.id, id), isNull(role.deletedAt)));
  const row = (lock ? await query.for('update') : await query)[0];
  if (!row) throw notFound('role');
  return row;
}

export async function getRole(ctx: RequestContext, id: string): Promise<RoleView> {
  return (await withRights(ctx.database.db, [await liveRole(ctx.database.db, id)]))[0]!;
}

function rightErrors(rights: number[]): FieldError[] {
  return rights.flatMap((r, i) => (knownRights.has(r) ? [] : [{ field: `rights.${i}`, code: 'unknown' }]));
}

async function setRights(tx: Tx, roleId: string, rights: number[]): Promise<void> {
  await tx.delete(roleRight).where(eq(roleRight.roleId, roleId));
  const unique = [...new Set(rights)];
  if (unique.length) await tx.insert(roleRight).values(unique.map((rightId) => ({ roleId, rightId })));
}

export async function createRole(ctx: RequestContext, input: RoleInput): Promise<RoleView> {
  const errors = rightErrors(input.rights);
  if (errors.length) throw new AppError('validation', 'validation', {}, errors);
  return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    const id = uuidv7();
    const { rights, ...fields } = input;
    await tx.insert(role).values({ ...fields, id });
    await setRights(tx, id, rights);
    return (await withRights(tx, [await liveRole(tx, id)]))[0]!;
  });
}

export async function updateRole(ctx: RequestContext, id: string, version: number, input: RoleInput): Promise<RoleView> {
  const errors = rightErrors(input.rights);
  if (errors.length) throw new AppError('validation', 'validation', {}, errors);
  return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    const row = await liveRole(tx, id, true);
    if (row.version !== version) throw staleVersion(row.version);
    const { rights, ...fields } = input;
    await tx
      .update(role)
      .set({ ...fields, version: row.version + 1, updatedAt: sql`now()` })
      .where(eq(role.id, id));
    await setRights(tx, id, rights);
    return (await withRights(tx, [await liveRole(tx, id)]))[0]!;
  });
}

/** A copy of a role with its rights, as a new custom role (openIMIS "duplicate"). */
export async function duplicateRole(ctx: RequestContext, id: string, name: string): Promise<RoleView> {
  const source = await getRole(ctx, id);
  return createRole(ctx, { name, altLanguage: source.altLanguage, isBlocked: false, rights: source.rights });
}

export async function deleteRole(ctx: RequestContext, id: string, version: number): Promise<void> {
  await withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    const row = await liveRole(tx, id, true);
    if (row.version !== version) throw staleVersion(row.version);
    if (row.isSystem > 0) throw new AppError('conflict', 'role-system');
    const users = Number(
      (
        await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(userRole)
          .where(eq(userRole.roleId, id))
      )[0]?.n ?? 0,
    );
    if (users > 0) throw new AppError('conflict', 'role-in-use', { name: row.name, count: users });
    await tx
      .update(role)
      .set({ deletedAt: sql`now()`, version: row.version + 1, updatedAt: sql`now()` })
      .where(eq(role.id, id));
  });
}

export async function roleHistory(ctx: RequestContext, id: string) {
  await ctx.database.db
    .select({ id: role.id })
    .from(role)
    .where(eq(role.id, id))
    .then((r) => {
      if (!r.length) throw notFound('role');
    });
  return historyOf(ctx.database.db, ['role', 'role_right'], id);
}
