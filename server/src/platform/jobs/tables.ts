import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { idColumn, instant } from '../../db/columns.ts';

/**
 * One run of a job, as users see it (progress, result, error). pg-boss carries the execution
 * (queue, retries, one worker per job); this table carries what the API and UI show.
 */
export const jobRun = pgTable(
  'job_run',
  {
    id: idColumn(),
    name: varchar('name', { length: 100 }).notNull(),
    status: varchar('status', { length: 16 }).notNull().default('queued'),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total'),
    message: text('message'),
    params: jsonb('params'),
    result: jsonb('result'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: instant('created_at')
      .notNull()
      .default(sql`now()`),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
  },
  (t) => [index('job_run_name_created').on(t.name, t.createdAt), index('job_run_created_by').on(t.createdBy, t.createdAt)],
);
