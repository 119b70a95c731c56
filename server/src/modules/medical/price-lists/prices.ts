import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../db/types.ts';
import { priceAt, type PriceAt } from './rules.ts';

export type PricesAtQuery = { priceListId: string; date: string } & ({ itemIds: string[] } | { serviceIds: string[] });

interface Raw {
  id: string;
  price: string | null;
  has_line: boolean;
  price_override: string | null;
  list_live: boolean;
}

/**
 * The facts of domain.md 1.5 for many items (or services) of one price list on one day, in one
 * query: each id's state and its line's state as they stood at the end of that day (current row or
 * <table>_version, the same semantics as the register's asAt), and whether the list was still live.
 * The pure rule `priceAt` then decides. Claims call it once for all the lines of a claim.
 */
export async function pricesAt(executor: Executor, query: PricesAtQuery): Promise<Map<string, PriceAt>> {
  const items = 'itemIds' in query;
  const ids = items ? query.itemIds : query.serviceIds;
  if (!ids.length) return new Map();
  const member = sql.identifier(items ? 'medical_item' : 'medical_service');
  const memberVersion = sql.identifier(items ? 'medical_item_version' : 'medical_service_version');
  const line = sql.identifier(items ? 'item_price_list_line' : 'service_price_list_line');
  const lineVersion = sql.identifier(items ? 'item_price_list_line_version' : 'service_price_list_line_version');
  const list = sql.identifier(items ? 'item_price_list' : 'service_price_list');
  const memberId = sql.identifier(items ? 'item_id' : 'service_id');
  const valid = sql`s.updated_at < b.t and (s.valid_to is null or s.valid_to >= b.t) and (s.deleted_at is null or s.deleted_at >= b.t)`;
  // Lines never change their list or item, so the ids of every line this list ever had for these
  // items (from the current table) reach their versions through the version table's (id, valid_to) index.
  const rows = await queryRows<Raw>(
    executor,
    sql`
    with req as (select distinct x.id::uuid as id from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as x(id)),
    b as (select (${query.date}::date + 1)::timestamptz as t),
    member_at as (
      select distinct on (s.id) s.id, s.price
      from (
        select m.id, m.price, m.updated_at, null::timestamptz as valid_to, m.deleted_at from ${member} m where m.id in (select id from req)
        union all
        select v.id, v.price, v.updated_at, v.valid_to, v.deleted_at from ${memberVersion} v where v.id in (select id from req)
      ) s, b
      where ${valid}
      order by s.id, s.updated_at desc
    ),
    line_ids as (select l.id from ${line} l where l.price_list_id = ${query.priceListId} and l.${memberId} in (select id from req)),
    line_at as (
      select distinct on (s.member_id) s.member_id, s.price_override
      from (
        select l.${memberId} as member_id, l.price_override, l.updated_at, null::timestamptz as valid_to, l.deleted_at
          from ${line} l where l.id in (select id from line_ids)
        union all
        select v.${memberId}, v.price_override, v.updated_at, v.valid_to, v.deleted_at
          from ${lineVersion} v where v.id in (select id from line_ids)
      ) s, b
      where ${valid}
      order by s.member_id, s.updated_at desc
    )
    select r.id, m.price::text as price, l.member_id is not null as has_line, l.price_override::text as price_override,
      exists (select 1 from ${list} p, b where p.id = ${query.priceListId} and (p.deleted_at is null or p.deleted_at >= b.t)) as list_live
    from req r
    left join member_at m on m.id = r.id
    left join line_at l on l.member_id = r.id`,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      priceAt({
        member: r.price === null ? null : { price: r.price },
        line: r.has_line ? { priceOverride: r.price_override } : null,
        listLive: r.list_live,
      }),
    ]),
  );
}
