import { and, eq, getTableColumns, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { uuidv7 } from '../../../db/columns.ts';
import { withTransaction } from '../../../db/transaction.ts';
import { queryRows, type Executor, type Tx } from '../../../db/types.ts';
import type { Scope } from '../../../platform/auth/principal.ts';
import { actorOf, type RequestContext } from '../../../platform/context.ts';
import { AppError, notFound, staleVersion } from '../../../platform/errors.ts';
import { afterCursor, allOf, orderFor, pageFrom, parseSort } from '../../../platform/http/paging.ts';
import { codeOrNameSearch, registerService } from '../../../platform/register/service.ts';
import { kinds, type AddFilter, type HeaderTable, type PriceListKind } from './kinds.ts';
import { locationsOf, type PlaceOfList } from './locations.ts';
import { canWritePriceList, checkPriceListLocation, diffLines, effectivePrice, repeatedLines, type LiveLine } from './rules.ts';

export type PriceList = Omit<HeaderTable['$inferSelect'], 'deletedAt'> & {
  location: Pick<PlaceOfList, 'code' | 'name' | 'type'> | null;
  /** Live lines now; absent when the list is read as at a date. */
  lineCount?: number;
};

export interface PriceListInput {
  name: string;
  date: string;
  locationId: string | null;
}

/** One line to keep in a list: the item (or service) and its optional price override. */
export interface LineInput {
  memberId: string;
  priceOverride: string | null;
}

export interface LineQuery {
  q?: string;
  type?: string;
  sort?: string;
  limit?: number;
  cursor?: string;
  total?: boolean;
}

/** SQL counterpart of rules.canReadPriceList, for lists and single reads. */
function readScope(header: HeaderTable, scope: Scope): SQL | undefined {
  if (scope.all) return undefined;
  const places = [...scope.districtIds, ...scope.regionIds];
  return places.length ? or(isNull(header.locationId), inArray(header.locationId, places)) : isNull(header.locationId);
}

/** A JSON array as one parameter: thousands of lines in one statement without thousands of placeholders. */
const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/** The use cases of one kind of price list: the register (header) plus its lines. */
function priceListService(k: PriceListKind) {
  const { header, line, member } = k;
  const { deletedAt: _deleted, ...visible } = getTableColumns(header);
  const lineTable = sql.identifier(line.name);
  const memberColumn = sql.identifier(k.memberColumn);

  async function withLinks(executor: Executor, rows: PriceList[]): Promise<PriceList[]> {
    const ids = rows.map((r) => r.id);
    const places = await locationsOf(executor, [...new Set(rows.map((r) => r.locationId).filter((id): id is string => id !== null))]);
    const counts = await executor
      .select({ id: line.priceListId, n: sql<number>`count(*)::int` })
      .from(line.table)
      .where(and(inArray(line.priceListId, ids), isNull(line.deletedAt)))
      .groupBy(line.priceListId);
    return rows.map((row) => {
      const place = row.locationId ? places.get(row.locationId) : undefined;
      return {
        ...row,
        location: place ? { code: place.code, name: place.name, type: place.type } : null,
        lineCount: Number(counts.find((c) => c.id === row.id)?.n ?? 0),
      };
    });
  }

  async function validate(ctx: RequestContext, tx: Tx, input: PriceListInput) {
    const places = input.locationId ? await locationsOf(tx, [input.locationId], ctx.principal.scope) : new Map();
    return checkPriceListLocation(ctx.principal.scope, input.locationId, input.locationId ? places.get(input.locationId) : undefined);
  }

  /** A list is changed only by users of its district (all districts for national and regional lists). */
  function assertWritable(ctx: RequestContext, row: { locationId: string | null }): true {
    // The caller already reads the list (read scope passed), so saying "not allowed" reveals nothing.
    if (!canWritePriceList(ctx.principal.scope, row.locationId)) throw new AppError('forbidden', 'price-list-out-of-scope');
    return true;
  }

  const register = registerService<PriceList, PriceListInput>({
    entity: k.entity,
    table: header,
    auditTables: [k.headerName],
    // Headers keep no version table: "as at" is answered from the audit trail (asAt below).
    versioned: false,
    sorts: { name: header.name, date: header.date },
    defaultSort: 'name',
    search: (q) => or(sql`${header.name} ilike ${'%' + q.replace(/[%_\\]/g, '\\$&') + '%'}`, sql`${header.name} % ${q}`),
    filters: (query) => [
      query.locationId ? eq(header.locationId, query.locationId as string) : undefined,
      query.national === true ? isNull(header.locationId) : undefined,
    ],
    readScope: (scope) => readScope(header, scope),
    validate: (ctx, tx, input) => validate(ctx, tx, input),
    writable: assertWritable,
    toRow: (input) => ({ name: input.name, date: input.date, locationId: input.locationId }),
    withLinks,
    usage: (tx, id) => k.usage.of(tx, [id]),
  });

  /** The list, locked when asked, if the caller may read it; 404 otherwise. */
  async function readable(ctx: RequestContext, executor: Executor, id: string, lock = false): Promise<PriceList> {
    const query = executor
      .select(visible)
      .from(header)
      .where(allOf(eq(header.id, id), isNull(header.deletedAt), readScope(header, ctx.principal.scope)));
    const row = (lock ? await query.for('update') : await query)[0] as PriceList | undefined;
    if (!row) throw notFound(k.entity);
    return row;
  }

  async function view(executor: Executor, id: string): Promise<PriceList> {
    const rows = (await executor.select(visible).from(header).where(eq(header.id, id))) as PriceList[];
    return (await withLinks(executor, rows))[0]!;
  }

  /** Lines changed: the list's version moves too, so that an editor holding an older one is told (412). */
  async function touch(tx: Tx, list: PriceList): Promise<number> {
    await tx
      .update(header)
      .set({ version: list.version + 1, updatedAt: sql`now()` })
      .where(eq(header.id, list.id));
    return list.version + 1;
  }

  /** Ids among those given that are not live items (services), by their position in the request. */
  async function unknownMembers(tx: Tx, ids: string[]): Promise<number[]> {
    if (!ids.length) return [];
    const rows = await queryRows<{ i: number }>(
      tx,
      sql`select (x.i - 1)::int as i from jsonb_array_elements_text(${json(ids)}) with ordinality as x(id, i)
          where not exists (select 1 from ${sql.identifier(member.name)} m where m.id = x.id::uuid and m.deleted_at is null)`,
    );
    return rows.map((r) => Number(r.i));
  }

  /** Inserts lines for members not yet in the list (ids made here: UUIDv7 comes from the application). */
  async function insertLines(tx: Tx, listId: string, lines: LineInput[]): Promise<number> {
    if (!lines.length) return 0;
    const payload = lines.map((l) => ({ id: uuidv7(), member_id: l.memberId, price_override: l.priceOverride }));
    const rows = await queryRows<{ n: number }>(
      tx,
      sql`with added as (
            insert into ${lineTable} (id, price_list_id, ${memberColumn}, price_override)
            select x.id, ${listId}::uuid, x.member_id, x.price_override
            from jsonb_to_recordset(${json(payload)}) as x(id uuid, member_id uuid, price_override numeric)
            where not exists (select 1 from ${lineTable} l where l.price_list_id = ${listId}::uuid and l.${memberColumn} = x.member_id and l.deleted_at is null)
            returning 1)
          select count(*)::int as n from added`,
    );
    return Number(rows[0]?.n ?? 0);
  }

  return {
    ...register,

    /**
     * The list as it stood at the end of a day, from the audit trail (every insert and update of the
     * header is there with the whole row). Scope is checked on the current row, as for registers.
     */
    async asAt(ctx: RequestContext, id: string, day: string): Promise<PriceList> {
      const db = ctx.database.db;
      const current = await db
        .select({ id: header.id })
        .from(header)
        .where(allOf(eq(header.id, id), readScope(header, ctx.principal.scope)));
      if (!current.length) throw notFound(k.entity);
      const rows = await queryRows<{ row: Record<string, string | number | null> }>(
        db,
        sql`select new_row as row from audit.row_change
            where table_name = ${k.headerName} and row_id = ${id} and op <> 'D' and changed_at < (${day}::date + 1)::timestamptz
            order by id desc limit 1`,
      );
      const row = rows[0]?.row;
      if (!row || row.deleted_at !== null) throw notFound(k.entity);
      const [list] = await withLinks(db, [
        {
          id: String(row.id),
          name: String(row.name),
          date: String(row.date),
          locationId: (row.location_id as string | null) ?? null,
          version: Number(row.version),
          createdAt: new Date(String(row.created_at)).toISOString(),
          updatedAt: new Date(String(row.updated_at)).toISOString(),
          location: null,
        },
      ]);
      const { lineCount: _now, ...asAt } = list!;
      return asAt;
    },

    /** The live lines of a list with each member's code, name, own price and effective price (domain.md 1.5). */
    async lines(ctx: RequestContext, id: string, query: LineQuery) {
      const db = ctx.database.db;
      await readable(ctx, db, id);
      const sort = parseSort(query.sort, { code: member.code, name: member.name_ }, 'code', line.id);
      const limit = query.limit ?? 50;
      const q = query.q?.trim();
      const filter = allOf(
        eq(line.priceListId, id),
        isNull(line.deletedAt),
        q ? codeOrNameSearch(member.code, member.name_)(q) : undefined,
        query.type ? eq(member.type, query.type) : undefined,
      );
      const rows = await db
        .select({
          id: line.id,
          memberId: line.memberId,
          code: member.code,
          name: member.name_,
          type: member.type,
          price: member.price,
          priceOverride: line.priceOverride,
          version: line.version,
          updatedAt: line.updatedAt,
        })
        .from(line.table)
        .innerJoin(member.table, eq(member.id, line.memberId))
        .where(allOf(filter, afterCursor(sort, query.cursor)))
        .orderBy(...orderFor(sort))
        .limit(limit + 1);
      const page = pageFrom(rows as Record<string, unknown>[], limit, sort, (r) => ({ value: r[sort.key], id: String(r.id) }));
      const total = query.total
        ? Number(
            (
              await db
                .select({ n: sql<number>`count(*)::int` })
                .from(line.table)
                .innerJoin(member.table, eq(member.id, line.memberId))
                .where(filter)
            )[0]?.n ?? 0,
          )
        : undefined;
      const items = page.items.map(({ memberId, ...r }) => ({
        ...r,
        [k.memberKey]: memberId,
        effectivePrice: effectivePrice(r.priceOverride as string | null, r.price as string),
      }));
      return { items, nextCursor: page.nextCursor, ...(total !== undefined ? { total } : {}) };
    },

    /**
     * Makes the list's lines exactly those given. The difference with the live lines is worked out
     * once (rules.diffLines), then applied in at most three set-based statements: lines no longer
     * listed are soft-deleted (their validity ends now), changed overrides are updated (the version
     * table keeps the old price), new members are inserted. Unchanged lines are not touched, so their
     * history stays clean and an unchanged save costs one read.
     */
    async replaceLines(ctx: RequestContext, id: string, version: number, lines: LineInput[]) {
      return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
        const list = await readable(ctx, tx, id, true);
        assertWritable(ctx, list);
        if (list.version !== version) throw staleVersion(list.version);
        const ids = lines.map((l) => l.memberId);
        const errors = [...repeatedLines(ids, k.memberKey), ...(await unknownMembers(tx, ids)).map((i) => ({ field: `${i}.${k.memberKey}`, code: 'unknown' }))];
        if (errors.length) throw new AppError('validation', 'validation', {}, errors);
        // The list is locked: no other change of its lines can slip in between this read and the writes.
        const current = (await tx
          .select({ id: line.id, memberId: line.memberId, priceOverride: line.priceOverride })
          .from(line.table)
          .where(and(eq(line.priceListId, id), isNull(line.deletedAt)))) as LiveLine[];
        const diff = diffLines(current, lines);
        if (diff.remove.length) {
          await tx.execute(
            sql`update ${lineTable} l set deleted_at = now(), updated_at = now(), version = l.version + 1
                where l.id in (select x.id::uuid from jsonb_array_elements_text(${json(diff.remove)}) as x(id))`,
          );
        }
        if (diff.change.length) {
          await tx.execute(
            sql`update ${lineTable} l set price_override = x.price_override, updated_at = now(), version = l.version + 1
                from jsonb_to_recordset(${json(diff.change.map((c) => ({ id: c.id, price_override: c.priceOverride })))}) as x(id uuid, price_override numeric)
                where l.id = x.id`,
          );
        }
        const added = await insertLines(tx, id, diff.add);
        const result = { lines: lines.length, added, changed: diff.change.length, removed: diff.remove.length };
        const newVersion = result.added || result.changed || result.removed ? await touch(tx, list) : list.version;
        return { ...result, version: newVersion };
      });
    },

    /** Adds every live member (of a type, level or category) not yet in the list, without override. */
    async addLines(ctx: RequestContext, id: string, filter: AddFilter) {
      return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
        const list = await readable(ctx, tx, id, true);
        assertWritable(ctx, list);
        const candidates = await tx
          .select({ id: member.id })
          .from(member.table)
          .where(
            allOf(
              isNull(member.deletedAt),
              ...Object.entries(filter).map(([key, value]) => {
                const column = member.filters[key as keyof AddFilter];
                return column && value ? eq(column, value) : undefined;
              }),
              sql`not exists (select 1 from ${lineTable} l where l.price_list_id = ${id}::uuid and l.${memberColumn} = ${member.id} and l.deleted_at is null)`,
            ),
          );
        const added = await insertLines(
          tx,
          id,
          candidates.map((c) => ({ memberId: c.id as string, priceOverride: null })),
        );
        const version = added ? await touch(tx, list) : list.version;
        const count = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(line.table)
          .where(and(eq(line.priceListId, id), isNull(line.deletedAt)));
        return { added, lines: Number(count[0]?.n ?? 0), version };
      });
    },

    /** A new list with the lines (and overrides) of one the caller can read, for a place the caller may change. */
    async copy(ctx: RequestContext, sourceId: string, input: PriceListInput): Promise<PriceList> {
      return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
        await readable(ctx, tx, sourceId);
        const errors = await validate(ctx, tx, input);
        if (errors.length) throw new AppError('validation', 'validation', {}, errors);
        const newId = uuidv7();
        await tx.insert(header).values({ id: newId, name: input.name, date: input.date, locationId: input.locationId });
        const source = await tx
          .select({ memberId: line.memberId, priceOverride: line.priceOverride })
          .from(line.table)
          .where(and(eq(line.priceListId, sourceId), isNull(line.deletedAt)));
        await insertLines(tx, newId, source as LineInput[]);
        return view(tx, newId);
      });
    },
  };
}

export const itemPriceLists = priceListService(kinds.item);
export const servicePriceLists = priceListService(kinds.service);
export type PriceListService = typeof itemPriceLists;
export { priceListRights, type AddFilter } from './kinds.ts';
