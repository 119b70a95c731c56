import { eq, getTableColumns, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { queryRows, type Executor, type Tx } from '../../db/types.ts';
import { withTransaction } from '../../db/transaction.ts';
import { uuidv7 } from '../../db/columns.ts';
import { AppError, notFound, staleVersion, type FieldError } from '../errors.ts';
import { actorOf, type RequestContext } from '../context.ts';
import { historyOf } from '../audit/history.ts';
import { afterCursor, allOf, orderFor, pageFrom, parseSort } from '../http/paging.ts';
import type { Scope } from '../auth/principal.ts';

/** The columns every register table has (idColumn + versionedColumns). */
export type RegisterTable = PgTable & {
  id: AnyPgColumn;
  version: AnyPgColumn;
  deletedAt: AnyPgColumn;
  updatedAt: AnyPgColumn;
};

export interface RegisterQuery {
  q?: string;
  code?: string;
  sort?: string;
  limit?: number;
  cursor?: string;
  total?: boolean;
  [filter: string]: unknown;
}

/**
 * What makes one register: its table, how it is searched, filtered and scoped, how input becomes a
 * row, and the rules checked before a write. Everything else (paging, versions, audit, history,
 * "as at", soft delete, optimistic concurrency) is the same for all registers and lives here.
 */
export interface RegisterDef<Row extends { id: string; version: number }, Input> {
  /** For messages: "The health facility was not found." */
  entity: string;
  table: RegisterTable;
  /** Tables whose audit rows belong to a record's history (itself and its link tables). */
  auditTables: string[];
  /** Whether the table has a <table>_version companion (registers read "as at" a date). */
  versioned: boolean;
  sorts: Record<string, AnyPgColumn | SQL>;
  defaultSort: string;
  /** Code prefix or name similarity; undefined when the register has no text search. */
  search?: (q: string) => SQL | undefined;
  /** The register's own filters from the query string. */
  filters?: (query: RegisterQuery) => (SQL | undefined)[];
  /** Rows the caller may read; undefined = all (national registers). */
  readScope?: (scope: Scope) => SQL | undefined;
  /** Field errors of an input, checked inside the write's transaction (references, scope, rules). */
  validate?: (ctx: RequestContext, tx: Tx, input: Input, current: Row | null) => Promise<FieldError[]>;
  /** May the caller change this existing row? (scope of the stored row; 404 when not). */
  writable?: (ctx: RequestContext, row: Row) => boolean;
  toRow: (input: Input) => Record<string, unknown>;
  /** Replaces linked rows (catchment villages, package contents) after the main row is written. */
  writeLinks?: (tx: Tx, id: string, input: Input) => Promise<void>;
  /** Linked data as it stood at the end of a day (link tables keep no version table; read the audit trail). */
  linksAsAt?: (executor: Executor, row: Row, day: string) => Promise<Row>;
  /** Adds linked data to a page of rows, with one query per link (never one per row). */
  withLinks?: (executor: Executor, rows: Row[]) => Promise<Row[]>;
  /** Where the record is still used; a delete is refused while anything is listed. */
  usage?: (tx: Tx, id: string) => Promise<{ what: string; count: number }[]>;
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

/** Code prefix or name part/similarity, the search every register offers. */
export function codeOrNameSearch(code: AnyPgColumn, name: AnyPgColumn | SQL) {
  return (q: string) => or(ilike(code, `${escapeLike(q)}%`), sql`${name} ilike ${'%' + escapeLike(q) + '%'}`, sql`${name} % ${q}`);
}

/** The use cases of a register, built from its definition. */
export function registerService<Row extends { id: string; version: number }, Input>(def: RegisterDef<Row, Input>) {
  const { table } = def;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const { deletedAt: _deleted, ...visible } = columns;
  const tableName = getTableConfig(table).name;
  const live = isNull(table.deletedAt);
  const codeColumn = columns.code;

  async function withLinks(executor: Executor, rows: Row[]): Promise<Row[]> {
    return def.withLinks && rows.length ? def.withLinks(executor, rows) : rows;
  }

  async function readable(ctx: RequestContext, executor: Executor, id: string, lock = false): Promise<Row> {
    const query = executor
      .select(visible)
      .from(table)
      .where(allOf(eq(table.id, id), live, def.readScope?.(ctx.principal.scope)));
    const row = (lock ? await query.for('update') : await query)[0] as Row | undefined;
    if (!row) throw notFound(def.entity);
    return row;
  }

  async function check(ctx: RequestContext, tx: Tx, input: Input, current: Row | null): Promise<void> {
    const errors = (await def.validate?.(ctx, tx, input, current)) ?? [];
    if (errors.length) throw new AppError('validation', 'validation', {}, errors);
  }

  async function one(executor: Executor, id: string): Promise<Row> {
    const row = (await executor.select(visible).from(table).where(eq(table.id, id)))[0] as Row;
    return (await withLinks(executor, [row]))[0]!;
  }

  return {
    async list(ctx: RequestContext, query: RegisterQuery) {
      const db = ctx.database.db;
      const sort = parseSort(query.sort, def.sorts, def.defaultSort, table.id);
      const limit = query.limit ?? 50;
      const q = query.q?.trim();
      const filter = allOf(
        live,
        def.readScope?.(ctx.principal.scope),
        q && def.search ? def.search(q) : undefined,
        query.code && codeColumn ? eq(codeColumn, query.code) : undefined,
        ...(def.filters?.(query) ?? []),
      );
      const rows = (await db
        .select(visible)
        .from(table)
        .where(allOf(filter, afterCursor(sort, query.cursor)))
        .orderBy(...orderFor(sort))
        .limit(limit + 1)) as Row[];
      const page = pageFrom(rows, limit, sort, (r) => ({ value: (r as Record<string, unknown>)[sort.key], id: r.id }));
      const total = query.total
        ? Number(
            (
              await db
                .select({ n: sql<number>`count(*)::int` })
                .from(table)
                .where(filter)
            )[0]?.n ?? 0,
          )
        : undefined;
      return { items: await withLinks(db, page.items), nextCursor: page.nextCursor, ...(total !== undefined ? { total } : {}) };
    },

    async get(ctx: RequestContext, id: string): Promise<Row> {
      const row = await readable(ctx, ctx.database.db, id);
      return (await withLinks(ctx.database.db, [row]))[0]!;
    },

    /**
     * The record as it stood at the end of a calendar day (changes made during that day count).
     * Claims read items and prices as at their target date, policies products as at enrolment.
     */
    async asAt(ctx: RequestContext, id: string, day: string): Promise<Row> {
      if (!def.versioned) throw new Error(`${tableName} keeps no versions`);
      await readable(ctx, ctx.database.db, id).catch(async (error) => {
        // A record deleted since may still be read as it was; scope is checked on the current row.
        const exists = await ctx.database.db
          .select({ id: table.id })
          .from(table)
          .where(allOf(eq(table.id, id), def.readScope?.(ctx.principal.scope)));
        if (!exists.length) throw error;
      });
      const end = sql`(${day}::date + 1)::timestamptz`;
      const raw = await queryRows<Record<string, unknown>>(
        ctx.database.db,
        sql`select * from (
              select t.*, null::timestamptz as valid_to from ${sql.identifier(tableName)} t where t.id = ${id}
              union all
              select v.* from ${sql.identifier(`${tableName}_version`)} v where v.id = ${id}
            ) s
            where s.updated_at < ${end} and (s.valid_to is null or s.valid_to >= ${end}) and (s.deleted_at is null or s.deleted_at >= ${end})
            order by s.updated_at desc limit 1`,
      );
      if (!raw[0]) throw notFound(def.entity);
      const row = Object.fromEntries(
        Object.entries(visible).map(([key, column]) => [key, raw[0]![column.name] == null ? null : column.mapFromDriverValue(raw[0]![column.name] as never)]),
      ) as unknown as Row;
      return def.linksAsAt ? def.linksAsAt(ctx.database.db, row, day) : row;
    },

    async create(ctx: RequestContext, input: Input): Promise<Row> {
      return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
        await check(ctx, tx, input, null);
        const id = uuidv7();
        await tx.insert(table).values({ ...def.toRow(input), id } as never);
        await def.writeLinks?.(tx, id, input);
        return one(tx, id);
      });
    },

    async update(ctx: RequestContext, id: string, version: number, input: Input): Promise<Row> {
      return withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
        const current = await readable(ctx, tx, id, true);
        if (def.writable && !def.writable(ctx, current)) throw notFound(def.entity);
        if (current.version !== version) throw staleVersion(current.version);
        await check(ctx, tx, input, current);
        await tx
          .update(table)
          .set({ ...def.toRow(input), version: current.version + 1, updatedAt: sql`now()` } as never)
          .where(eq(table.id, id));
        await def.writeLinks?.(tx, id, input);
        return one(tx, id);
      });
    },

    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await withTransaction(ctx.database.db, actorOf(ctx), async (tx) => {
        const current = await readable(ctx, tx, id, true);
        if (def.writable && !def.writable(ctx, current)) throw notFound(def.entity);
        if (current.version !== version) throw staleVersion(current.version);
        const usage = (await def.usage?.(tx, id)) ?? [];
        if (usage.length) {
          throw new AppError('conflict', 'register-in-use', { entity: def.entity, where: usage.map((u) => `${u.count} ${u.what}`).join(', ') });
        }
        await tx
          .update(table)
          .set({ deletedAt: sql`now()`, version: current.version + 1, updatedAt: sql`now()` } as never)
          .where(eq(table.id, id));
      });
    },

    async history(ctx: RequestContext, id: string) {
      const exists = await ctx.database.db
        .select({ id: table.id })
        .from(table)
        .where(allOf(eq(table.id, id), def.readScope?.(ctx.principal.scope)));
      if (!exists.length) throw notFound(def.entity);
      return historyOf(ctx.database.db, def.auditTables, id);
    },
  };
}

export type RegisterService<Row extends { id: string; version: number }, Input> = ReturnType<typeof registerService<Row, Input>>;
