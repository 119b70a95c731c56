import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Platform, RequestContext } from '../context.ts';
import { principalOf } from '../auth/plugin.ts';

/** The Fastify instance type that modules register their routes on (TypeBox-typed). */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** A module's HTTP part: registers its routes under /api/v1. */
export type ModuleRoutes = (app: App, platform: Platform) => Promise<void> | void;

export function contextOf(platform: Platform, request: FastifyRequest): RequestContext {
  return { ...platform, principal: principalOf(request), requestId: request.id, language: request.language };
}
