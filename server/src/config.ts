import path from 'node:path';

/** Every setting Kinga reads, from environment variables. Documented in README.md ("Configuration"). */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  readDatabaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  today: string | undefined;
  jwtSecret: string | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  lockoutAttempts: number;
  lockoutMinutes: number;
  passwordMinLength: number;
  passwordRequireDigit: boolean;
  passwordRequireLetter: boolean;
  passwordRequireSymbol: boolean;
  worker: boolean;
  logLevel: string;
  webDir: string;
  poolSize: number;
  /** The calendar the scheme counts its periods, cycles and ages in (docs/calendars.md). */
  schemeCalendar: 'gregorian' | 'bikram-sambat';
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function isoDate(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const d = new Date(`${raw}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== raw) {
    throw new ConfigError(`${name} must be an ISO date like 2024-06-12, got "${raw}"`);
  }
  return raw;
}

function schemeCalendar(env: NodeJS.ProcessEnv): 'gregorian' | 'bikram-sambat' {
  const raw = env.KINGA_SCHEME_CALENDAR || 'gregorian';
  if (raw !== 'gregorian' && raw !== 'bikram-sambat') throw new ConfigError(`KINGA_SCHEME_CALENDAR must be gregorian or bikram-sambat, got "${raw}"`);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env, 'PORT', 8080),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    readDatabaseUrl: env.READ_DATABASE_URL || undefined,
    dataDir: path.resolve(env.KINGA_DATA_DIR || path.join(repoRoot, 'data')),
    demo: bool(env, 'KINGA_DEMO', true),
    today: isoDate(env, 'KINGA_TODAY'),
    jwtSecret: env.KINGA_JWT_SECRET || undefined,
    accessTokenTtlSeconds: int(env, 'KINGA_ACCESS_TOKEN_TTL', 900, 10),
    refreshTokenTtlSeconds: int(env, 'KINGA_REFRESH_TOKEN_TTL', 30 * 24 * 3600, 60),
    lockoutAttempts: int(env, 'KINGA_LOCKOUT_ATTEMPTS', 5, 1),
    lockoutMinutes: int(env, 'KINGA_LOCKOUT_MINUTES', 15, 1),
    passwordMinLength: int(env, 'KINGA_PASSWORD_MIN_LENGTH', 8, 4),
    passwordRequireDigit: bool(env, 'KINGA_PASSWORD_REQUIRE_DIGIT', true),
    passwordRequireLetter: bool(env, 'KINGA_PASSWORD_REQUIRE_LETTER', true),
    passwordRequireSymbol: bool(env, 'KINGA_PASSWORD_REQUIRE_SYMBOL', false),
    worker: bool(env, 'KINGA_WORKER', true),
    logLevel: env.LOG_LEVEL || 'info',
    webDir: path.resolve(env.KINGA_WEB_DIR || path.join(repoRoot, 'web', 'dist')),
    poolSize: int(env, 'KINGA_DB_POOL_SIZE', 20, 1),
    schemeCalendar: schemeCalendar(env),
  };
}
