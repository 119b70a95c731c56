#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { and, eq, isNull } from 'drizzle-orm';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { withTransaction } from '../db/transaction.ts';
import { uuidv7 } from '../db/columns.ts';
import { checkPasswordPolicy, hashPassword } from '../platform/auth/password.ts';
import { appUser, userRole } from '../modules/user/tables.ts';
import { roleIdBySystemCode, seedBaseData } from '../seed/base.ts';
import { isNewDatabase, seedDemo } from '../seed/demo.ts';

const usage = `kinga — command line of the Kinga server

  kinga migrate                 apply pending database migrations (also done at every start)
  kinga seed [--demo]           load base data (system roles); --demo also loads the demo data set on an empty database
  kinga create-admin --login L --password P [--last-name N] [--other-names N]
                                create an administrator (IMIS Administrator role, all districts);
                                the password may also come from KINGA_ADMIN_PASSWORD

The database is the one the server uses: DATABASE_URL, or the embedded one in KINGA_DATA_DIR (./data).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  if (!command || command === 'help' || command === '--help') {
    console.log(usage);
    return command ? 0 : 1;
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await migrateDatabase(database);
    switch (command) {
      case 'migrate':
        console.log(`migrated: ${database.describe}`);
        return 0;
      case 'seed': {
        const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean', default: false } } });
        await seedBaseData(database);
        if (values.demo) {
          if (!(await isNewDatabase(database))) {
            console.error('the database already has users: the demo data set is loaded only into a new database');
            return 1;
          }
          await seedDemo(database);
        }
        console.log(values.demo ? 'base and demo data loaded' : 'base data loaded');
        return 0;
      }
      case 'create-admin': {
        const { values } = parseArgs({
          args: rest,
          options: {
            login: { type: 'string' },
            password: { type: 'string' },
            'last-name': { type: 'string', default: 'Administrator' },
            'other-names': { type: 'string', default: 'Kinga' },
          },
        });
        const password = values.password ?? process.env.KINGA_ADMIN_PASSWORD;
        if (!values.login || !password) {
          console.error('create-admin needs --login and --password (or KINGA_ADMIN_PASSWORD)');
          return 1;
        }
        const problems = checkPasswordPolicy(password, {
          minLength: config.passwordMinLength,
          requireDigit: config.passwordRequireDigit,
          requireLetter: config.passwordRequireLetter,
          requireSymbol: config.passwordRequireSymbol,
        });
        if (problems.length) {
          console.error(`the password does not meet the policy: ${problems.map((p) => p.code).join(', ')}`);
          return 1;
        }
        await seedBaseData(database);
        const adminRole = await roleIdBySystemCode(database, 64);
        const login = values.login;
        const existing = await database.db
          .select({ id: appUser.id })
          .from(appUser)
          .where(and(eq(appUser.login, login), isNull(appUser.deletedAt)));
        if (existing.length) {
          console.error(`a user with login ${login} already exists`);
          return 1;
        }
        const passwordHash = await hashPassword(password);
        await withTransaction(database.db, { userId: null, requestId: 'cli:create-admin' }, async (tx) => {
          const id = uuidv7();
          await tx.insert(appUser).values({ id, login, lastName: values['last-name']!, otherNames: values['other-names']!, passwordHash, allDistricts: true });
          await tx.insert(userRole).values({ userId: id, roleId: adminRole });
        });
        console.log(`administrator ${login} created (IMIS Administrator, all districts)`);
        return 0;
      }
      default:
        console.error(`unknown command ${command}\n\n${usage}`);
        return 1;
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
