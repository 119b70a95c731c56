import { loadConfig, ConfigError } from './config.ts';
import { openDatabase, type Database } from './db/connection.ts';
import { withStartupLock } from './db/migrate.ts';
import { fixedDateClock, systemClock } from './platform/clock.ts';
import { buildApp } from './app.ts';
import { seedBaseData } from './seed/base.ts';
import { demoUsers, hasDemoAdmin, isNewDatabase, seedDemo } from './seed/demo.ts';

/** Opens and migrates the database, loads base data (and demo data on a new database), under the start-up lock. */
export async function prepareDatabase(
  config: ReturnType<typeof loadConfig>,
  log: (line: string) => void,
): Promise<{ database: Database; demoLoaded: boolean; demoPresent: boolean }> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    readDatabaseUrl: config.readDatabaseUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
  });
  log(`database: ${database.describe}`);
  return withStartupLock(database, async (migrate) => {
    await migrate();
    await seedBaseData(database);
    let demoLoaded = false;
    if (config.demo && (await isNewDatabase(database))) {
      log('new database: loading the demo data set');
      await seedDemo(database);
      demoLoaded = true;
    }
    return { database, demoLoaded, demoPresent: demoLoaded || (config.demo && (await hasDemoAdmin(database))) };
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const clock = config.today ? fixedDateClock(config.today) : systemClock();
  const { database, demoPresent } = await prepareDatabase(config, (line) => console.log(`kinga: ${line}`));
  const app = await buildApp({ config, database, clock });
  await app.jobs.start(config.worker);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(`kinga: ready in ${((Date.now() - started) / 1000).toFixed(1)} s at http://${shown}:${config.port}  (API docs: /api/docs)`);
  if (config.today) console.log(`kinga: running as of ${config.today} (KINGA_TODAY)`);
  if (demoPresent)
    console.log(`kinga: demo logins: ${demoUsers[0]!.login} / ${demoUsers[0]!.password}; one user per system role with password demo1234 (see README)`);
  const stop = async (signal: string) => {
    console.log(`kinga: ${signal}, shutting down`);
    await app.close();
    await app.jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? `kinga: configuration error: ${error.message}` : error);
    process.exit(1);
  });
}
