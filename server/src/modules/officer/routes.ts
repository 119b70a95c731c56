import { Type } from 'typebox';
import { CodeOf, Instant, IsoDate, Nullable, OptionalNullable, Uuid } from '../../platform/http/schemas.ts';
import type { ModuleRoutes } from '../../platform/http/types.ts';
import { registerRoutes } from '../../platform/register/routes.ts';
import { officerRights, officers, type Officer, type OfficerInput } from './service.ts';

// Lengths follow the columns of enrolment_officer (openIMIS tblOfficer).
const Code = CodeOf(8);
const Name = Type.String({ minLength: 1, maxLength: 100 });
const Phone = Type.String({ maxLength: 50 });

export const OfficerSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  lastName: Type.String(),
  otherNames: Type.String(),
  dob: Nullable(IsoDate),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  districtId: Uuid,
  substituteId: Nullable(Uuid),
  worksTo: Nullable(IsoDate),
  veoCode: Nullable(Type.String()),
  veoLastName: Nullable(Type.String()),
  veoOtherNames: Nullable(Type.String()),
  veoDob: Nullable(IsoDate),
  veoPhone: Nullable(Type.String()),
  phoneCommunication: Type.Boolean(),
  permanentAddress: Nullable(Type.String()),
  userId: Nullable(Uuid),
  villageIds: Type.Array(Uuid, { description: 'the villages served, by village code' }),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
});

const OfficerInputSchema = Type.Object(
  {
    code: Code,
    lastName: Name,
    otherNames: Name,
    dob: OptionalNullable(IsoDate),
    phone: OptionalNullable(Phone),
    email: OptionalNullable(Type.String({ format: 'email', maxLength: 200 })),
    districtId: Uuid,
    substituteId: OptionalNullable(Uuid),
    worksTo: OptionalNullable(Type.String({ format: 'date', description: 'last day of the engagement; renewals go to the substitute after it' })),
    veoCode: OptionalNullable(Code),
    veoLastName: OptionalNullable(Name),
    veoOtherNames: OptionalNullable(Name),
    veoDob: OptionalNullable(IsoDate),
    veoPhone: OptionalNullable(Phone),
    phoneCommunication: Type.Optional(Type.Boolean({ default: false, description: 'the officer receives SMS (renewal reminders)' })),
    permanentAddress: OptionalNullable(Type.String({ maxLength: 255 })),
    userId: OptionalNullable(Uuid),
    villageIds: Type.Optional(Type.Array(Uuid, { uniqueItems: true, maxItems: 1000, default: [], description: 'villages of the officer’s district' })),
  },
  { additionalProperties: false },
);

export const officerRoutes: ModuleRoutes = (app, platform) =>
  registerRoutes<Officer, OfficerInput>(app, platform, {
    path: '/enrolment-officers',
    tag: 'enrolment officers',
    noun: 'enrolment officer',
    plural: 'enrolment officers',
    rights: officerRights,
    view: OfficerSchema,
    input: OfficerInputSchema,
    filters: {
      districtId: Type.Optional(Uuid),
      villageId: Type.Optional(Type.String({ format: 'uuid', description: 'officers serving this village' })),
      active: Type.Optional(Type.Boolean({ description: 'true: still engaged today (no end or an end on or after today); false: engagement ended' })),
    },
    service: officers,
  });
