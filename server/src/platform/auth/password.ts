import { hash, verify } from '@node-rs/argon2';
import type { FieldError } from '../errors.ts';

export interface PasswordPolicy {
  minLength: number;
  requireDigit: boolean;
  requireLetter: boolean;
  requireSymbol: boolean;
}

/** The password policy as a pure rule: the list of what is wrong, empty when the password is acceptable. */
export function checkPasswordPolicy(password: string, policy: PasswordPolicy, field = 'password'): FieldError[] {
  const errors: FieldError[] = [];
  if ([...password].length < policy.minLength) errors.push({ field, code: 'password-too-short', params: { min: policy.minLength } });
  if (policy.requireDigit && !/\p{Nd}/u.test(password)) errors.push({ field, code: 'password-needs-digit' });
  if (policy.requireLetter && !/\p{L}/u.test(password)) errors.push({ field, code: 'password-needs-letter' });
  if (policy.requireSymbol && !/[^\p{L}\p{Nd}]/u.test(password)) errors.push({ field, code: 'password-needs-symbol' });
  return errors;
}

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the login is unknown so that timing does not reveal it. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash(`decoy-${Math.random()}`);
  return decoyHash;
}
