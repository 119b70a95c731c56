// The platform's speed targets (issue 3), measured, never asserted in a timed test:
//
//   npm run bench -- platform            all four parts
//   npm run bench -- platform startup    one part (startup | bundle | login | api), or several
//
// Every part prints its figures, the target, PASS/FAIL, its baseline and the ratio, and which
// database it ran on; the whole run is written to bench/out/platform-<timestamp>.json.
//
// Settings (environment): BENCH_PG_URL (PostgreSQL server for `api`, default
// postgres://postgres@127.0.0.1:5432), BENCH_CONNECTIONS (50), BENCH_DURATION (15 s),
// BENCH_WARMUP (3 s), BENCH_LOGIN_RUNS (3), BENCH_LOGIN_SELECTOR (CSS of the log-in field),
// CHROMIUM (/usr/bin/chromium), KINGA_WEB_DIR (the built web app, default web/dist),
// BENCH_LOGIN_URL (measure the log-in page of a server already running on 127.0.0.1 instead).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import {
  kB,
  login,
  machine,
  printMachine,
  ratio,
  removeDir,
  repoRoot,
  section,
  seconds,
  sleep,
  deadline,
  startKinga,
  startNpxNode,
  stopAll,
  tempDir,
  verdict,
  waitReady,
  writeResult,
  freePort,
  type Child,
} from './lib/common.ts';

export const description = 'platform targets of issue 3: start-up, web bundle size, log-in page on Slow 3G, district-scoped list on PostgreSQL';
export const parts: Record<string, string> = {
  startup: 'first start to /ready with demo data on a fresh PGlite directory (≤ 60 s), and a second start',
  bundle: 'initial JavaScript of web/dist, gzipped (≤ 500 kB)',
  login: 'log-in page interactive in Chromium under Slow 3G (≤ 3 s)',
  api: 'GET /api/v1/locations?limit=20 as a district user on PostgreSQL, 50 connections (≥ 3,000 req/s, p99 ≤ 30 ms)',
};

type Status = 'PASS' | 'FAIL' | 'not measured' | 'error';
interface PartResult {
  status: Status;
  database?: string;
  [key: string]: unknown;
}

const envInt = (name: string, fallback: number, min: number, max: number) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n >= min && n <= max ? Math.round(n) : fallback;
};

const webDir = path.join(repoRoot, 'web');
// KINGA_WEB_DIR (also read by the server) points both at another build of the web app.
const distDir = path.resolve(process.env.KINGA_WEB_DIR || path.join(webDir, 'dist'));
const pgliteVersion = (() => {
  try {
    return (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
})();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Time for `npx node -e ''`: what any start pays before Kinga's own code runs. */
function processStartBaseline(runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync('npx', ['node', '-e', ''], { cwd: repoRoot, stdio: 'ignore', timeout: 60_000, env: { ...process.env, CI: 'true' } });
    if (r.status !== 0) throw new Error(`npx node -e '' failed (${r.status ?? r.signal})`);
    times.push(performance.now() - t0);
  }
  return median(times);
}

// ---------------------------------------------------------------------------------------------
// (a) start-up

async function startup(): Promise<PartResult> {
  section('startup: fresh clone to /ready with demo data (embedded PGlite)');
  const target = 60_000;
  const dir = tempDir('kinga-bench-startup-');
  const dataDir = path.join(dir, 'data');
  const database = `embedded PGlite ${pgliteVersion} in a fresh temporary directory`;
  console.log(`database: ${database} (KINGA_DATA_DIR=${dataDir})`);
  try {
    const baselineMs = processStartBaseline();
    console.log(`baseline: \`npx node -e ''\` (process start only), median of 3: ${seconds(baselineMs)}`);

    // `npm start` on a fresh clone first builds the web app (scripts/ensure-web-build.ts); built
    // here into a temporary directory so that web/dist, which others may be serving, is untouched.
    const web = webBuild(path.join(dir, 'web-dist'));
    if (web.ms !== null) console.log(`web app build (vite, into a temporary directory): ${seconds(web.ms)}`);
    else console.log(`web app build: not measured (${web.reason})`);

    const first = await startKinga({ KINGA_DATA_DIR: dataDir }, { timeoutMs: 180_000 });
    const firstMs = first.readyAt - first.startedAt;
    const demoLoaded = first.child.output().includes('loading the demo data set');
    const token = await login(first.url, 'Admin', 'admin123').catch(() => null);
    const ownFirst = /ready in ([\d.]+) s/.exec(first.child.output())?.[1];
    await first.child.stop();

    const second = await startKinga({ KINGA_DATA_DIR: dataDir }, { timeoutMs: 180_000 });
    const secondMs = second.readyAt - second.startedAt;
    const reloaded = second.child.output().includes('loading the demo data set');
    const ownSecond = /ready in ([\d.]+) s/.exec(second.child.output())?.[1];
    await second.child.stop();

    const totalMs = firstMs + (web.ms ?? 0);
    const pass = totalMs <= target && demoLoaded && token !== null;
    console.log(`first server start (initdb, migrations, demo data): ${seconds(firstMs)} to /ready`);
    console.log(
      `  the server's own "ready in": ${ownFirst ?? '?'} s; demo data loaded: ${demoLoaded ? 'yes' : 'NO'}; demo log-in Admin/admin123: ${token ? 'works' : 'FAILED'}`,
    );
    console.log(
      `first \`npm start\` on a fresh clone (${web.ms !== null ? 'web build + ' : 'without the web build: '}first server start): ${seconds(totalMs)}   target ≤ ${seconds(target)}   ${verdict(pass)}`,
    );
    console.log(`  ratio to the process-start baseline: ${ratio(totalMs, baselineMs)}`);
    console.log(
      `second start (same directory, no demo load): ${seconds(secondMs)} to /ready (server's own: ${ownSecond ?? '?'} s); demo data loaded again: ${reloaded ? 'YES (wrong)' : 'no'}`,
    );
    console.log(`  ratio to the process-start baseline: ${ratio(secondMs, baselineMs)}`);
    if (ownSecond)
      console.log(
        `  time before main() runs (npx, Node start, loading the server's modules): about ${seconds(secondMs - Number(ownSecond) * 1000)} of each start`,
      );
    return {
      status: pass ? 'PASS' : 'FAIL',
      database,
      targetMs: target,
      firstNpmStartMs: Math.round(totalMs),
      webBuildMs: web.ms === null ? null : Math.round(web.ms),
      webBuildNote: web.reason ?? null,
      firstStartMs: Math.round(firstMs),
      secondStartMs: Math.round(secondMs),
      serverReportedSeconds: { first: ownFirst ? Number(ownFirst) : null, second: ownSecond ? Number(ownSecond) : null },
      demoLoaded,
      demoLoginWorks: token !== null,
      demoReloadedOnSecondStart: reloaded,
      baseline: { what: "npx node -e ''", ms: Math.round(baselineMs) },
      ratioToBaseline: totalMs / baselineMs,
      ready: first.ready,
    };
  } finally {
    removeDir(dir);
  }
}

/** Times a production build of the web app into outDir; ms is null when it cannot be built. */
function webBuild(outDir: string): { ms: number | null; reason?: string } {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) return { ms: null, reason: 'web/index.html does not exist yet' };
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'build', '-w', 'web', '--', '--outDir', outDir, '--emptyOutDir'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, CI: 'true' },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 || !fs.existsSync(path.join(outDir, 'index.html'))) {
    return { ms: null, reason: `the web build failed: ${`${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-5).join(' | ')}` };
  }
  return { ms };
}

// ---------------------------------------------------------------------------------------------
// (b) web bundle

/** Builds web/dist if it is missing; false when the web app cannot be built (yet). */
function ensureWebBuilt(): { built: boolean; buildMs?: number; reason?: string } {
  if (fs.existsSync(path.join(distDir, 'index.html'))) return { built: true };
  if (!fs.existsSync(path.join(webDir, 'index.html'))) return { built: false, reason: 'web/index.html does not exist yet' };
  console.log('web/dist is missing: npm run build -w web');
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: repoRoot, encoding: 'utf8', timeout: 600_000, env: { ...process.env, CI: 'true' } });
  const buildMs = performance.now() - t0;
  if (r.status !== 0 || !fs.existsSync(path.join(distDir, 'index.html'))) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    return { built: false, reason: `npm run build -w web failed (${r.status ?? r.signal}):\n${tail}` };
  }
  console.log(`built in ${seconds(buildMs)}`);
  return { built: true, buildMs };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** The scripts index.html loads, its modulepreloads, and the stylesheets. */
function entryFiles(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (src) scripts.push(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = attr(tag, 'rel')?.toLowerCase();
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') scripts.push(href);
    if (rel === 'stylesheet') styles.push(href);
  }
  return { scripts, styles };
}

function distPath(ref: string, from?: string): string | null {
  if (/^(https?:)?\/\//.test(ref) || ref.startsWith('data:')) return null;
  const clean = ref.split(/[?#]/)[0]!;
  const file = clean.startsWith('/') ? path.join(distDir, clean) : path.resolve(from ? path.dirname(from) : distDir, clean);
  return file.startsWith(distDir) && fs.existsSync(file) ? file : null;
}

/** Static imports (`import … from "x"`, `import "x"`, `export … from "x"`) of an ES module; dynamic import() is left out. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+\s*|\*\s*|\{[^}]*\}\s*)?(?:from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

async function bundle(): Promise<PartResult> {
  section('bundle: initial JavaScript of the web app, gzipped');
  const target = 500_000;
  const build = ensureWebBuilt();
  if (!build.built) {
    console.log(`not measured: web app not built (${build.reason})`);
    return { status: 'not measured', reason: build.reason, targetBytes: target };
  }
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const { scripts, styles } = entryFiles(html);
  const initial = new Set<string>();
  const queue = scripts.map((s) => distPath(s)).filter((f): f is string => f !== null);
  for (let guard = 0; queue.length && guard < 10_000; guard++) {
    const file = queue.shift()!;
    if (initial.has(file) || !file.endsWith('.js')) continue;
    initial.add(file);
    for (const ref of staticImports(fs.readFileSync(file, 'utf8'))) {
      const next = distPath(ref, file);
      if (next && !initial.has(next)) queue.push(next);
    }
  }
  const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  const files = [...initial].map((f) => ({ file: path.relative(distDir, f), bytes: fs.statSync(f).size, gzip: gz(f) })).sort((a, b) => b.gzip - a.gzip);
  const css = styles
    .map((s) => distPath(s))
    .filter((f): f is string => f !== null)
    .map((f) => ({ file: path.relative(distDir, f), bytes: fs.statSync(f).size, gzip: gz(f) }));
  const allJs: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 6) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.name.endsWith('.js')) allJs.push(p);
    }
  };
  walk(distDir, 0);
  const lazy = allJs.filter((f) => !initial.has(f));
  const totalGzip = files.reduce((s, f) => s + f.gzip, 0);
  const totalRaw = files.reduce((s, f) => s + f.bytes, 0);
  const lazyGzip = lazy.reduce((s, f) => s + gz(f), 0);
  const pass = files.length > 0 && totalGzip <= target;
  for (const f of files) console.log(`  ${f.file.padEnd(50)} ${kB(f.bytes).padStart(10)} raw ${kB(f.gzip).padStart(10)} gzip`);
  console.log(`initial JS: ${files.length} files, ${kB(totalRaw)} raw, ${kB(totalGzip)} gzip (level 9)   target ≤ ${kB(target)}   ${verdict(pass)}`);
  console.log(`  ratio to the target: ${ratio(totalGzip, target)}; initial CSS ${kB(css.reduce((s, f) => s + f.gzip, 0))} gzip (not counted)`);
  console.log(`  baseline: all JS in web/dist ${kB(totalGzip + lazyGzip)} gzip, of which ${lazy.length} lazily loaded chunks ${kB(lazyGzip)}`);
  if (build.buildMs) console.log(`  web build took ${seconds(build.buildMs)}`);
  return {
    status: pass ? 'PASS' : 'FAIL',
    targetBytes: target,
    initialJsGzipBytes: totalGzip,
    initialJsRawBytes: totalRaw,
    files,
    css,
    lazyChunks: lazy.length,
    lazyGzipBytes: lazyGzip,
    buildMs: build.buildMs ? Math.round(build.buildMs) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// (c) log-in page on Slow 3G

/**
 * Slow 3G as Lighthouse and WebPageTest define it: 400 ms round-trip time, 400 kbit/s down and
 * 400 kbit/s up (here 400 × 1000 / 8 = 50,000 bytes/s). Applied with CDP
 * Network.emulateNetworkConditions, whose `latency` is added to every request. Chrome DevTools'
 * own "Slow 3G" preset is harsher (2,000 ms per request); it is measured too, for information.
 */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000, connectionType: 'cellular3g' as const };
const DEVTOOLS_SLOW_3G = { offline: false, latency: 2_000, downloadThroughput: 50_000, uploadThroughput: 50_000, connectionType: 'cellular3g' as const };

const LOGIN_SELECTOR = process.env.BENCH_LOGIN_SELECTOR || 'input[name="login"], input[autocomplete="username"], input#login';

interface LoginRun {
  visibleMs: number;
  interactiveMs: number;
  requests: number;
  transferredBytes: number;
  uncompressedScripts: number;
}

async function loginPage(): Promise<PartResult> {
  section('login: log-in page interactive in Chromium under Slow 3G');
  const target = 3_000;
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    const build = ensureWebBuilt();
    if (!build.built) {
      console.log(`not measured: web app not built (${build.reason})`);
      return { status: 'not measured', reason: build.reason, targetMs: target };
    }
  }
  if (!fs.existsSync(executablePath)) {
    console.log(`not measured: no Chromium at ${executablePath}`);
    return { status: 'not measured', reason: `no Chromium at ${executablePath}`, targetMs: target };
  }
  const runs = envInt('BENCH_LOGIN_RUNS', 3, 1, 10);
  const dir = tempDir('kinga-bench-login-');
  const database = `embedded PGlite ${pgliteVersion} in a fresh temporary directory`;
  const { chromium } = await import('playwright-core');
  let server: Awaited<ReturnType<typeof startKinga>> | null = null;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
  try {
    const external = process.env.BENCH_LOGIN_URL;
    if (external && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(external)) throw new Error('BENCH_LOGIN_URL must be on 127.0.0.1');
    if (external) console.log(`measuring ${external} (BENCH_LOGIN_URL) instead of a fresh Kinga server`);
    else console.log(`database: ${database}; the server serves ${path.relative(repoRoot, distDir) || distDir}`);
    if (!external) server = await startKinga({ KINGA_DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'warn' }, { timeoutMs: 180_000 });
    browser = await chromium.launch({
      executablePath,
      headless: true,
      timeout: 60_000,
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
    const b = browser;
    const url = external || `${server!.url}/`;

    const once = async (conditions: typeof SLOW_3G | null): Promise<LoginRun> => {
      const context = await b.newContext({ serviceWorkers: 'block', locale: 'en-US' });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(60_000);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
        let transferred = 0;
        let requests = 0;
        let uncompressedScripts = 0;
        cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
          transferred += e.encodedDataLength;
          requests++;
        });
        cdp.on('Network.responseReceived', (e: { type: string; response: { headers: Record<string, string> } }) => {
          const enc = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1];
          if (e.type === 'Script' && !enc) uncompressedScripts++;
        });
        const field = page.locator(LOGIN_SELECTOR).first();
        const t0 = performance.now();
        await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
        await field.waitFor({ state: 'visible', timeout: 60_000 });
        for (let i = 0; i < 600 && !(await field.isEnabled()); i++) await sleep(50);
        const visibleMs = performance.now() - t0;
        await field.pressSequentially('clerk', { timeout: 30_000 });
        const value = await field.inputValue();
        const interactiveMs = performance.now() - t0;
        if (value !== 'clerk') throw new Error(`typing into the log-in field gave "${value}"`);
        return { visibleMs, interactiveMs, requests, transferredBytes: transferred, uncompressedScripts };
      } finally {
        await context.close();
      }
    };
    const measure = async (label: string, conditions: typeof SLOW_3G | null): Promise<LoginRun & { runs: LoginRun[] }> => {
      const all: LoginRun[] = [];
      for (let i = 0; i < runs; i++) all.push(await once(conditions));
      const pick = all.find((r) => r.interactiveMs === median(all.map((x) => x.interactiveMs))) ?? all[0]!;
      const m = { ...pick, interactiveMs: median(all.map((r) => r.interactiveMs)), visibleMs: median(all.map((r) => r.visibleMs)), runs: all };
      console.log(
        `  ${label.padEnd(44)} visible+enabled ${seconds(m.visibleMs).padStart(8)}, typing works ${seconds(m.interactiveMs).padStart(8)}  (median of ${runs}; ${m.requests} requests, ${kB(m.transferredBytes)} transferred)`,
      );
      return m;
    };

    await once(null); // warm the server's file cache and the browser
    const baseline = await measure('unthrottled (baseline)', null);
    const slow = await measure('Slow 3G (400 ms RTT, 400/400 kbit/s)', SLOW_3G);
    const devtools = await measure('DevTools "Slow 3G" preset (2 s/request), info', DEVTOOLS_SLOW_3G);
    const pass = slow.interactiveMs <= target;
    console.log(`log-in page interactive on Slow 3G: ${seconds(slow.interactiveMs)}   target ≤ ${seconds(target)}   ${verdict(pass)}`);
    console.log(`  baseline unthrottled ${seconds(baseline.interactiveMs)}; ratio ${ratio(slow.interactiveMs, baseline.interactiveMs)}`);
    if (slow.uncompressedScripts > 0)
      console.log(`  note: ${slow.uncompressedScripts} scripts were served without content-encoding (no gzip/brotli on the wire)`);
    return {
      status: pass ? 'PASS' : 'FAIL',
      database,
      targetMs: target,
      network: { slow3g: SLOW_3G, devtoolsSlow3g: DEVTOOLS_SLOW_3G },
      selector: LOGIN_SELECTOR,
      slow3g: slow,
      devtoolsSlow3g: devtools,
      baseline,
      ratio: slow.interactiveMs / baseline.interactiveMs,
    };
  } finally {
    await browser?.close().catch(() => {});
    await server?.child.stop();
    removeDir(dir);
  }
}

// ---------------------------------------------------------------------------------------------
// (d) district-scoped list on PostgreSQL

interface LoadFigures {
  connections: number;
  durationSeconds: number;
  requests: number;
  ok: number;
  rps: number;
  latencyMs: { p50: number; p90: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

async function loadTest(url: string, headers: Record<string, string>): Promise<LoadFigures> {
  const options = {
    url,
    headers,
    connections: envInt('BENCH_CONNECTIONS', 50, 1, 200),
    durationSeconds: envInt('BENCH_DURATION', 15, 1, 120),
    warmupSeconds: envInt('BENCH_WARMUP', 3, 0, 60),
  };
  const child = startNpxNode(['bench/lib/load.ts', JSON.stringify(options)], {});
  const limit = (options.durationSeconds + options.warmupSeconds + 60) * 1000;
  const code = await Promise.race([child.exited, deadline(limit).then(() => 'timeout' as const)]);
  if (code === 'timeout') {
    await child.stop(2_000);
    throw new Error(`the load generator did not finish within ${seconds(limit)}`);
  }
  const line = child
    .output()
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  if (code !== 0 || !line) throw new Error(`the load generator failed (${code}):\n${child.output().slice(-3000)}`);
  return JSON.parse(line) as LoadFigures;
}

/** The SQL with its parameters written in as literals, for pgbench. */
function inline(captured: Captured): string {
  const literal = (v: unknown): string => {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (Array.isArray(v)) return `'{${v.map((x) => `"${String(x).replace(/["\\]/g, '\\$&')}"`).join(',')}}'`;
    return `'${String(v).replace(/'/g, "''")}'`;
  };
  let text = captured.text;
  for (let i = captured.values.length; i >= 1; i--) text = text.replaceAll(`$${i}`, literal(captured.values[i - 1]));
  return text.replace(/\s+/g, ' ').trim() + ';\n';
}

/** What PostgreSQL alone answers with the same SQL (pgbench, no HTTP, no Node), when pgbench is installed. */
function pgbenchCeiling(databaseUrl: string, captured: Captured, dir: string): { tps: number; latencyMs: number; clients: number } | null {
  const file = path.join(dir, 'list.sql');
  fs.writeFileSync(file, inline(captured));
  const clients = envInt('KINGA_DB_POOL_SIZE', 20, 1, 200);
  const duration = Math.min(envInt('BENCH_DURATION', 15, 1, 120), 10);
  const r = spawnSync('pgbench', ['-n', '-c', String(clients), '-j', '2', '-T', String(duration), '-M', 'extended', '-f', file, databaseUrl], {
    encoding: 'utf8',
    timeout: (duration + 60) * 1000,
  });
  if (r.status !== 0) return null;
  const tps = /tps = ([\d.]+)/.exec(r.stdout)?.[1];
  const latency = /latency average = ([\d.]+) ms/.exec(r.stdout)?.[1];
  return tps ? { tps: Number(tps), latencyMs: Number(latency ?? NaN), clients } : null;
}

function printLoad(label: string, f: LoadFigures): void {
  const errors = f.errors + f.timeouts + f.non2xx;
  console.log(
    `  ${label.padEnd(34)} ${f.rps.toFixed(0).padStart(6)} req/s   p50 ${String(f.latencyMs.p50).padStart(3)} ms   p99 ${String(f.latencyMs.p99).padStart(3)} ms   max ${f.latencyMs.max} ms   errors ${errors} (${f.requests} requests)`,
  );
}

interface Captured {
  text: string;
  values: unknown[];
}

function capturedListQuery(file: string): Captured[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Captured);
}

async function api(): Promise<PartResult> {
  section('api: district-scoped list on PostgreSQL, 50 connections');
  const targetRps = 3_000;
  const targetP99 = 30;
  const serverUrl = (process.env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
  const dbName = `kinga_bench_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const databaseUrl = `${serverUrl}/${dbName}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres`, connectionTimeoutMillis: 10_000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`not measured: no PostgreSQL at ${serverUrl} (${(error as Error).message})`);
    return { status: 'not measured', reason: `no PostgreSQL at ${serverUrl}` };
  }
  const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
  await admin.query(`create database "${dbName}"`);
  const database = `PostgreSQL ${version} at ${serverUrl.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@')}, fresh database ${dbName}`;
  console.log(`database: ${database}`);
  const dir = tempDir('kinga-bench-api-');
  const sqlLog = path.join(dir, 'sql.jsonl');
  let child: Child | null = null;
  try {
    // 1. Kinga once with the SQL capture hook: migrate, demo data, log in, one list request.
    const capture = await startKinga(
      { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', BENCH_SQL_LOG: sqlLog },
      { preload: './bench/lib/capture-sql.ts', timeoutMs: 180_000 },
    );
    child = capture.child;
    const firstStartMs = capture.readyAt - capture.startedAt;
    const token = await login(capture.url, 'clerk', 'demo1234');
    const before = capturedListQuery(sqlLog).length;
    const response = await fetch(`${capture.url}/api/v1/locations?limit=20`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(15_000),
    });
    const kingaPage = (await response.json()) as { items?: { id: string }[] };
    if (response.status !== 200 || !kingaPage.items)
      throw new Error(`GET /api/v1/locations as clerk: ${response.status} ${JSON.stringify(kingaPage).slice(0, 500)}`);
    await sleep(200);
    const statements = capturedListQuery(sqlLog).slice(before);
    await capture.child.stop();
    child = null;
    const listSql = statements.find((s) => /from\s+"?location"?/i.test(s.text) && /order by/i.test(s.text) && /limit/i.test(s.text));
    if (!listSql) throw new Error(`could not capture the list SQL; statements seen:\n${statements.map((s) => s.text).join('\n')}`);
    console.log(`Kinga first start on this database (migrations + demo data): ${seconds(firstStartMs)}`);
    console.log(`clerk sees ${kingaPage.items.length} locations on the first page; the request ran ${statements.length} SQL statement(s); the list SQL:`);
    console.log(`  ${listSql.text}\n  params: ${JSON.stringify(listSql.values)}`);

    // 2. The bare Fastify + pg baseline with the very same SQL.
    const basePort = await freePort();
    child = startNpxNode(['bench/baseline-server.ts'], { DATABASE_URL: databaseUrl, PORT: String(basePort), BASELINE_SQL: JSON.stringify(listSql) });
    const baseUrl = `http://127.0.0.1:${basePort}/locations?limit=20`;
    const baseBody = (await waitReady(baseUrl, child, 60_000)).body as { items: { id: string }[] };
    const sameRows = JSON.stringify(baseBody.items.map((r) => r.id)) === JSON.stringify(kingaPage.items.map((r) => r.id));
    console.log(`baseline returns the same rows as Kinga: ${sameRows ? 'yes' : 'NO'} (${baseBody.items.length} rows)`);
    console.log(
      `load: ${envInt('BENCH_CONNECTIONS', 50, 1, 200)} connections, ${envInt('BENCH_WARMUP', 3, 0, 60)} s warm-up then ${envInt('BENCH_DURATION', 15, 1, 120)} s, autocannon in its own process`,
    );
    const baseline = await loadTest(baseUrl, {});
    printLoad('baseline (bare Fastify + pg)', baseline);
    await child.stop();
    child = null;

    const ceiling = pgbenchCeiling(databaseUrl, listSql, dir);
    if (ceiling)
      console.log(
        `  ${'PostgreSQL alone (pgbench, same SQL)'.padEnd(34)} ${ceiling.tps.toFixed(0).padStart(6)} tx/s    average ${ceiling.latencyMs} ms, ${ceiling.clients} clients, extended protocol, no HTTP`,
      );

    // 3. Kinga as it runs in production (no hook), LOG_LEVEL=warn.
    const kinga = await startKinga({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, { timeoutMs: 120_000 });
    child = kinga.child;
    const kingaToken = await login(kinga.url, 'clerk', 'demo1234');
    const figures = await loadTest(`${kinga.url}/api/v1/locations?limit=20`, { authorization: `Bearer ${kingaToken}` });
    printLoad('Kinga (JWT, rights, scope, schemas)', figures);
    await kinga.child.stop();
    child = null;

    const errors = figures.errors + figures.timeouts + figures.non2xx;
    const pass = figures.rps >= targetRps && figures.latencyMs.p99 <= targetP99 && errors === 0;
    console.log(
      `Kinga: ${figures.rps.toFixed(0)} req/s, p99 ${figures.latencyMs.p99} ms   target ≥ ${targetRps} req/s with p99 ≤ ${targetP99} ms, no errors   ${verdict(pass)}`,
    );
    console.log(
      `  ratio Kinga/baseline: throughput ${ratio(figures.rps, baseline.rps)}, p99 latency ${ratio(figures.latencyMs.p99, baseline.latencyMs.p99)}; the machine has ${machine().cpus} cores shared by server, PostgreSQL and load generator`,
    );
    if (ceiling)
      console.log(`  ratio Kinga/PostgreSQL alone: ${ratio(figures.rps, ceiling.tps)}; baseline/PostgreSQL alone: ${ratio(baseline.rps, ceiling.tps)}`);
    return {
      status: pass ? 'PASS' : 'FAIL',
      database,
      target: { rps: targetRps, p99Ms: targetP99 },
      request: 'GET /api/v1/locations?limit=20 as clerk (district R1D1)',
      sql: listSql,
      sameRowsAsBaseline: sameRows,
      kinga: figures,
      baseline,
      ratio: { rps: figures.rps / baseline.rps, p99: figures.latencyMs.p99 / baseline.latencyMs.p99 },
      firstStartOnPostgresMs: Math.round(firstStartMs),
      databaseAlone: ceiling ? { tool: 'pgbench -M extended', ...ceiling } : null,
    };
  } finally {
    await child?.stop();
    await admin.query(`drop database if exists "${dbName}" with (force)`).catch((e: Error) => console.error(`could not drop ${dbName}: ${e.message}`));
    await admin.end();
    removeDir(dir);
  }
}

// ---------------------------------------------------------------------------------------------

const runners: Record<string, () => Promise<PartResult>> = { startup, bundle, login: loginPage, api };

export async function main(args: string[]): Promise<number> {
  const chosen = args.length ? args : Object.keys(runners);
  const unknown = chosen.filter((a) => !runners[a]);
  if (unknown.length) {
    console.error(`bench platform: unknown part ${unknown.join(', ')}; parts: ${Object.keys(runners).join(', ')}`);
    return 2;
  }
  const startedAt = new Date().toISOString();
  console.log(`Kinga platform benchmark, ${startedAt}`);
  printMachine();
  try {
    const git = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    console.log(`commit: ${git}`);
  } catch {
    /* not a git checkout */
  }
  const results: Record<string, PartResult> = {};
  for (const part of chosen) {
    const t0 = performance.now();
    try {
      results[part] = await runners[part]!();
    } catch (error) {
      console.log(`error: ${(error as Error).stack ?? error}`);
      results[part] = { status: 'error', message: (error as Error).message };
    } finally {
      await stopAll();
    }
    results[part]!.elapsedMs = Math.round(performance.now() - t0);
  }
  section('summary');
  for (const [part, r] of Object.entries(results)) console.log(`  ${part.padEnd(10)} ${r.status.padEnd(13)} ${parts[part]}`);
  const file = writeResult('platform', { benchmark: 'platform', startedAt, machine: machine(), results });
  console.log(`results: ${path.relative(repoRoot, file)}`);
  return Object.values(results).some((r) => r.status === 'FAIL' || r.status === 'error') ? 1 : 0;
}
