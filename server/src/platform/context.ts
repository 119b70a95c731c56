import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import type { Actor } from '../db/transaction.ts';
import type { Clock } from './clock.ts';
import type { Principal } from './auth/principal.ts';
import type { Jobs } from './jobs/jobs.ts';

/** What the whole server shares: built once at start, passed to services explicitly. */
export interface Platform {
  config: Config;
  database: Database;
  clock: Clock;
  jobs: Jobs;
}

/** One request's view: the platform plus who is asking. Services take it as their first argument. */
export interface RequestContext extends Platform {
  principal: Principal;
  requestId: string;
  language: string;
}

export function actorOf(ctx: { principal: Principal | null; requestId: string }): Actor {
  return { userId: ctx.principal?.userId ?? null, requestId: ctx.requestId };
}
