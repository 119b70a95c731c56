import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/types.ts';

export interface HistoryEntry {
  id: number;
  op: 'I' | 'U' | 'D';
  table: string;
  changedAt: string;
  userId: string | null;
  userLogin: string | null;
  requestId: string | null;
  /** Field by field what changed (camelCase names), for updates; every set field for inserts. */
  changes: Record<string, { from: unknown; to: unknown }>;
  /** The row as it was after the change (before it, for a delete). */
  row: unknown;
}

const noise = new Set(['updated_at', 'version', 'created_at']);
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function diff(oldRow: Record<string, unknown> | null, newRow: Record<string, unknown> | null): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  const keys = new Set([...Object.keys(oldRow ?? {}), ...Object.keys(newRow ?? {})]);
  for (const key of keys) {
    if (noise.has(key)) continue;
    const from = oldRow?.[key] ?? null;
    const to = newRow?.[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) out[camel(key)] = { from, to };
  }
  return out;
}

function camelRow(row: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!row) return null;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v]));
}

interface RawChange {
  id: number;
  op: 'I' | 'U' | 'D';
  table_name: string;
  changed_at: string;
  user_id: string | null;
  user_login: string | null;
  request_id: string | null;
  old_row: Record<string, unknown> | null;
  new_row: Record<string, unknown> | null;
}

/**
 * The history of one record from the audit trail: its own rows and, for link tables audited under
 * the owner's id (roles of a user, rights of a role), theirs too. Oldest first.
 */
export async function historyOf(executor: Executor, tables: string[], rowId: string, limit = 500): Promise<HistoryEntry[]> {
  const rows = await queryRows<RawChange>(
    executor,
    sql`
    select rc.id::int as id, rc.op, rc.table_name, rc.changed_at::text as changed_at, rc.user_id, u.login as user_login, rc.request_id, rc.old_row, rc.new_row
    from audit.row_change rc
    left join app_user u on u.id = rc.user_id
    where rc.row_id = ${rowId} and rc.table_name in (${sql.join(
      tables.map((t) => sql`${t}`),
      sql`, `,
    )})
    order by rc.id
    limit ${limit}`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    op: r.op,
    table: r.table_name,
    changedAt: new Date(r.changed_at).toISOString(),
    userId: r.user_id,
    userLogin: r.user_login,
    requestId: r.request_id,
    changes: diff(r.old_row, r.new_row),
    row: camelRow(r.op === 'D' ? r.old_row : r.new_row),
  }));
}
