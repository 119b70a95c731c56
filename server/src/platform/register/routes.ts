import { Type, type TObject, type TProperties, type TSchema } from 'typebox';
import { requireLogin, requireRight } from '../auth/plugin.ts';
import { expectedVersion, setEtag } from '../http/concurrency.ts';
import { HistoryEntrySchema, IdParams, IsoDate, ListQueryBase, ProblemSchema, errorResponses, pageOf } from '../http/schemas.ts';
import { contextOf, type App } from '../http/types.ts';
import type { Platform } from '../context.ts';
import type { RegisterQuery, RegisterService } from './service.ts';

export interface RegisterRoutesDef<Row extends { id: string; version: number }, Input> {
  /** Plural kebab-case path, e.g. `/health-facilities`. */
  path: string;
  tag: string;
  /** Used in summaries: "health facility", and its plural. */
  noun: string;
  plural: string;
  /** Rights per action; `'login'` lets every logged-in user read (national registers such as diagnoses). */
  rights: { search: number | 'login'; add: number; edit: number; delete: number };
  /** The record as answered (TypeBox). */
  view: TSchema;
  /** The body of create and update (the whole record: PUT semantics). */
  input: TObject;
  /** Filters of the list besides q, code, sort and paging. */
  filters?: TProperties;
  service: RegisterService<Row, Input>;
}

const VersionHeader = Type.Object({ 'if-match': Type.Optional(Type.String({ description: 'the ETag (version) you edited' })) });

/** The REST routes every register has: list, get (optionally as at a date), history, create, update, delete. */
export function registerRoutes<Row extends { id: string; version: number }, Input>(app: App, platform: Platform, def: RegisterRoutesDef<Row, Input>): void {
  const tags = [def.tag];
  const { service } = def;
  const canRead = def.rights.search === 'login' ? requireLogin : requireRight(def.rights.search);
  const Query = Type.Object(
    {
      ...ListQueryBase,
      q: Type.Optional(Type.String({ maxLength: 100, description: 'code prefix, or part of the name (similar names match too)' })),
      code: Type.Optional(Type.String({ maxLength: 50, description: 'exact code' })),
      sort: Type.Optional(Type.String({ maxLength: 50 })),
      ...def.filters,
    },
    { additionalProperties: false },
  );

  app.get(
    def.path,
    {
      schema: { tags, summary: `Search and list ${def.plural}`, querystring: Query, response: { 200: pageOf(def.view), ...errorResponses } },
      preHandler: canRead,
    },
    (request) => service.list(contextOf(platform, request), request.query as RegisterQuery) as never,
  );

  app.get(
    `${def.path}/:id`,
    {
      schema: {
        tags,
        summary: `One ${def.noun}; with asAt, as it stood at the end of that day`,
        params: IdParams,
        querystring: Type.Object({ asAt: Type.Optional(IsoDate) }, { additionalProperties: false }),
        response: { 200: def.view, ...errorResponses },
      },
      preHandler: canRead,
    },
    async (request, reply) => {
      const ctx = contextOf(platform, request);
      const { asAt } = request.query as { asAt?: string };
      const row = asAt ? await service.asAt(ctx, request.params.id, asAt) : await service.get(ctx, request.params.id);
      if (!asAt) setEtag(reply, row.version);
      return row as never;
    },
  );

  app.get(
    `${def.path}/:id/history`,
    {
      schema: { tags, summary: `Every change of a ${def.noun}`, params: IdParams, response: { 200: Type.Array(HistoryEntrySchema), ...errorResponses } },
      preHandler: canRead,
    },
    (request) => service.history(contextOf(platform, request), request.params.id),
  );

  app.post(
    def.path,
    {
      schema: { tags, summary: `Add a ${def.noun}`, body: def.input, response: { 201: def.view, 409: ProblemSchema, ...errorResponses } },
      preHandler: requireRight(def.rights.add),
    },
    async (request, reply) => {
      const row = await service.create(contextOf(platform, request), request.body as Input);
      setEtag(reply, row.version).code(201).header('location', `/api/v1${def.path}/${row.id}`);
      return row as never;
    },
  );

  app.put(
    `${def.path}/:id`,
    {
      schema: {
        tags,
        summary: `Change a ${def.noun} (send If-Match)`,
        params: IdParams,
        headers: VersionHeader,
        body: def.input,
        response: { 200: def.view, 409: ProblemSchema, 412: ProblemSchema, 428: ProblemSchema, ...errorResponses },
      },
      preHandler: requireRight(def.rights.edit),
    },
    async (request, reply) => {
      const row = await service.update(contextOf(platform, request), request.params.id, expectedVersion(request), request.body as Input);
      setEtag(reply, row.version);
      return row as never;
    },
  );

  app.delete(
    `${def.path}/:id`,
    {
      schema: {
        tags,
        summary: `Delete a ${def.noun} (soft; refused while it is used; send If-Match)`,
        params: IdParams,
        headers: VersionHeader,
        response: { 204: Type.Null(), 409: ProblemSchema, 412: ProblemSchema, 428: ProblemSchema, ...errorResponses },
      },
      preHandler: requireRight(def.rights.delete),
    },
    async (request, reply) => {
      await service.remove(contextOf(platform, request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
}
