import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { systemRoles } from '../../../common/rights.ts';
import type { Database } from '../db/connection.ts';
import { withTransaction } from '../db/transaction.ts';
import { uuidv7 } from '../db/columns.ts';
import { role, roleRight } from '../modules/user/tables.ts';

/**
 * Base data every installation has (as openIMIS seeds it): the system roles with their rights.
 * Idempotent: a missing system role is added; an existing one keeps what the administrator made of it.
 */
export async function seedBaseData(database: Database): Promise<void> {
  await withTransaction(database.db, { userId: null, requestId: 'seed' }, async (tx) => {
    const existing = await tx
      .select({ isSystem: role.isSystem })
      .from(role)
      .where(and(gt(role.isSystem, 0), isNull(role.deletedAt)));
    const missing = systemRoles.filter((r) => !existing.some((e) => e.isSystem === r.isSystem));
    if (!missing.length) return;
    const rows = missing.map((r) => ({ id: uuidv7(), name: r.name, isSystem: r.isSystem }));
    await tx.insert(role).values(rows);
    const rights = missing.flatMap((r, i) => [...new Set(r.rights)].map((rightId) => ({ roleId: rows[i]!.id, rightId })));
    if (rights.length) await tx.insert(roleRight).values(rights);
  });
}

export async function roleIdBySystemCode(database: Database, isSystem: number): Promise<string> {
  const row = (
    await database.db
      .select({ id: role.id })
      .from(role)
      .where(and(eq(role.isSystem, isSystem), isNull(role.deletedAt)))
      .orderBy(sql`created_at`)
  )[0];
  if (!row) throw new Error(`system role ${isSystem} is missing`);
  return row.id;
}
