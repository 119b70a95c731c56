import { eq, sql } from 'drizzle-orm';
import { PgBoss, fromDrizzle, fromPglite } from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/connection.ts';
import type { Tx } from '../../db/types.ts';
import { uuidv7 } from '../../db/columns.ts';
import type { Clock } from '../clock.ts';
import { jobRun } from './tables.ts';

/** What a running job can do: report progress, use the database and the clock. */
export interface JobContext {
  runId: string;
  database: Database;
  clock: Clock;
  log: FastifyBaseLogger;
  /** Records progress (done of total, with a message) where the API and the UI can see it. */
  progress(done: number, total?: number | null, message?: string): Promise<void>;
}

export interface JobDefinition<P = Record<string, unknown>> {
  /** Queue name, `<module>.<verb>`, e.g. `auth.purge-refresh-tokens`. */
  name: string;
  /** Cron expression (UTC) for scheduled jobs. */
  schedule?: string;
  /** The right that lets a user start it on demand; without one it can only run on schedule or from code. */
  right?: number;
  retryLimit?: number;
  /** Must be idempotent: a retry or a second run leaves the same result. */
  run(ctx: JobContext, params: P): Promise<Record<string, unknown> | void>;
}

export interface Jobs {
  register<P>(definition: JobDefinition<P>): void;
  definition(name: string): JobDefinition | undefined;
  names(): string[];
  /** Installs the queue schema and schedules; starts workers when `work` is true. */
  start(work: boolean): Promise<void>;
  /** Queues a run; pass the transaction so the job exists only if the business change commits. */
  enqueue(name: string, params: Record<string, unknown>, opts: { tx: Tx; createdBy: string | null }): Promise<string>;
  stop(): Promise<void>;
}

interface QueuedData {
  runId?: string;
  params?: Record<string, unknown>;
}

export function createJobs(database: Database, clock: Clock, log: FastifyBaseLogger): Jobs {
  const definitions = new Map<string, JobDefinition>();
  let boss: PgBoss | undefined;

  const bossDb = database.kind === 'pglite' ? { db: fromPglite(database.pglite!) } : { connectionString: undefined as string | undefined };

  async function execute(definition: JobDefinition, data: QueuedData): Promise<void> {
    const db = database.db;
    const runId = data.runId ?? uuidv7();
    if (!data.runId) await db.insert(jobRun).values({ id: runId, name: definition.name, params: data.params ?? {} });
    await db
      .update(jobRun)
      .set({ status: 'running', startedAt: sql`now()`, attempts: sql`${jobRun.attempts} + 1`, error: null })
      .where(eq(jobRun.id, runId));
    const ctx: JobContext = {
      runId,
      database,
      clock,
      log,
      async progress(done, total, message) {
        await db
          .update(jobRun)
          .set({ progressDone: done, ...(total !== undefined ? { progressTotal: total } : {}), ...(message !== undefined ? { message } : {}) })
          .where(eq(jobRun.id, runId));
      },
    };
    try {
      const result = await definition.run(ctx, data.params ?? {});
      await db
        .update(jobRun)
        .set({ status: 'completed', result: result ?? {}, finishedAt: sql`now()` })
        .where(eq(jobRun.id, runId));
    } catch (error) {
      await db
        .update(jobRun)
        .set({ status: 'failed', error: String((error as Error).message ?? error), finishedAt: sql`now()` })
        .where(eq(jobRun.id, runId));
      throw error;
    }
  }

  return {
    register(definition) {
      definitions.set(definition.name, definition as JobDefinition);
    },
    definition: (name) => definitions.get(name),
    names: () => [...definitions.keys()],
    async start(work) {
      boss =
        database.kind === 'pglite'
          ? new PgBoss({ ...bossDb, schema: 'pgboss' })
          : new PgBoss({ connectionString: connectionStringOf(database), schema: 'pgboss', max: 4 });
      boss.on('error', (error) => log.error({ err: error }, 'job runner error'));
      await boss.start();
      for (const definition of definitions.values()) {
        await boss.createQueue(definition.name, { retryLimit: definition.retryLimit ?? 2, retryDelay: 30, retryBackoff: true });
        if (definition.schedule) await boss.schedule(definition.name, definition.schedule, {}, { tz: 'UTC' });
        if (work) {
          await boss.work<QueuedData>(definition.name, { pollingIntervalSeconds: 1 }, async ([job]) => {
            if (job) await execute(definition, job.data ?? {});
          });
        }
      }
    },
    async enqueue(name, params, { tx, createdBy }) {
      const definition = definitions.get(name);
      if (!definition || !boss) throw new Error(`unknown job ${name}`);
      const runId = uuidv7();
      await tx.insert(jobRun).values({ id: runId, name, params, createdBy });
      await boss.send(name, { runId, params }, { db: fromDrizzle(tx as never, sql as never) });
      return runId;
    },
    async stop() {
      await boss?.stop({ graceful: true, timeout: 5000 });
    },
  };
}

function connectionStringOf(database: Database): string {
  const options = (database.pool as unknown as { options: { connectionString: string } }).options;
  return options.connectionString;
}
