import { Type } from 'typebox';
import { Instant, Nullable, Uuid } from '../../../platform/http/schemas.ts';
import type { ModuleRoutes } from '../../../platform/http/types.ts';
import { registerRoutes } from '../../../platform/register/routes.ts';
import {
  CareTypeSchema,
  Frequency,
  MedicalCode,
  Money,
  PackageTypeSchema,
  PatientCategory,
  Quantity,
  ServiceCategorySchema,
  ServiceLevelSchema,
  ServiceTypeSchema,
} from '../schemas.ts';
import { medicalServiceRights, medicalServices, type MedicalService, type MedicalServiceInput } from './service.ts';

const containedView = {
  code: Type.String(),
  name: Type.String(),
  quantity: Type.String(),
  priceOverride: Nullable(Type.String()),
};

export const MedicalServiceSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  type: Type.String(),
  level: Type.String(),
  price: Type.String({ description: 'default price, a decimal string' }),
  careType: Type.String(),
  frequency: Nullable(Type.Integer()),
  patientCategory: Type.Integer(),
  category: Nullable(Type.String()),
  packageType: Type.String(),
  contents: Type.Optional(
    Type.Object(
      {
        services: Type.Array(Type.Object({ serviceId: Uuid, ...containedView })),
        items: Type.Array(Type.Object({ itemId: Uuid, ...containedView })),
      },
      { description: 'what a package contains (empty for a simple service); absent when read as at a date' },
    ),
  ),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
});

const containedInput = {
  quantity: Type.Optional(Quantity),
  priceOverride: Type.Optional(Nullable(Money)),
};

const MedicalServiceInputSchema = Type.Object(
  {
    code: MedicalCode,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    type: ServiceTypeSchema,
    level: ServiceLevelSchema,
    price: Money,
    careType: Type.Optional(CareTypeSchema),
    frequency: Type.Optional(Frequency),
    patientCategory: Type.Optional(PatientCategory),
    category: Type.Optional(Nullable(ServiceCategorySchema)),
    packageType: Type.Optional(PackageTypeSchema),
    contents: Type.Optional(
      Type.Object(
        {
          services: Type.Optional(Type.Array(Type.Object({ serviceId: Uuid, ...containedInput }, { additionalProperties: false }), { maxItems: 500 })),
          items: Type.Optional(Type.Array(Type.Object({ itemId: Uuid, ...containedInput }, { additionalProperties: false }), { maxItems: 500 })),
        },
        { additionalProperties: false, description: 'for packages (P, F) only: the simple services and the items they contain' },
      ),
    ),
  },
  { additionalProperties: false },
);

export const medicalServiceRoutes: ModuleRoutes = (app, platform) =>
  registerRoutes<MedicalService, MedicalServiceInput>(app, platform, {
    path: '/medical-services',
    tag: 'medical services',
    noun: 'medical service',
    plural: 'medical services',
    rights: medicalServiceRights,
    view: MedicalServiceSchema,
    input: MedicalServiceInputSchema,
    filters: {
      type: Type.Optional(ServiceTypeSchema),
      level: Type.Optional(ServiceLevelSchema),
      category: Type.Optional(ServiceCategorySchema),
      careType: Type.Optional(CareTypeSchema),
      packageType: Type.Optional(PackageTypeSchema),
    },
    service: medicalServices,
  });
