import { and, eq, exists, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/types.ts';
import { withTransaction } from '../../db/transaction.ts';
import { uuidv7 } from '../../db/columns.ts';
import { AppError, notFound, staleVersion, type FieldError } from '../../platform/errors.ts';
import { actorOf, type RequestContext } from '../../platform/context.ts';
import { historyOf } from '../../platform/audit/history.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { afterCursor, allOf, orderFor, pageFrom, parseSort } from '../../platform/http/paging.ts';
import { location } from '../location/tables.ts';
import { revokeAllTokens } from './auth-service.ts';
import { appUser, role, userDistrict, userRole } from './tables.ts';

export interface UserInput {
  login: string;
  lastName: string;
  otherNames: string;
  language?: string;
  calendar?: string;
  phone?: string | null;
  email?: string | null;
  password?: string;
  roleIds: string[];
  districtIds: string[];
  allDistricts?: boolean;
  healthFacilityId?: string | null;
}

export interface UserView {
  id: string;
  login: string;
  lastName: string;
  otherNames: string;
  language: string;
  calendar: string;
  phone: string | null;
  email: string | null;
  allDistricts: boolean;
  healthFacilityId: string | null;
  locked: boolean;
  roleIds: string[];
  districtIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

const columns = {
  id: appUser.id,
  login: appUser.login,
  lastName: appUser.lastName,
  otherNames: appUser.otherNames,
  language: appUser.language,
  calendar: appUser.calendar,
  phone: appUser.phone,
  email: appUser.email,
  allDistricts: appUser.allDistricts,
  healthFacilityId: appUser.healthFacilityId,
  lockedUntil: appUser.lockedUntil,
  version: appUser.version,
  createdAt: appUser.createdAt,
  updatedAt: appUser.updatedAt,
};

type UserRow = { [K in keyof typeof columns]: (typeof appUser.$inferSelect)[K extends 'lockedUntil' ? 'lockedUntil' : K] };

/** Users a district administrator may see: those who work in at least one of their districts. */
function visibleUsers(ctx: RequestContext) {
  const scope = ctx.principal.scope;
  if (scope.all) return undefined;
  if (!scope.districtIds.length) return eq(appUser.id, ctx.principal.userId);
  return and(
    eq(appUser.allDistricts, false),
    exists(
      ctx.database.db
        .select({ one: sql`1` })
        .from(userDistrict)
        .where(and(eq(userDistrict.userId, appUser.id), inArray(userDistrict.locationId, scope.districtIds))),
    ),
  );
}

/** Roles and districts for a set of users, in two queries (never one per user). */
async function withLinks(executor: Executor, rows: UserRow[], now: Date): Promise<UserView[]> {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const [roles, districts] = await Promise.all([
    executor.select().from(userRole).where(inArray(userRole.userId, ids)),
    executor.select().from(userDistrict).where(inArray(userDistrict.userId, ids)),
  ]);
  return rows.map(({ lockedUntil, ...r }) => ({
    ...r,
    locked: lockedUntil !== null && new Date(lockedUntil) > now,
    roleIds: roles.filter((x) => x.userId === r.id).map((x) => x.roleId),
    districtIds: districts.filter((x) => x.userId === r.id).map((x) => x.locationId),
  }));
}

export interface UserQuery {
  q?: string;
  roleId?: string;
  districtId?: string;
  sort?: string;
  limit?: number;
  cursor?: string;
  total?: boolean;
}

export async function listUsers(ctx: RequestContext, query: UserQuery) {
  const db = ctx.database.db;
  const sort = parseSort(query.sort, { login: appUser.login, lastName: appUser.lastName, otherNames: appUser.otherNames }, 'login', appUser.id);
  const limit = query.limit ?? 50;
  const q = query.q?.trim().replace(/[%_\\]/g, '\\$&');
  const filter = allOf(
    isNull(appUser.deletedAt),
    visibleUsers(ctx),
    q ? or(ilike(appUser.login, `${q}%`), sql`(${appUser.lastName} || ' ' || ${appUser.otherNames}) ilike ${'%' + q + '%'}`) : undefined,
    query.roleId
      ? exists(
          db
            .select({ one: sql`1` })
            .from(userRole)
            .where(and(eq(userRole.userId, appUser.id), eq(userRole.roleId, query.roleId))),
        )
      : undefined,
    query.districtId
      ? exists(
          db
            .select({ one: sql`1` })
            .from(userDistrict)
            .where(and(eq(userDistrict.userId, appUser.id), eq(userDistrict.locationId, query.districtId))),
        )
      : undefined,
  );
  const rows = await db
    .select(columns)
    .from(appUser)
    .where(allOf(filter, afterCursor(sort, query.cursor)))
    .orderBy(...orderFor(sort))
    .limit(limit + 1);
  const page = pageFrom(rows, limit, sort, (r) => ({ value: r[sort.key as 'login'], id: r.id }));
  const items = await withLinks(db, page.items, ctx.clock.now());
  const total = query.total
    ? Number(
        (
          await db
            .select({ n: sql<number>`count(*)::int` })
            .from(appUser)
            .where(filter)
        )[0]?.n ?? 0,
      )
    : undefined;
  return { items, nextCursor: page.nextCursor, ...(total !== undefined ? { total } : {}) };
}

async function visibleUser(ctx: RequestContext, executor: Executor, id: string, lock = false): Promise<UserRow> {
  const query = executor
    .select(columns)
    .from(appUser)
    .where(allOf(eq(appUser.id, id), isNull(appUser.deletedAt), visibleUsers(ctx)));
  const row = (lock ? await query.for('update') : await query)[0];
  if (!row) throw notFound('user');
  return row;
}

export async function getUser(ctx: RequestContext, id: string): Promise<UserView> {
  const row = await visibleUser(ctx, ctx.database.db, id);
  return (await withLinks(ctx.database.db, [row], ctx.clock.now()))[0]!;
}

/** Checks roles, districts and scope; returns the field errors (empty when all is well). */
async function checkLinks(ctx: RequestContext, tx: Tx, input: Pick<UserInput, 'roleIds' | 'districtIds' | 'allDistricts'>): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const roleIds = [...new Set(input.roleIds)];
  const districtIds = [...new Set(input.districtIds)];
  if (roleIds.length) {
    const found = await tx
      .select({ id: role.id })
      .from(role)
      .where(and(inArray(role.id, roleIds), isNull(role.deletedAt)));
    roleIds.forEach((id, i) => {
      if (!found.some((f) => f.id === id)) errors.push({ field: `roleIds.${input.roleIds.indexOf(id) >= 0 ? input.roleIds.indexOf(id) : i}`, code: 'unknown' });
    });
  }
  if (districtIds.length) {
    const found = await tx
      .select({ id: location.id, type: location.type })
      .from(location)
      .where(and(inArray(location.id, districtIds), isNull(location.deletedAt)));
    for (const id of districtIds) {
      const field = `districtIds.${input.districtIds.indexOf(id)}`;
      const hit = found.find((f) => f.id === id);
      if (!hit) errors.push({ field, code: 'unknown' });
      else if (hit.type !== 'D') errors.push({ field, code: 'district-not-district' });
      else if (!ctx.principal.scope.all && !ctx.principal.scope.districtIds.includes(id)) errors.push({ field, code: 'out-of-scope' });
    }
  }
  if (input.allDistricts && !ctx.principal.scope.all) errors.push({ field: 'allDistricts', code: 'out-of-scope' });
  return errors;
}

async function replaceLinks(tx: Tx, userId: string, roleIds: string[], districtIds: string[]): Promise<void> {
  await tx.delete(userRole).where(eq(userRole.userId, userId));
  await tx.delete(userDistrict).where(eq(userDistrict.userId, userId));
  const roles = [...new Set(roleIds)];
  const districts = [...new Set(districtIds)];
  if (roles.length) await tx.insert(userRole).values(roles.map((roleId) => ({ userId, roleId })));
  if (districts.length) await tx.insert(userDistrict).values(districts.map((locationId) => ({ userId, locationId })));
}

function passwordErrors(ctx: RequestContext, password: string | undefined, required: boolean): FieldError[] {
  if (password === undefined) return required ? [{ field: 'password', code: 'required' }] : [];
  const c = ctx.config;
  return checkPasswordPolicy(password, {
    minLength: c.passwordMinLength,
    requireDigit: c.passwordRequireDigit,
    requireLetter: c.passwordRequireLetter,
    requireSymbol: c.passwordRequireSymbol,
  });
}

export async function createUser(ctx: RequestContext, input: UserInput): Promise<UserView> {
  return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    const errors = [...passwordErrors(ctx, input.password, true), ...(await checkLinks(ctx, tx, input))];
    if (errors.length) throw new AppError('validation', 'validation', {}, errors);
    const id = uuidv7();
    const { roleIds, districtIds, password, ...fields } = input;
    await tx.insert(appUser).values({ ...fields, id, passwordHash: await hashPassword(password!), passwordChangedAt: ctx.clock.now().toISOString() });
    await replaceLinks(tx, id, roleIds, districtIds);
    return (await withLinks(tx, [await visibleUserUnscoped(tx, id)], ctx.clock.now()))[0]!;
  });
}

async function visibleUserUnscoped(executor: Executor, id: string): Promise<UserRow> {
  return (await executor.select(columns).from(appUser).where(eq(appUser.id, id)))[0]!;
}

export async function updateUser(ctx: RequestContext, id: string, version: number, input: UserInput): Promise<UserView> {
  return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    const row = await visibleUser(ctx, tx, id, true);
    if (row.version !== version) throw staleVersion(row.version);
    const errors = [...passwordErrors(ctx, input.password, false), ...(await checkLinks(ctx, tx, input))];
    if (errors.length) throw new AppError('validation', 'validation', {}, errors);
    const { roleIds, districtIds, password, ...fields } = input;
    const now = ctx.clock.now();
    await tx
      .update(appUser)
      .set({
        ...fields,
        ...(password !== undefined ? { passwordHash: await hashPassword(password), passwordChangedAt: now.toISOString() } : {}),
        version: row.version + 1,
        updatedAt: sql`now()`,
      })
      .where(eq(appUser.id, id));
    if (password !== undefined) await revokeAllTokens(tx, id, now);
    await replaceLinks(tx, id, roleIds, districtIds);
    return (await withLinks(tx, [await visibleUserUnscoped(tx, id)], now))[0]!;
  });
}

export async function deleteUser(ctx: RequestContext, id: string, version: number): Promise<void> {
  if (id === ctx.principal.userId) throw new AppError('unprocessable', 'user-self-delete');
  await withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    const row = await visibleUser(ctx, tx, id, true);
    if (row.version !== version) throw staleVersion(row.version);
    await tx
      .update(appUser)
      .set({ deletedAt: sql`now()`, version: row.version + 1, updatedAt: sql`now()` })
      .where(eq(appUser.id, id));
    await revokeAllTokens(tx, id, ctx.clock.now());
  });
}

/** Lifts a lockout before its time (an administrator's action). */
export async function unlockUser(ctx: RequestContext, id: string): Promise<UserView> {
  return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    await visibleUser(ctx, tx, id, true);
    await tx.update(appUser).set({ failedLogins: 0, lockedUntil: null }).where(eq(appUser.id, id));
    return (await withLinks(tx, [await visibleUserUnscoped(tx, id)], ctx.clock.now()))[0]!;
  });
}

export async function userHistory(ctx: RequestContext, id: string) {
  const row = (
    await ctx.database.db
      .select({ id: appUser.id })
      .from(appUser)
      .where(allOf(eq(appUser.id, id), visibleUsers(ctx)))
  )[0];
  if (!row) throw notFound('user');
  return historyOf(ctx.database.db, ['app_user', 'user_role', 'user_district'], id);
}

/** The caller's names and preferences, as stored now. */
export async function ownProfile(ctx: RequestContext): Promise<{ lastName: string; otherNames: string; language: string; calendar: string }> {
  const row = (
    await ctx.database.db
      .select({ lastName: appUser.lastName, otherNames: appUser.otherNames, language: appUser.language, calendar: appUser.calendar })
      .from(appUser)
      .where(eq(appUser.id, ctx.principal.userId))
  )[0];
  if (!row) throw new AppError('token-invalid', 'token-invalid');
  return row;
}

/** Changes the caller's own preferences (language, calendar). */
export async function updatePreferences(ctx: RequestContext, prefs: { language?: string; calendar?: string }): Promise<void> {
  await withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    await tx
      .update(appUser)
      .set({ ...prefs, version: sql`${appUser.version} + 1`, updatedAt: sql`now()` })
      .where(eq(appUser.id, ctx.principal.userId));
  });
}

/** Changes the caller's own password after checking the current one; other sessions are logged out. */
export async function changeOwnPassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
  const user = (await ctx.database.db.select().from(appUser).where(eq(appUser.id, ctx.principal.userId)))[0];
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError('validation', 'validation', {}, [{ field: 'currentPassword', code: 'invalid' }]);
  }
  const errors = passwordErrors(ctx, newPassword, true).map((e) => ({ ...e, field: 'newPassword' }));
  if (errors.length) throw new AppError('validation', 'validation', {}, errors);
  const now = ctx.clock.now();
  await withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
    await tx
      .update(appUser)
      .set({ passwordHash: await hashPassword(newPassword), passwordChangedAt: now.toISOString(), version: sql`${appUser.version} + 1`, updatedAt: sql`now()` })
      .where(eq(appUser.id, user.id));
    await revokeAllTokens(tx, user.id, now);
  });
}
