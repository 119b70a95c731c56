import { and, desc, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import { Type } from 'typebox';
import { withTransaction } from '../../db/transaction.ts';
import { AppError, notFound } from '../errors.ts';
import { actorOf } from '../context.ts';
import { principalOf, requireLogin } from '../auth/plugin.ts';
import type { Principal } from '../auth/principal.ts';
import { IdParams, Instant, Nullable, ProblemSchema, Uuid, errorResponses } from '../http/schemas.ts';
import { contextOf, type ModuleRoutes } from '../http/types.ts';
import type { Jobs } from './jobs.ts';
import { jobRun } from './tables.ts';

const JobRunSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  status: Type.String({ description: 'queued, running, completed or failed' }),
  progressDone: Type.Integer(),
  progressTotal: Nullable(Type.Integer()),
  message: Nullable(Type.String()),
  params: Type.Unknown(),
  result: Type.Unknown(),
  error: Nullable(Type.String()),
  attempts: Type.Integer(),
  createdBy: Nullable(Uuid),
  createdAt: Instant,
  startedAt: Nullable(Instant),
  finishedAt: Nullable(Instant),
});

/**
 * A user sees the runs they started; a national user (all districts) also sees every run of the jobs
 * their rights let them start. District users never see others' runs: a run's parameters and result
 * may concern other districts.
 */
function visibleRuns(jobs: Jobs, principal: Principal): SQL {
  if (!principal.scope.all) return eq(jobRun.createdBy, principal.userId);
  const names = jobs.names().filter((n) => {
    const right = jobs.definition(n)?.right;
    return right !== undefined && principal.rights.has(right);
  });
  return names.length ? or(eq(jobRun.createdBy, principal.userId), inArray(jobRun.name, names))! : eq(jobRun.createdBy, principal.userId);
}

export const jobRoutes: ModuleRoutes = (app, platform) => {
  const tags = ['jobs'];
  app.get(
    '/jobs',
    {
      schema: {
        tags,
        summary: 'Recent job runs I may see, newest first',
        querystring: Type.Object(
          {
            name: Type.Optional(Type.String({ maxLength: 100 })),
            before: Type.Optional(Uuid),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(JobRunSchema), nextCursor: Nullable(Type.String()) }), ...errorResponses },
      },
      preHandler: requireLogin,
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const rows = await platform.database.db
        .select()
        .from(jobRun)
        .where(
          and(
            visibleRuns(platform.jobs, principalOf(request)),
            request.query.name ? eq(jobRun.name, request.query.name) : undefined,
            request.query.before ? lt(jobRun.id, request.query.before) : undefined,
          ),
        )
        .orderBy(desc(jobRun.id))
        .limit(limit + 1);
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
    },
  );

  app.get(
    '/jobs/:id',
    {
      schema: { tags, summary: 'One job run with its progress', params: IdParams, response: { 200: JobRunSchema, ...errorResponses } },
      preHandler: requireLogin,
    },
    async (request) => {
      const row = (
        await platform.database.db
          .select()
          .from(jobRun)
          .where(and(eq(jobRun.id, request.params.id), visibleRuns(platform.jobs, principalOf(request))))
      )[0];
      if (!row) throw notFound('job');
      return row;
    },
  );

  app.post(
    '/jobs/:name/run',
    {
      schema: {
        tags,
        summary: 'Start a job now (for jobs that may be started on demand)',
        params: Type.Object({ name: Type.String({ maxLength: 100 }) }),
        body: Type.Optional(Type.Object({}, { additionalProperties: true })),
        response: { 202: JobRunSchema, 409: ProblemSchema, ...errorResponses },
      },
      preHandler: requireLogin,
    },
    async (request, reply) => {
      const ctx = contextOf(platform, request);
      const definition = platform.jobs.definition(request.params.name);
      if (!definition || definition.right === undefined) throw new AppError('not-found', 'job-not-found');
      if (!ctx.principal.rights.has(definition.right)) throw new AppError('forbidden', 'missing-right', { right: definition.right });
      const id = await withTransaction(platform.database.db, actorOf(ctx), (tx) =>
        platform.jobs.enqueue(definition.name, (request.body as Record<string, unknown> | undefined) ?? {}, { tx, createdBy: ctx.principal.userId }),
      );
      const row = (await platform.database.db.select().from(jobRun).where(eq(jobRun.id, id)))[0]!;
      return reply.code(202).header('location', `/api/v1/jobs/${id}`).send(row);
    },
  );
};
