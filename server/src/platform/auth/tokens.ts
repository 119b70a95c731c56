import crypto from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Principal } from './principal.ts';

export interface AccessTokenClaims {
  sub: string;
  login: string;
  lang: string;
  cal: string;
  rights: number[];
  all: boolean;
  dist: string[];
  reg: string[];
  hf: string | null;
}

export interface TokenSigner {
  sign(principal: Principal, now: Date): Promise<string>;
  verify(token: string, now: Date): Promise<Principal | null>;
  ttlSeconds: number;
}

const ISSUER = 'kinga';
/** Verified tokens kept in memory (oldest dropped first): enough for every active user of a node. */
const VERIFIED_CACHE_SIZE = 20_000;

/** HS256 access tokens: short-lived, self-contained (rights and scope inside), shared secret across nodes. */
export function createTokenSigner(secret: string, ttlSeconds: number): TokenSigner {
  const key = new TextEncoder().encode(secret);
  const verified = new Map<string, { principal: Principal; expiresAtMs: number }>();
  return {
    ttlSeconds,
    async sign(principal, now) {
      const iat = Math.floor(now.getTime() / 1000);
      const claims: Omit<AccessTokenClaims, 'sub'> = {
        login: principal.login,
        lang: principal.language,
        cal: principal.calendar,
        rights: [...principal.rights],
        all: principal.scope.all,
        dist: principal.scope.districtIds,
        reg: principal.scope.regionIds,
        hf: principal.scope.healthFacilityId,
      };
      return new SignJWT(claims as unknown as Record<string, unknown>)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(principal.userId)
        .setIssuer(ISSUER)
        .setIssuedAt(iat)
        .setExpirationTime(iat + ttlSeconds)
        .sign(key);
    },
    async verify(token, now) {
      // An HMAC-signed token always verifies to the same principal: remember it until it expires.
      const cached = verified.get(token);
      if (cached) {
        if (cached.expiresAtMs > now.getTime()) return cached.principal;
        verified.delete(token);
        return null;
      }
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'], currentDate: now });
        const c = payload as unknown as AccessTokenClaims;
        const principal: Principal = {
          userId: c.sub,
          login: c.login,
          language: c.lang,
          calendar: c.cal,
          rights: new Set(c.rights),
          scope: { all: c.all, districtIds: c.dist, regionIds: c.reg, healthFacilityId: c.hf },
        };
        if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value!);
        verified.set(token, { principal, expiresAtMs: (payload.exp ?? 0) * 1000 });
        return principal;
      } catch (error) {
        if (error instanceof joseErrors.JOSEError) return null;
        throw error;
      }
    },
  };
}

/** An opaque refresh token (256 random bits) and the hash under which it is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
