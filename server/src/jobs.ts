import type { Jobs } from './platform/jobs/jobs.ts';
import type { Platform } from './platform/context.ts';
import { Rights } from '../../common/rights.ts';
import { purgeRefreshTokens } from './modules/user/auth-service.ts';

/** Every job of the application. A module adds its jobs here (see docs/architecture.md, "Adding a job"). */
export function registerJobs(jobs: Jobs, platform: Platform): void {
  jobs.register({
    name: 'auth.purge-refresh-tokens',
    schedule: '17 3 * * *',
    right: Rights.userDelete,
    async run(ctx) {
      await ctx.progress(0, 1, 'purging expired and revoked refresh tokens');
      const purged = await purgeRefreshTokens(platform);
      await ctx.progress(1, 1, `${purged} purged`);
      return { purged };
    },
  });
}
