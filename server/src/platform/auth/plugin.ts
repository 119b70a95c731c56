import type { FastifyInstance, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { AppError } from '../errors.ts';
import type { Principal } from './principal.ts';
import type { TokenSigner } from './tokens.ts';
import type { Clock } from '../clock.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Reads the bearer token (if any) on every request; routes then demand a right with `requireRight`. */
export function registerAuthentication(app: FastifyInstance, signer: TokenSigner, clock: Clock): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (!header) return;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError('token-invalid', 'token-invalid');
    const principal = await signer.verify(match[1]!, clock.now());
    if (!principal) throw new AppError('token-invalid', 'token-invalid');
    request.principal = principal;
  });
}

/** The authenticated caller, or 401. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthenticated', 'unauthenticated');
  return request.principal;
}

/** A preHandler demanding one of the rights (any of them suffices); 401 without a token, 403 without the right. */
export function requireRight(...rights: number[]): preHandlerHookHandler {
  return async (request) => {
    const principal = principalOf(request);
    if (rights.length > 0 && !rights.some((r) => principal.rights.has(r))) throw new AppError('forbidden', 'missing-right', { right: rights.join(' / ') });
  };
}

/** Any logged-in user. */
export const requireLogin: preHandlerHookHandler = async (request) => {
  principalOf(request);
};
