/** Log-in lockout (issue: five failed log-ins lock the account for a configurable time). Pure. */
export interface LockoutPolicy {
  attempts: number;
  minutes: number;
}

export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && new Date(lockedUntil).getTime() > now.getTime();
}

/** After a failed log-in: count it; on the last allowed attempt, lock and start counting again. */
export function afterFailedLogin(failedLogins: number, policy: LockoutPolicy, now: Date): { failedLogins: number; lockedUntil: string | null } {
  const failures = failedLogins + 1;
  if (failures >= policy.attempts) return { failedLogins: 0, lockedUntil: new Date(now.getTime() + policy.minutes * 60_000).toISOString() };
  return { failedLogins: failures, lockedUntil: null };
}
