import { sql } from 'drizzle-orm';
import { index, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { idColumn, instant } from '../../db/columns.ts';

/**
 * Refresh tokens, stored as SHA-256 hashes. Tokens of one log-in share a family: using a token that
 * was already rotated revokes the whole family (a stolen token is then useless to both parties).
 */
export const refreshToken = pgTable(
  'refresh_token',
  {
    id: idColumn(),
    userId: uuid('user_id').notNull(),
    familyId: uuid('family_id').notNull(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
    expiresAt: instant('expires_at').notNull(),
    rotatedAt: instant('rotated_at'),
    revokedAt: instant('revoked_at'),
    createdAt: instant('created_at')
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('refresh_token_user').on(t.userId), index('refresh_token_family').on(t.familyId), index('refresh_token_expires').on(t.expiresAt)],
);

/** Log-ins, log-outs and failures, for the user activity report (openIMIS tblLogins). */
export const loginEvent = pgTable(
  'login_event',
  {
    id: idColumn(),
    userId: uuid('user_id'),
    login: varchar('login', { length: 100 }).notNull(),
    event: varchar('event', { length: 16 }).notNull(),
    ip: varchar('ip', { length: 64 }),
    at: instant('at')
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('login_event_user_at').on(t.userId, t.at)],
);

/** Installation-wide settings that every API node must share (e.g. the generated JWT secret). */
export const appSetting = pgTable('app_setting', {
  key: varchar('key', { length: 100 }).primaryKey(),
  value: text('value').notNull(),
});
