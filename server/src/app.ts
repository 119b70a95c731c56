import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Database } from './db/connection.ts';
import { appliedMigrationCount, expectedMigrationCount } from './db/migrate.ts';
import type { Clock } from './platform/clock.ts';
import type { Platform } from './platform/context.ts';
import { registerAuthentication } from './platform/auth/plugin.ts';
import { createTokenSigner } from './platform/auth/tokens.ts';
import { resolveJwtSecret } from './platform/auth/secret.ts';
import { createJobs, type Jobs } from './platform/jobs/jobs.ts';
import { jobRoutes } from './platform/jobs/routes.ts';
import { registerProblemHandlers } from './platform/http/problem.ts';
import { validatorCompiler } from './platform/http/validation.ts';
import { registerMetrics } from './platform/http/metrics.ts';
import { negotiateLanguage, type Language } from './platform/i18n.ts';
import type { App } from './platform/http/types.ts';
import { uuidv7 } from './db/columns.ts';
import { locationRoutes } from './modules/location/routes.ts';
import { userRoutes } from './modules/user/routes.ts';
import { diagnosisRoutes } from './modules/medical/diagnoses/routes.ts';
import { medicalRoutes } from './modules/medical/routes.ts';
import { facilityRoutes } from './modules/facility/routes.ts';
import { officerRoutes } from './modules/officer/routes.ts';
import { payerRoutes } from './modules/payer/routes.ts';
import { registerJobs } from './jobs.ts';

declare module 'fastify' {
  interface FastifyRequest {
    language: Language;
  }
  interface FastifyInstance {
    platform: Platform;
  }
}

export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  /** Pino options or false; tests pass false. */
  logger?: boolean | object;
}

/** Builds the whole HTTP application (API, FHIR later, web app) without listening: tests use inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance & { jobs: Jobs }> {
  const { config, database, clock } = deps;
  const app = Fastify({
    logger: deps.logger ?? { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : uuidv7();
    },
    bodyLimit: 5 * 1024 * 1024,
    trustProxy: true,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.decorateRequest('language', 'en');
  app.addHook('onRequest', async (request, reply) => {
    request.language = negotiateLanguage(request.headers['accept-language']);
    reply.header('x-request-id', request.id);
  });
  registerProblemHandlers(app);

  const jobs = createJobs(database, clock, app.log);
  const platform: Platform = { config, database, clock, jobs };
  app.decorate('platform', platform);
  registerJobs(jobs, platform);

  const signer = createTokenSigner(await resolveJwtSecret(database, config.jwtSecret), config.accessTokenTtlSeconds);
  registerAuthentication(app, signer, clock);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Kinga API', version: '1', description: 'REST API of Kinga. Errors are RFC 9457 problem+json (see docs/errors.md).' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerMetrics(app);

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_request, reply) => {
    try {
      const applied = await appliedMigrationCount(database);
      const expected = expectedMigrationCount();
      if (applied < expected) return reply.code(503).send({ status: 'migrating', applied, expected });
      return { status: 'ready', database: database.kind, migrations: applied, today: clock.today() };
    } catch (error) {
      app.log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });

  await app.register(
    async (api) => {
      const v1 = api as unknown as App;
      await locationRoutes(v1, platform);
      await userRoutes(signer)(v1, platform);
      await jobRoutes(v1, platform);
      await diagnosisRoutes(v1, platform);
      await medicalRoutes(v1, platform);
      await facilityRoutes(v1, platform);
      await officerRoutes(v1, platform);
      await payerRoutes(v1, platform);
    },
    { prefix: '/api/v1' },
  );

  serveWebApp(app as unknown as FastifyInstance, config.webDir);
  return Object.assign(app as unknown as FastifyInstance, { jobs });
}

/** The built web app, with every non-API path answered by index.html (client-side routing). */
function serveWebApp(app: FastifyInstance, webDir: string): void {
  const index = path.join(webDir, 'index.html');
  if (!fs.existsSync(index)) return;
  // preCompressed: the build writes .br and .gz beside each asset; browsers get them with no work per request.
  app.register(fastifyStatic, { root: webDir, serve: false, preCompressed: true });
  const html = fs.readFileSync(index, 'utf8');
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.type('text/html').header('cache-control', 'no-cache').send(html));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (url.startsWith('/api/') || url.startsWith('/fhir')) return reply.callNotFound();
    const file = path.join(webDir, path.normalize(url));
    if (file.startsWith(webDir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      // Vite names assets by content hash: they never change, so browsers may keep them for a year.
      const hashed = url.startsWith('/assets/');
      return reply.sendFile(path.relative(webDir, file), hashed ? { maxAge: '365d', immutable: true } : { maxAge: 0 });
    }
    return reply.type('text/html').header('cache-control', 'no-cache').send(html);
  });
}
