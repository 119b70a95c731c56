import { Type } from 'typebox';
import { Rights } from '../../../../common/rights.ts';
import { requireRight } from '../../platform/auth/plugin.ts';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { HistoryEntrySchema, IdParams, Instant, ListQueryBase, Nullable, ProblemSchema, Uuid, errorResponses, pageOf } from '../../platform/http/schemas.ts';
import { contextOf, type ModuleRoutes } from '../../platform/http/types.ts';
import { createLocation, deleteLocation, getLocation, listLocations, locationHistory, locationPath, moveLocation, updateLocation } from './service.ts';

const LocationType = Type.Union([Type.Literal('R'), Type.Literal('D'), Type.Literal('W'), Type.Literal('V')], {
  description: 'R region, D district, W ward/municipality, V village',
});
const Count = Nullable(Type.Integer({ minimum: 0, maximum: 2_000_000_000 }));

export const LocationSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  type: LocationType,
  parentId: Nullable(Uuid),
  regionId: Nullable(Uuid),
  districtId: Nullable(Uuid),
  malePopulation: Count,
  femalePopulation: Count,
  otherPopulation: Count,
  families: Count,
  childCount: Type.Integer(),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
});

const Code = Type.String({ minLength: 1, maxLength: 8, pattern: '^\\S(.*\\S)?$' });
const Name = Type.String({ minLength: 1, maxLength: 50 });

const LocationCreate = Type.Object(
  {
    code: Code,
    name: Name,
    type: LocationType,
    parentId: Nullable(Uuid),
    malePopulation: Type.Optional(Count),
    femalePopulation: Type.Optional(Count),
    otherPopulation: Type.Optional(Count),
    families: Type.Optional(Count),
  },
  { additionalProperties: false },
);

const LocationPatch = Type.Object(
  {
    code: Type.Optional(Code),
    name: Type.Optional(Name),
    malePopulation: Type.Optional(Count),
    femalePopulation: Type.Optional(Count),
    otherPopulation: Type.Optional(Count),
    families: Type.Optional(Count),
  },
  { additionalProperties: false },
);

const LocationListQuery = Type.Object(
  {
    ...ListQueryBase,
    q: Type.Optional(Type.String({ maxLength: 50, description: 'code prefix or part of the name (similar names match too)' })),
    type: Type.Optional(LocationType),
    parentId: Type.Optional(Uuid),
    roots: Type.Optional(Type.Boolean({ description: 'only the top of the tree the caller may see (regions)' })),
    sort: Type.Optional(Type.String({ description: 'code, name or type; prefix with - to reverse' })),
  },
  { additionalProperties: false },
);

const VersionHeader = Type.Object({ 'if-match': Type.Optional(Type.String({ description: 'the ETag (version) you edited' })) });
const tags = ['locations'];

export const locationRoutes: ModuleRoutes = (app, platform) => {
  app.get(
    '/locations',
    {
      schema: { tags, summary: 'Search and list locations', querystring: LocationListQuery, response: { 200: pageOf(LocationSchema), ...errorResponses } },
      preHandler: requireRight(Rights.locationSearch),
    },
    (request) => listLocations(contextOf(platform, request), request.query),
  );

  app.get(
    '/locations/:id',
    {
      schema: { tags, summary: 'One location', params: IdParams, response: { 200: LocationSchema, ...errorResponses } },
      preHandler: requireRight(Rights.locationSearch),
    },
    async (request, reply) => {
      const row = await getLocation(contextOf(platform, request), request.params.id);
      setEtag(reply, row.version);
      return row;
    },
  );

  app.get(
    '/locations/:id/path',
    {
      schema: {
        tags,
        summary: 'The chain of locations from the region down to this one',
        params: IdParams,
        response: { 200: Type.Array(LocationSchema), ...errorResponses },
      },
      preHandler: requireRight(Rights.locationSearch),
    },
    (request) => locationPath(contextOf(platform, request), request.params.id),
  );

  app.get(
    '/locations/:id/history',
    {
      schema: {
        tags,
        summary: 'Every change of a location (audit trail)',
        params: IdParams,
        response: { 200: Type.Array(HistoryEntrySchema), ...errorResponses },
      },
      preHandler: requireRight(Rights.locationSearch),
    },
    (request) => locationHistory(contextOf(platform, request), request.params.id),
  );

  app.post(
    '/locations',
    {
      schema: { tags, summary: 'Add a location', body: LocationCreate, response: { 201: LocationSchema, 409: ProblemSchema, ...errorResponses } },
      preHandler: requireRight(Rights.locationAdd, Rights.regionAdd),
    },
    async (request, reply) => {
      const row = await createLocation(contextOf(platform, request), { ...request.body, parentId: request.body.parentId ?? null });
      setEtag(reply, row.version).code(201).header('location', `/api/v1/locations/${row.id}`);
      return row;
    },
  );

  app.patch(
    '/locations/:id',
    {
      schema: {
        tags,
        summary: 'Change a location (send If-Match)',
        params: IdParams,
        headers: VersionHeader,
        body: LocationPatch,
        response: { 200: LocationSchema, 409: ProblemSchema, 412: ProblemSchema, 428: ProblemSchema, ...errorResponses },
      },
      preHandler: requireRight(Rights.locationEdit),
    },
    async (request, reply) => {
      const row = await updateLocation(contextOf(platform, request), request.params.id, expectedVersion(request), request.body);
      setEtag(reply, row.version);
      return row;
    },
  );

  app.post(
    '/locations/:id/move',
    {
      schema: {
        tags,
        summary: 'Move a branch under another parent (send If-Match)',
        params: IdParams,
        headers: VersionHeader,
        body: Type.Object({ parentId: Uuid }, { additionalProperties: false }),
        response: { 200: LocationSchema, 412: ProblemSchema, 428: ProblemSchema, 422: ProblemSchema, ...errorResponses },
      },
      preHandler: requireRight(Rights.locationMove),
    },
    async (request, reply) => {
      const row = await moveLocation(contextOf(platform, request), request.params.id, expectedVersion(request), request.body.parentId);
      setEtag(reply, row.version);
      return row;
    },
  );

  app.delete(
    '/locations/:id',
    {
      schema: {
        tags,
        summary: 'Delete a location (soft; refused while anything lives there; send If-Match)',
        params: IdParams,
        headers: VersionHeader,
        response: { 204: Type.Null(), 409: ProblemSchema, 412: ProblemSchema, 428: ProblemSchema, ...errorResponses },
      },
      preHandler: requireRight(Rights.locationDelete),
    },
    async (request, reply) => {
      await deleteLocation(contextOf(platform, request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
};
