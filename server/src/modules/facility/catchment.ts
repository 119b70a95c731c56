import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { queryRows, type Executor, type Tx } from '../../db/types.ts';
import { location } from '../location/tables.ts';
import type { CatchmentEntry } from './rules.ts';
import { facilityCatchment } from './tables.ts';

/** A catchment entry as answered: the village's code and name come along for lists and forms. */
export interface CatchmentView extends CatchmentEntry {
  villageCode: string | null;
  villageName: string | null;
}

/**
 * Replaces a facility's catchment with the given entries in two statements. Unchanged entries are
 * left alone and changed ones updated in place (not deleted and re-added), so the history shows
 * exactly what changed.
 */
export async function writeCatchment(tx: Tx, facilityId: string, entries: CatchmentEntry[]): Promise<void> {
  const villageIds = entries.map((e) => e.villageId);
  await tx
    .delete(facilityCatchment)
    .where(and(eq(facilityCatchment.healthFacilityId, facilityId), villageIds.length ? notInArray(facilityCatchment.villageId, villageIds) : undefined));
  if (!entries.length) return;
  await tx
    .insert(facilityCatchment)
    .values(entries.map((e) => ({ healthFacilityId: facilityId, villageId: e.villageId, percentage: String(e.percentage) })))
    .onConflictDoUpdate({
      target: [facilityCatchment.healthFacilityId, facilityCatchment.villageId],
      set: { percentage: sql`excluded.percentage` },
      setWhere: sql`${facilityCatchment.percentage} is distinct from excluded.percentage`,
    });
}

/** The catchment of a page of facilities in one query, by facility id. */
export async function catchmentOf(executor: Executor, facilityIds: string[]): Promise<Map<string, CatchmentView[]>> {
  const rows = await executor
    .select({
      facilityId: facilityCatchment.healthFacilityId,
      villageId: facilityCatchment.villageId,
      percentage: facilityCatchment.percentage,
      villageCode: location.code,
      villageName: location.name,
    })
    .from(facilityCatchment)
    .leftJoin(location, eq(location.id, facilityCatchment.villageId))
    .where(inArray(facilityCatchment.healthFacilityId, facilityIds))
    .orderBy(asc(location.code), asc(facilityCatchment.villageId));
  const out = new Map<string, CatchmentView[]>(facilityIds.map((id) => [id, []]));
  for (const { facilityId, percentage, ...entry } of rows) out.get(facilityId)?.push({ ...entry, percentage: Number(percentage) });
  return out;
}

/**
 * The catchment as it stood at the end of a day, rebuilt from the audit trail: for each village the
 * last change before the day ended decides (a deletion means it was not in the catchment). The
 * link table keeps no versions of its own; the audit trigger records every change under the
 * facility's id, so the trail is complete.
 */
export async function catchmentAsAt(executor: Executor, facilityId: string, day: string): Promise<CatchmentView[]> {
  const rows = await queryRows<{ village_id: string; percentage: string | number; code: string | null; name: string | null }>(
    executor,
    sql`with last as (
          select distinct on (coalesce(new_row, old_row) ->> 'village_id')
                 coalesce(new_row, old_row) ->> 'village_id' as village_id, op, new_row ->> 'percentage' as percentage
          from audit.row_change
          where table_name = 'facility_catchment' and row_id = ${facilityId} and changed_at < (${day}::date + 1)::timestamptz
          order by coalesce(new_row, old_row) ->> 'village_id', id desc)
        select last.village_id, last.percentage, l.code, l.name
        from last left join location l on l.id = last.village_id::uuid
        where last.op <> 'D'
        order by l.code, last.village_id`,
  );
  return rows.map((r) => ({ villageId: r.village_id, percentage: Number(r.percentage), villageCode: r.code, villageName: r.name }));
}
