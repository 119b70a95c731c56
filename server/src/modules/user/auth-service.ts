import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { withTransaction } from '../../db/transaction.ts';
import { uuidv7 } from '../../db/columns.ts';
import type { Tx } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import type { Platform } from '../../platform/context.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { decoyPasswordHash, verifyPassword } from '../../platform/auth/password.ts';
import { hashRefreshToken, newRefreshToken, type TokenSigner } from '../../platform/auth/tokens.ts';
import { loginEvent, refreshToken } from '../../platform/auth/tables.ts';
import { appUser } from './tables.ts';
import { loadPrincipal } from './principal.ts';
import { afterFailedLogin, isLocked } from './rules.ts';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
}

export interface AuthDeps extends Platform {
  signer: TokenSigner;
  requestId: string;
  ip: string;
}

async function issue(deps: AuthDeps, tx: Tx, principal: Principal, familyId: string): Promise<Tokens> {
  const now = deps.clock.now();
  const refresh = newRefreshToken();
  await tx.insert(refreshToken).values({
    userId: principal.userId,
    familyId,
    tokenHash: refresh.hash,
    expiresAt: new Date(now.getTime() + deps.config.refreshTokenTtlSeconds * 1000).toISOString(),
  });
  return { accessToken: await deps.signer.sign(principal, now), refreshToken: refresh.token, expiresIn: deps.signer.ttlSeconds, tokenType: 'Bearer' };
}

/** Log-in with lockout: five failures (configurable) lock the account for a configurable time. */
export async function login(deps: AuthDeps, loginName: string, password: string): Promise<Tokens> {
  const now = deps.clock.now();
  const db = deps.database.db;
  const user = (
    await db
      .select()
      .from(appUser)
      .where(and(sql`lower(${appUser.login}) = lower(${loginName})`, isNull(appUser.deletedAt)))
  )[0];
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), password); // same timing as a known login
    await db.insert(loginEvent).values({ login: loginName.slice(0, 100), event: 'failed', ip: deps.ip });
    throw new AppError('invalid-credentials', 'invalid-credentials');
  }
  if (isLocked(user.lockedUntil, now)) {
    throw new AppError('account-locked', 'account-locked', { until: user.lockedUntil! });
  }
  const ok = await verifyPassword(user.passwordHash, password);
  const actor = { userId: user.id, requestId: deps.requestId };
  if (!ok) {
    const next = afterFailedLogin(user.failedLogins, { attempts: deps.config.lockoutAttempts, minutes: deps.config.lockoutMinutes }, now);
    await withTransaction(db, actor, async (tx) => {
      await tx.update(appUser).set(next).where(eq(appUser.id, user.id));
      await tx.insert(loginEvent).values({ userId: user.id, login: user.login, event: next.lockedUntil ? 'locked' : 'failed', ip: deps.ip });
    });
    if (next.lockedUntil) throw new AppError('account-locked', 'account-locked', { until: next.lockedUntil });
    throw new AppError('invalid-credentials', 'invalid-credentials');
  }
  return withTransaction(db, actor, async (tx) => {
    if (user.failedLogins !== 0 || user.lockedUntil !== null)
      await tx.update(appUser).set({ failedLogins: 0, lockedUntil: null }).where(eq(appUser.id, user.id));
    await tx.insert(loginEvent).values({ userId: user.id, login: user.login, event: 'login', ip: deps.ip });
    return issue(deps, tx, await loadPrincipal(tx, user), uuidv7());
  });
}

/**
 * Exchanges a refresh token for new tokens (rotation). Presenting a token that was already rotated
 * means it was copied: the whole family is revoked and the caller must log in again.
 */
export async function refresh(deps: AuthDeps, token: string): Promise<Tokens> {
  const now = deps.clock.now();
  const hash = hashRefreshToken(token);
  const result = await withTransaction(deps.database.db, { userId: null, requestId: deps.requestId }, async (tx) => {
    const row = (await tx.select().from(refreshToken).where(eq(refreshToken.tokenHash, hash)).for('update'))[0];
    if (!row || row.revokedAt || new Date(row.expiresAt) <= now) return null;
    if (row.rotatedAt) {
      await tx
        .update(refreshToken)
        .set({ revokedAt: now.toISOString() })
        .where(and(eq(refreshToken.familyId, row.familyId), isNull(refreshToken.revokedAt)));
      return 'reused' as const;
    }
    const user = (
      await tx
        .select()
        .from(appUser)
        .where(and(eq(appUser.id, row.userId), isNull(appUser.deletedAt)))
    )[0];
    if (!user || isLocked(user.lockedUntil, now)) return null;
    await tx.update(refreshToken).set({ rotatedAt: now.toISOString() }).where(eq(refreshToken.id, row.id));
    return issue(deps, tx, await loadPrincipal(tx, user), row.familyId);
  });
  if (result === null || result === 'reused') throw new AppError('token-invalid', 'refresh-invalid');
  return result;
}

/** Log-out: revokes every token of the log-in the refresh token belongs to. Unknown tokens are ignored. */
export async function logout(deps: AuthDeps, token: string): Promise<void> {
  const now = deps.clock.now();
  await withTransaction(deps.database.db, { userId: null, requestId: deps.requestId }, async (tx) => {
    const row = (
      await tx
        .select({ userId: refreshToken.userId, familyId: refreshToken.familyId, login: appUser.login })
        .from(refreshToken)
        .innerJoin(appUser, eq(appUser.id, refreshToken.userId))
        .where(eq(refreshToken.tokenHash, hashRefreshToken(token)))
    )[0];
    if (!row) return;
    await tx
      .update(refreshToken)
      .set({ revokedAt: now.toISOString() })
      .where(and(eq(refreshToken.familyId, row.familyId), isNull(refreshToken.revokedAt)));
    await tx.insert(loginEvent).values({ userId: row.userId, login: row.login, event: 'logout', ip: deps.ip });
  });
}

/** Revokes every refresh token of a user (deleted user, password reset). */
export async function revokeAllTokens(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx
    .update(refreshToken)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(refreshToken.userId, userId), isNull(refreshToken.revokedAt)));
}

/** The job body: drops refresh tokens that can no longer be used. Idempotent. */
export async function purgeRefreshTokens(platform: Platform): Promise<number> {
  const cutoff = new Date(platform.clock.now().getTime() - 24 * 3600_000).toISOString();
  const deleted = await platform.database.db
    .delete(refreshToken)
    .where(or(lt(refreshToken.expiresAt, cutoff), lt(refreshToken.revokedAt, cutoff)))
    .returning({ id: refreshToken.id });
  return deleted.length;
}
