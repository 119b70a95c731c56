import { Ajv, type ErrorObject, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from '../errors.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function makeAjv(options: Options): Ajv {
  // Unknown properties are refused (not stripped) and every error is reported, not only the first.
  const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, strict: false, ...options });
  addFormats(ajv);
  return ajv;
}

// Bodies keep their JSON types: "12" is not a number. Query strings and params are text, so they are coerced.
const bodyAjv = makeAjv({ coerceTypes: false });
const textAjv = makeAjv({ coerceTypes: 'array' });

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  return ajv.compile(schema) as ReturnType<FastifySchemaCompiler<object>>;
};

function dotted(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function join(base: string, child: string): string {
  return base ? `${base}.${child}` : child;
}

function toFieldError(e: ErrorObject): FieldError {
  const base = dotted(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { field: join(base, String(p.missingProperty)), code: 'required' };
    case 'additionalProperties':
      return { field: join(base, String(p.additionalProperty)), code: 'additionalProperties' };
    case 'enum':
      return { field: base, code: 'enum', params: { allowed: (p.allowedValues as unknown[]).join(', ') } };
    case 'const':
      return { field: base, code: 'const', params: { allowed: String(p.allowedValue) } };
    case 'type':
      return { field: base, code: 'type', params: { type: String(p.type) } };
    case 'format':
      return { field: base, code: 'format', params: { format: String(p.format) } };
    case 'maxLength':
    case 'minLength':
    case 'minItems':
    case 'maxItems':
      return { field: base, code: e.keyword, params: { limit: Number(p.limit) } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { field: base, code: e.keyword, params: { limit: Number(p.limit) } };
    case 'multipleOf':
      return { field: base, code: 'multipleOf', params: { multipleOf: Number(p.multipleOf) } };
    case 'pattern':
    case 'uniqueItems':
      return { field: base, code: e.keyword };
    default:
      return { field: base, code: 'invalid' };
  }
}

/**
 * Ajv's errors as one error per field. Unions (nullable fields) report one error per branch plus
 * an anyOf; the most specific one is kept.
 */
export function fieldErrorsFromAjv(errors: ErrorObject[]): FieldError[] {
  const byField = new Map<string, FieldError[]>();
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    const fe = toFieldError(e);
    const list = byField.get(fe.field) ?? [];
    list.push(fe);
    byField.set(fe.field, list);
  }
  const out: FieldError[] = [];
  for (const [field, list] of byField) {
    // A union of literals fails once per literal: report the allowed values together.
    const consts = list.filter((f) => f.code === 'const');
    if (consts.length > 1) out.push({ field, code: 'enum', params: { allowed: consts.map((c) => c.params?.allowed).join(', ') } });
    else out.push(list.find((f) => f.code !== 'type') ?? list[0]!);
  }
  if (out.length === 0 && errors.length > 0) out.push({ field: dotted(errors[0]!.instancePath), code: 'invalid' });
  return out;
}
