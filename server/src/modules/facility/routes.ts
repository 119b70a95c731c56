import { Type } from 'typebox';
import { CodeOf, Instant, IsoDate, Nullable, OptionalEmail, OptionalText, Uuid } from '../../platform/http/schemas.ts';
import type { ModuleRoutes } from '../../platform/http/types.ts';
import { registerRoutes } from '../../platform/register/routes.ts';
import { claimAdminRights, claimAdminService, type ClaimAdmin, type ClaimAdminInput } from './claim-admins.ts';
import { careTypes, facilityStatuses, legalForms, levels, sublevels } from './rules.ts';
import { facilityService, healthFacilityRights, type HealthFacility, type HealthFacilityInput } from './service.ts';

/** A closed list of codes from rules.ts, documented with their meanings. */
const codes = (map: Record<string, string>, what: string) =>
  Type.Union(
    Object.keys(map).map((k) => Type.Literal(k)),
    {
      description: `${what}: ${Object.entries(map)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    },
  );

const LegalForm = codes(legalForms, 'legal form');
const Level = codes(levels, 'level');
const Sublevel = codes(sublevels, 'sublevel');
const CareType = codes(careTypes, 'care type');
const Status = codes(facilityStatuses, 'status');

const Code = CodeOf(8);

const Percentage = Type.Number({
  exclusiveMinimum: 0,
  maximum: 100,
  description: 'percent of the village’s population the facility serves (more than 0, at most 100, in hundredths)',
});

const CatchmentView = Type.Object({
  villageId: Uuid,
  percentage: Type.Number(),
  villageCode: Nullable(Type.String()),
  villageName: Nullable(Type.String()),
});

export const HealthFacilitySchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  accCode: Nullable(Type.String()),
  legalForm: LegalForm,
  level: Level,
  sublevel: Nullable(Sublevel),
  careType: CareType,
  districtId: Uuid,
  address: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  fax: Nullable(Type.String()),
  email: Nullable(Type.String()),
  offline: Type.Boolean(),
  contractStartDate: Nullable(IsoDate),
  contractEndDate: Nullable(IsoDate),
  status: Status,
  itemPriceListId: Nullable(Uuid),
  servicePriceListId: Nullable(Uuid),
  catchment: Type.Array(CatchmentView),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
});

const HealthFacilityBody = Type.Object(
  {
    code: Code,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    accCode: OptionalText(25),
    legalForm: LegalForm,
    level: Level,
    sublevel: Type.Optional(Nullable(Sublevel)),
    careType: CareType,
    districtId: Uuid,
    address: OptionalText(100),
    phone: OptionalText(50),
    fax: OptionalText(50),
    email: OptionalEmail(100),
    offline: Type.Optional(Type.Boolean()),
    contractStartDate: Type.Optional(Nullable(IsoDate)),
    contractEndDate: Type.Optional(Nullable(IsoDate)),
    status: Type.Optional(Status),
    itemPriceListId: Type.Optional(Nullable(Uuid)),
    servicePriceListId: Type.Optional(Nullable(Uuid)),
    catchment: Type.Optional(
      Type.Array(Type.Object({ villageId: Uuid, percentage: Percentage }, { additionalProperties: false }), {
        maxItems: 1000,
        description: 'the villages served; the whole list is replaced on every write',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ClaimAdminSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  lastName: Type.String(),
  otherNames: Type.String(),
  dob: Nullable(IsoDate),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  healthFacilityId: Uuid,
  userId: Nullable(Uuid),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
});

const ClaimAdminBody = Type.Object(
  {
    code: Code,
    lastName: Type.String({ minLength: 1, maxLength: 100 }),
    otherNames: Type.String({ minLength: 1, maxLength: 100 }),
    dob: Type.Optional(Nullable(IsoDate)),
    phone: OptionalText(50),
    email: OptionalEmail(200),
    healthFacilityId: Uuid,
    userId: Type.Optional(
      Nullable(Type.String({ format: 'uuid', description: 'the login of an administrator who uses the platform: a user of the same facility' })),
    ),
  },
  { additionalProperties: false },
);

export const facilityRoutes: ModuleRoutes = (app, platform) => {
  registerRoutes<HealthFacility, HealthFacilityInput>(app, platform, {
    path: '/health-facilities',
    tag: 'health facilities',
    noun: 'health facility',
    plural: 'health facilities',
    rights: healthFacilityRights,
    view: HealthFacilitySchema,
    input: HealthFacilityBody,
    filters: {
      districtId: Type.Optional(Uuid),
      regionId: Type.Optional(Uuid),
      level: Type.Optional(Level),
      careType: Type.Optional(CareType),
      status: Type.Optional(Status),
      legalForm: Type.Optional(LegalForm),
    },
    service: facilityService,
  });
  registerRoutes<ClaimAdmin, ClaimAdminInput>(app, platform, {
    path: '/claim-administrators',
    tag: 'claim administrators',
    noun: 'claim administrator',
    plural: 'claim administrators',
    rights: claimAdminRights,
    view: ClaimAdminSchema,
    input: ClaimAdminBody,
    filters: { healthFacilityId: Type.Optional(Uuid), districtId: Type.Optional(Uuid) },
    service: claimAdminService,
  });
};
