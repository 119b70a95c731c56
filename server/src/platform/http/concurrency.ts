import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/** The version a client edited, from `If-Match: "3"` (the ETag it received). Updates without it are refused (428). */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined) throw new AppError('precondition-required', 'precondition-required');
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(String(header).trim());
  if (!match) throw new AppError('validation', 'validation', {}, [{ field: 'If-Match', code: 'version-header' }]);
  return Number(match[1]);
}

export function setEtag(reply: FastifyReply, version: number): FastifyReply {
  return reply.header('etag', `"${version}"`);
}
