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

/** HS256 access tokens: short-lived, self-contained (rights and scope inside), shared secret across nodes. */
export function createTokenSigner(secret: string, ttlSeconds: number): TokenSigner {
  const key = new TextEncoder().encode(secret);
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
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'], currentDate: now });
        const c = payload as unknown as AccessTokenClaims;
        return {
          userId: c.sub,
          login: c.login,
          language: c.lang,
          calendar: c.cal,
          rights: new Set(c.rights),
          scope: { all: c.all, districtIds: c.dist, regionIds: c.reg, healthFacilityId: c.hf },
        };
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
