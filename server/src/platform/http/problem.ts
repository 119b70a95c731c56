import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, errorKinds, problemTypePrefix, type ErrorKind, type FieldError } from '../errors.ts';
import { translate } from '../i18n.ts';
import { fieldErrorsFromAjv } from './validation.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  code: ErrorKind;
  errors: FieldError[];
}

function camel(snake: string): string {
  return snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

interface PgErrorLike {
  code?: string;
  constraint?: string;
  table?: string;
  detail?: string;
}

/** Maps a database error to an AppError when the client can act on it (unique and foreign keys). */
function fromDatabaseError(error: unknown): AppError | undefined {
  const cause = ((error as { cause?: unknown }).cause ?? error) as PgErrorLike;
  if (!cause || typeof cause !== 'object' || typeof cause.code !== 'string') return undefined;
  if (cause.code === '23505') {
    // Unique indexes are named <table>_<column>_live; the column is the field the client sent.
    const table = cause.table ?? '';
    const name = (cause.constraint ?? '').replace(/_live$/, '').replace(/_unique$/, '');
    const column = table && name.startsWith(`${table}_`) ? name.slice(table.length + 1) : name;
    const field = camel(column || 'id');
    return new AppError('conflict', 'duplicate', { field }, [{ field, code: 'duplicate' }]);
  }
  if (cause.code === '23503') return new AppError('unprocessable', 'unprocessable');
  if (cause.code === '23514') return new AppError('validation', 'validation', {}, [{ field: camel(cause.constraint ?? ''), code: 'invalid' }]);
  if (cause.code === '40001' || cause.code === '40P01') return new AppError('conflict', 'conflict');
  return undefined;
}

function asAppError(error: FastifyError | Error, request: FastifyRequest): AppError | undefined {
  if (error instanceof AppError) return error;
  const fe = error as FastifyError;
  if (fe.validation) return new AppError('validation', 'validation', {}, fieldErrorsFromAjv(fe.validation as never));
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('malformed-request', 'malformed-json', {}, [{ field: '', code: 'json' }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('malformed-request', 'unsupported-media-type');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload-too-large');
    default:
      break;
  }
  if (error instanceof SyntaxError && fe.statusCode === 400) return new AppError('malformed-request', 'malformed-json', {}, [{ field: '', code: 'json' }]);
  const db = fromDatabaseError(error);
  if (db) return db;
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const kind = (Object.entries(errorKinds).find(([, s]) => s === fe.statusCode)?.[0] ?? 'malformed-request') as ErrorKind;
    void request;
    return new AppError(kind);
  }
  return undefined;
}

/** Renders an AppError as RFC 9457 problem+json in the caller's language. */
export function renderProblem(error: AppError, request: FastifyRequest): Problem {
  const language = request.language;
  const params = { ...error.params, requestId: request.id };
  return {
    type: problemTypePrefix + error.kind,
    title: translate(language, `errors:title.${error.kind}`),
    status: error.status,
    detail: translate(language, `errors:detail.${error.messageKey ?? error.kind}`, params),
    instance: request.url,
    requestId: request.id,
    code: error.kind,
    errors: error.errors.map((e) => ({ ...e, message: translate(language, `errors:field.${e.code}`, e.params ?? {}) })),
  };
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  return reply.code(error.status).type('application/problem+json; charset=utf-8').send(renderProblem(error, request));
}

/** Every 4xx and 5xx leaves as problem+json; 5xx details stay in the log, never in the answer. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = asAppError(error, request);
    if (appError) {
      if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendProblem(reply, request, appError);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, request, new AppError('internal', 'internal'));
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, new AppError('not-found', 'route-not-found', { method: request.method, url: request.url.split('?')[0] ?? '' })),
  );
}
