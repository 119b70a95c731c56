import { Type } from 'typebox';
import { Instant, Nullable, Uuid } from '../../../platform/http/schemas.ts';
import type { ModuleRoutes } from '../../../platform/http/types.ts';
import { registerRoutes } from '../../../platform/register/routes.ts';
import { CareTypeSchema, Frequency, ItemTypeSchema, MedicalCode, Money, PatientCategory, Quantity } from '../schemas.ts';
import { medicalItemRights, medicalItems, type MedicalItem, type MedicalItemInput } from './service.ts';

export const MedicalItemSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  type: Type.String(),
  package: Nullable(Type.String()),
  quantity: Nullable(Type.String()),
  price: Type.String({ description: 'default price, a decimal string' }),
  careType: Type.String(),
  frequency: Nullable(Type.Integer()),
  patientCategory: Type.Integer(),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
});

const MedicalItemInputSchema = Type.Object(
  {
    code: MedicalCode,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    type: ItemTypeSchema,
    package: Type.Optional(Nullable(Type.String({ maxLength: 255 }))),
    quantity: Type.Optional(Nullable(Quantity)),
    price: Money,
    careType: Type.Optional(CareTypeSchema),
    frequency: Type.Optional(Frequency),
    patientCategory: Type.Optional(PatientCategory),
  },
  { additionalProperties: false },
);

export const medicalItemRoutes: ModuleRoutes = (app, platform) =>
  registerRoutes<MedicalItem, MedicalItemInput>(app, platform, {
    path: '/medical-items',
    tag: 'medical items',
    noun: 'medical item',
    plural: 'medical items',
    rights: medicalItemRights,
    view: MedicalItemSchema,
    input: MedicalItemInputSchema,
    filters: { type: Type.Optional(ItemTypeSchema), careType: Type.Optional(CareTypeSchema) },
    service: medicalItems,
  });
