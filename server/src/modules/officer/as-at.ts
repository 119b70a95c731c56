import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/types.ts';

/**
 * The villages an officer served at the end of a day, from the audit trail of officer_village
 * (the link table has no version table): the last change of each village before the day ended
 * says whether it was linked then.
 */
export async function villagesAsAt(executor: Executor, id: string, day: string): Promise<string[]> {
  const rows = await queryRows<{ village_id: string }>(
    executor,
    sql`select s.village_id from (
          select distinct on (coalesce(rc.new_row, rc.old_row) ->> 'village_id') (coalesce(rc.new_row, rc.old_row) ->> 'village_id')::uuid as village_id, rc.op
          from audit.row_change rc
          where rc.table_name = 'officer_village' and rc.row_id = ${id} and rc.changed_at < (${day}::date + 1)::timestamptz
          order by coalesce(rc.new_row, rc.old_row) ->> 'village_id', rc.id desc
        ) s
        left join location l on l.id = s.village_id
        where s.op <> 'D'
        order by l.code`,
  );
  return rows.map((r) => r.village_id);
}
