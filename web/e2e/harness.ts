/**
 * Browser-test harness: a real Kinga server (fresh database with the demo data, the built web
 * app) listening on a free port, and Debian's Chromium driven by playwright-core.
 *
 * Database: embedded PGlite in memory, or, when DATABASE_URL is set (CI's PostgreSQL pass), a new
 * database per test file created on that server and dropped at the end.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { prepareDatabase } from '../../server/src/main.ts';
import { systemClock } from '../../server/src/platform/clock.ts';

export const webDist = path.resolve(import.meta.dirname, '..', 'dist');

export interface Kinga {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Calls the API directly (as a second user would): returns status and parsed body. */
  api(
    token: string | null,
    method: string,
    apiPath: string,
    body?: unknown,
    headers?: Record<string, string>,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever JSON the API answers
  ): Promise<{ status: number; body: any; headers: Headers }>;
  token(login: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

async function freshPostgres(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kinga_e2e_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;
  const maintenance = new URL(baseUrl);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: maintenance.toString() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Starts Kinga on a fresh database with the demo data and the built web app. */
export async function startKinga(): Promise<Kinga> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) throw new Error(`No built web app in ${webDist}: run "npm run build -w web" first`);
  const pgdb = process.env.DATABASE_URL ? await freshPostgres(process.env.DATABASE_URL) : undefined;
  const config = {
    ...loadConfig({
      ...process.env,
      LOG_LEVEL: 'silent',
      KINGA_WEB_DIR: webDist,
      KINGA_JWT_SECRET: crypto.randomBytes(32).toString('hex'),
      KINGA_DEMO: 'true',
      KINGA_WORKER: 'true',
    }),
    databaseUrl: pgdb?.url,
    readDatabaseUrl: undefined,
    // KINGA_DATA_DIR is resolved as a path; PGlite's in-memory store is named here instead.
    dataDir: 'memory://',
    poolSize: 5,
  };
  const { database } = await prepareDatabase(config, () => {});
  const app = await buildApp({ config, database, clock: systemClock(), logger: false });
  await app.jobs.start(true);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;

  const api: Kinga['api'] = async (token, method, apiPath, body, headers = {}) => {
    const response = await fetch(`${url}/api/v1${apiPath}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };

  return {
    url,
    api,
    async token(login, password = login === 'Admin' ? 'admin123' : 'demo1234') {
      const res = await api(null, 'POST', '/auth/login', { login, password });
      if (res.status !== 200) throw new Error(`log-in of ${login} failed: ${res.status}`);
      return res.body.accessToken as string;
    },
    async close() {
      await app.close();
      await app.jobs.stop();
      await database.close();
      await pgdb?.drop();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (no stored language, calendar or session), English by default. */
export async function newContext(browser: Browser, options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-GB', viewport: options.viewport ?? { width: 1280, height: 860 } });
  context.setDefaultTimeout(10_000);
  return context;
}

/** Logs in through the log-in page and waits for the application's menu. */
export async function logIn(page: Page, kinga: Kinga, login: string, password = login === 'Admin' ? 'admin123' : 'demo1234'): Promise<void> {
  await page.goto(kinga.url);
  await page.getByRole('textbox', { name: 'Login', exact: true }).fill(login);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation').waitFor();
}

/** The translations of the web app, to find labels in other languages like a reader of that language would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- nested JSON read by key paths in tests
export function strings(language: string, namespace = 'web'): Record<string, any> {
  return JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'common', 'i18n', language, `${namespace}.json`), 'utf8'));
}
