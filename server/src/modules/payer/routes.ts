import { Type } from 'typebox';
import { Instant, Nullable, OptionalNullable, Uuid } from '../../platform/http/schemas.ts';
import type { ModuleRoutes } from '../../platform/http/types.ts';
import { registerRoutes } from '../../platform/register/routes.ts';
import { payerTypeNames, payerTypes } from './rules.ts';
import { payerRights, payers, type Payer, type PayerInput } from './service.ts';

const PayerType = Type.Union(
  payerTypes.map((t) => Type.Literal(t)),
  { description: payerTypes.map((t) => `${t} ${payerTypeNames[t]}`).join(', ') },
);

export const PayerSchema = Type.Object({
  id: Uuid,
  type: PayerType,
  name: Type.String(),
  address: Nullable(Type.String()),
  locationId: Nullable(Uuid),
  phone: Nullable(Type.String()),
  fax: Nullable(Type.String()),
  email: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
});

// Lengths follow the columns of payer (openIMIS tblPayer).
const PayerInputSchema = Type.Object(
  {
    type: PayerType,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    address: OptionalNullable(Type.String({ maxLength: 100 })),
    locationId: OptionalNullable(Type.String({ format: 'uuid', description: 'a region or a district; null or absent for a national payer' })),
    phone: OptionalNullable(Type.String({ maxLength: 50 })),
    fax: OptionalNullable(Type.String({ maxLength: 50 })),
    email: OptionalNullable(Type.String({ format: 'email', maxLength: 100 })),
  },
  { additionalProperties: false },
);

export const payerRoutes: ModuleRoutes = (app, platform) =>
  registerRoutes<Payer, PayerInput>(app, platform, {
    path: '/payers',
    tag: 'payers',
    noun: 'payer',
    plural: 'payers',
    rights: payerRights,
    view: PayerSchema,
    input: PayerInputSchema,
    filters: { type: Type.Optional(PayerType), locationId: Type.Optional(Uuid) },
    service: payers,
  });
