import { Type, type TSchema } from 'typebox';

/** Schemas shared by every module: declared once, used for validation, types and OpenAPI. */
export const Uuid = Type.String({ format: 'uuid' });
export const IsoDate = Type.String({ format: 'date', description: 'ISO calendar date, e.g. 2026-11-24' });
export const Instant = Type.String({ format: 'date-time' });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const FieldErrorSchema = Type.Object({
  field: Type.String(),
  code: Type.String(),
  message: Type.Optional(Type.String()),
  params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
});

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'urn:kinga:problem:<code>; see docs/errors.md' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String(),
    requestId: Type.String(),
    code: Type.String(),
    errors: Type.Array(FieldErrorSchema),
  },
  { description: 'RFC 9457 problem details' },
);

/** Query parameters every list accepts: keyset (cursor) paging, sort, and an optional total. */
export const ListQueryBase = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 1000 })),
  total: Type.Optional(Type.Boolean({ description: 'also count all matching rows' })),
};

export const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Nullable(Type.String()),
    total: Type.Optional(Type.Integer()),
  });

/** The standard error responses, referenced by every route for OpenAPI. */
export const errorResponses = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
} as const;

export const HistoryEntrySchema = Type.Object({
  id: Type.Integer(),
  op: Type.Union([Type.Literal('I'), Type.Literal('U'), Type.Literal('D')]),
  table: Type.String(),
  changedAt: Type.String(),
  userId: Nullable(Type.String()),
  userLogin: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
  changes: Type.Record(Type.String(), Type.Object({ from: Type.Unknown(), to: Type.Unknown() })),
  row: Type.Unknown(),
});

/** A human code (facility, item, officer, diagnosis …): no spaces, at most `maxLength` characters. */
export const CodeOf = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^\\S+$' });
/** A field that may be left out or sent as null. */
export const OptionalNullable = <T extends TSchema>(schema: T) => Type.Optional(Nullable(schema));
export const OptionalText = (maxLength: number) => OptionalNullable(Type.String({ maxLength }));
export const OptionalEmail = (maxLength: number) => OptionalNullable(Type.String({ maxLength, format: 'email' }));
/**
 * Amounts travel as decimal strings, never JSON numbers: a binary float cannot hold 0.10 exactly,
 * and the database keeps numeric(18,2).
 */
export const Money = Type.String({ pattern: '^\\d{1,16}(\\.\\d{1,2})?$', description: 'amount ≥ 0 with at most 2 decimals, as a string: "1500" or "12.50"' });
