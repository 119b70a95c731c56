import { Type, type TProperties } from 'typebox';
import { requireRight } from '../../../platform/auth/plugin.ts';
import type { Platform } from '../../../platform/context.ts';
import { expectedVersion, setEtag } from '../../../platform/http/concurrency.ts';
import { IdParams, Instant, IsoDate, ListQueryBase, Nullable, ProblemSchema, Uuid, errorResponses, pageOf } from '../../../platform/http/schemas.ts';
import { contextOf, type App, type ModuleRoutes } from '../../../platform/http/types.ts';
import { registerRoutes } from '../../../platform/register/routes.ts';
import { ItemTypeSchema, Money, ServiceCategorySchema, ServiceLevelSchema, ServiceTypeSchema } from '../schemas.ts';
import {
  itemPriceLists,
  priceListRights,
  servicePriceLists,
  type AddFilter,
  type LineInput,
  type LineQuery,
  type PriceList,
  type PriceListInput,
  type PriceListService,
} from './service.ts';

export const PriceListSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  date: IsoDate,
  locationId: Nullable(Uuid),
  location: Nullable(Type.Object({ code: Type.String(), name: Type.String(), type: Type.String() }, { description: 'null for a national list' })),
  lineCount: Type.Optional(Type.Integer({ description: 'live lines now; absent when read as at a date' })),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
});

const PriceListInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    date: IsoDate,
    locationId: Nullable(Type.String({ format: 'uuid', description: 'a region or a district; null for a national list' })),
  },
  { additionalProperties: false },
);

const VersionHeader = Type.Object({ 'if-match': Type.Optional(Type.String({ description: 'the ETag (version) of the list you edited' })) });

interface KindRoutes {
  path: string;
  noun: string;
  plural: string;
  memberKey: 'itemId' | 'serviceId';
  memberNoun: string;
  rights: Record<keyof (typeof priceListRights)['item'], number>;
  service: PriceListService;
  typeFilter: TProperties;
  addFilter: TProperties;
}

function priceListRoutes(app: App, platform: Platform, k: KindRoutes): void {
  const tags = [k.plural];
  registerRoutes<PriceList, PriceListInput>(app, platform, {
    path: k.path,
    tag: k.plural,
    noun: k.noun,
    plural: k.plural,
    rights: k.rights,
    view: PriceListSchema,
    input: PriceListInputSchema,
    filters: {
      locationId: Type.Optional(Uuid),
      national: Type.Optional(Type.Boolean({ description: 'only national lists' })),
    },
    service: k.service,
  });

  const LineSchema = Type.Object({
    id: Uuid,
    [k.memberKey]: Uuid,
    code: Type.String(),
    name: Type.String(),
    type: Type.String(),
    price: Type.String({ description: `the ${k.memberNoun}'s own price` }),
    priceOverride: Nullable(Type.String()),
    effectivePrice: Type.String({ description: 'the override when set, else the own price (domain.md 1.5)' }),
    version: Type.Integer(),
    updatedAt: Instant,
  });
  const LineInputSchema = Type.Object({ [k.memberKey]: Uuid, priceOverride: Nullable(Money) }, { additionalProperties: false });
  const ReplaceResult = Type.Object({
    lines: Type.Integer(),
    added: Type.Integer(),
    changed: Type.Integer(),
    removed: Type.Integer(),
    version: Type.Integer({ description: 'the list’s new version (also the ETag)' }),
  });

  app.get(
    `${k.path}/:id/lines`,
    {
      schema: {
        tags,
        summary: `The ${k.memberNoun}s of a ${k.noun} with their effective prices`,
        params: IdParams,
        querystring: Type.Object(
          {
            ...ListQueryBase,
            q: Type.Optional(Type.String({ maxLength: 100, description: 'code prefix, or part of the name' })),
            sort: Type.Optional(Type.String({ maxLength: 50 })),
            ...k.typeFilter,
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(LineSchema), ...errorResponses },
      },
      preHandler: requireRight(k.rights.search),
    },
    (request) => k.service.lines(contextOf(platform, request), request.params.id, request.query as LineQuery) as never,
  );

  app.put(
    `${k.path}/:id/lines`,
    {
      schema: {
        tags,
        summary: `Replace all lines of a ${k.noun} (send If-Match with the list's version)`,
        params: IdParams,
        headers: VersionHeader,
        body: Type.Array(LineInputSchema, { maxItems: 20000 }),
        response: { 200: ReplaceResult, 409: ProblemSchema, 412: ProblemSchema, 428: ProblemSchema, ...errorResponses },
      },
      preHandler: requireRight(k.rights.edit),
    },
    async (request, reply) => {
      const body = request.body as Record<string, string | null>[];
      const lines: LineInput[] = body.map((l) => ({ memberId: l[k.memberKey]!, priceOverride: l.priceOverride ?? null }));
      const result = await k.service.replaceLines(contextOf(platform, request), request.params.id, expectedVersion(request), lines);
      setEtag(reply, result.version);
      return result;
    },
  );

  app.post(
    `${k.path}/:id/lines/add`,
    {
      schema: {
        tags,
        summary: `Add every ${k.memberNoun} (or those matching the filter) not yet in the ${k.noun}`,
        params: IdParams,
        body: Type.Object(k.addFilter, { additionalProperties: false }),
        response: { 200: Type.Object({ added: Type.Integer(), lines: Type.Integer(), version: Type.Integer() }), ...errorResponses },
      },
      preHandler: requireRight(k.rights.edit),
    },
    async (request, reply) => {
      const result = await k.service.addLines(contextOf(platform, request), request.params.id, request.body as AddFilter);
      setEtag(reply, result.version);
      return result;
    },
  );

  app.post(
    `${k.path}/:id/copy`,
    {
      schema: {
        tags,
        summary: `A new ${k.noun} with the lines and overrides of this one`,
        params: IdParams,
        body: PriceListInputSchema,
        response: { 201: PriceListSchema, 409: ProblemSchema, ...errorResponses },
      },
      preHandler: requireRight(k.rights.duplicate),
    },
    async (request, reply) => {
      const row = await k.service.copy(contextOf(platform, request), request.params.id, request.body as PriceListInput);
      setEtag(reply, row.version).code(201).header('location', `/api/v1${k.path}/${row.id}`);
      return row as never;
    },
  );
}

export const priceListRoutesAll: ModuleRoutes = (app, platform) => {
  priceListRoutes(app, platform, {
    path: '/item-price-lists',
    noun: 'item price list',
    plural: 'item price lists',
    memberKey: 'itemId',
    memberNoun: 'item',
    rights: priceListRights.item,
    service: itemPriceLists,
    typeFilter: { type: Type.Optional(ItemTypeSchema) },
    addFilter: { type: Type.Optional(ItemTypeSchema) },
  });
  priceListRoutes(app, platform, {
    path: '/service-price-lists',
    noun: 'service price list',
    plural: 'service price lists',
    memberKey: 'serviceId',
    memberNoun: 'service',
    rights: priceListRights.service,
    service: servicePriceLists,
    typeFilter: { type: Type.Optional(ServiceTypeSchema) },
    addFilter: {
      type: Type.Optional(ServiceTypeSchema),
      level: Type.Optional(ServiceLevelSchema),
      category: Type.Optional(ServiceCategorySchema),
    },
  });
};
