import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { appSetting } from './tables.ts';

/**
 * The JWT signing secret: KINGA_JWT_SECRET when set, else one generated on first start and kept in
 * the database, so that every API node of an installation signs and verifies with the same key.
 */
export async function resolveJwtSecret(database: Database, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const key = 'jwt_secret';
  await database.db
    .insert(appSetting)
    .values({ key, value: crypto.randomBytes(48).toString('base64url') })
    .onConflictDoNothing();
  const row = (await database.db.select().from(appSetting).where(eq(appSetting.key, key)))[0];
  return row!.value;
}
