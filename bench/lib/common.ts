// Helpers shared by the benchmarks: child servers, bounded polling, free ports, results on disk.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const outDir = path.join(repoRoot, 'bench', 'out');

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** A timer for Promise.race deadlines: it does not keep the process alive once everything else is done. */
export const deadline = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** A TCP port that nothing listens on right now (on 127.0.0.1). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function section(title: string): void {
  console.log(`\n=== ${title} ${'='.repeat(Math.max(0, 74 - title.length))}`);
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
export const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

/** The machine the figures were taken on (they mean little without it). */
export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage1m: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

export function printMachine(): void {
  const m = machine();
  console.log(`machine: ${m.cpus} CPU cores (${m.cpuModel}), ${m.memoryGB} GB RAM, Node ${m.node}, ${m.platform}; load average (1 min) ${m.loadAverage1m}`);
  if (m.loadAverage1m > m.cpus * 0.5) console.log(`warning: the machine is busy (load ${m.loadAverage1m} on ${m.cpus} cores): other work skews these figures`);
  if (m.cpus <= 2) console.log(`note: only ${m.cpus} cores: server, database and load generator share them, so throughput figures are a floor, not a ceiling.`);
}

/** Writes bench/out/<name>-<timestamp>.json and returns its path. */
export function writeResult(name: string, data: unknown): string {
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(outDir, `${name}-${stamp}.json`);
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  return file;
}

export interface Child {
  process: ChildProcess;
  /** Everything the child wrote to stdout and stderr so far (capped). */
  output(): string;
  exited: Promise<number | null>;
  /** SIGTERM to the child's process group, then SIGKILL after the grace period. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts a command in its own process group (so that `npx node …` and its node child stop together).
 * Nothing reads stdin. Output is kept in memory (last 200 kB) and echoed only when `echo` is set.
 */
export function startChild(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: boolean } = {}): Child {
  const child = spawn(command, args, {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let buffer = '';
  const collect = (chunk: Buffer) => {
    buffer = (buffer + chunk.toString('utf8')).slice(-200_000);
    if (options.echo) process.stdout.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
    child.on('error', () => resolve(-1));
  });
  let done = false;
  void exited.then(() => (done = true));
  const signalGroup = (signal: NodeJS.Signals) => {
    if (done || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      try {
        child.kill(signal);
      } catch {
        /* already gone */
      }
    }
  };
  return {
    process: child,
    output: () => buffer,
    exited,
    async stop(graceMs = 10_000) {
      if (done) return;
      signalGroup('SIGTERM');
      const finished = await Promise.race([exited.then(() => true), deadline(graceMs).then(() => false)]);
      if (!finished) {
        signalGroup('SIGKILL');
        await Promise.race([exited, deadline(2_000)]);
      }
    },
  };
}

// Children still running when the benchmark ends or is interrupted are stopped.
const running = new Set<Child>();
export function track(child: Child): Child {
  running.add(child);
  void child.exited.then(() => running.delete(child));
  return child;
}
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((c) => c.stop(3_000)));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\nbench: ${signal}, stopping child processes`);
    void stopAll().finally(() => process.exit(130));
  });
}

/**
 * Polls url until it answers 200, the child exits, or the deadline passes. Bounded in time and in
 * attempts. Returns the time of the first 200 (ms since epoch) and its JSON body.
 */
export async function waitReady(url: string, child: Child | null, timeoutMs: number, intervalMs = 50): Promise<{ at: number; body: unknown }> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child?.exited.then(() => (exited = true));
  const maxAttempts = Math.ceil(timeoutMs / intervalMs) + 10;
  for (let attempt = 0; attempt < maxAttempts && Date.now() < deadline; attempt++) {
    if (exited) throw new Error(`the server exited before ${url} answered.\n${child?.output().slice(-4000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(500, Math.min(5_000, deadline - Date.now()))) });
      if (response.status === 200) {
        const at = Date.now();
        return { at, body: await response.json().catch(() => null) };
      }
      await response.body?.cancel();
    } catch {
      /* not listening yet */
    }
    await sleep(intervalMs);
  }
  throw new Error(`${url} did not answer 200 within ${seconds(timeoutMs)}.\n${child?.output().slice(-4000) ?? ''}`);
}

/** `npx node <args>` as the README runs it (Node 24 from node_modules), in its own process group. */
export function startNpxNode(args: string[], env: NodeJS.ProcessEnv, echo = false): Child {
  return track(startChild('npx', ['node', ...args], { env: { CI: 'true', ...env }, echo }));
}

/** The Kinga server as a child process: fresh port, given environment; resolves once /ready answers 200. */
export async function startKinga(
  env: NodeJS.ProcessEnv,
  opts: { timeoutMs?: number; preload?: string } = {},
): Promise<{ child: Child; url: string; startedAt: number; readyAt: number; ready: unknown }> {
  const port = await freePort();
  const nodeArgs = opts.preload ? ['--import', opts.preload, 'server/src/main.ts'] : ['server/src/main.ts'];
  const startedAt = Date.now();
  const child = startNpxNode(nodeArgs, { HOST: '127.0.0.1', PORT: String(port), ...env });
  const url = `http://127.0.0.1:${port}`;
  try {
    const { at, body } = await waitReady(`${url}/ready`, child, opts.timeoutMs ?? 120_000);
    return { child, url, startedAt, readyAt: at, ready: body };
  } catch (error) {
    await child.stop(3_000);
    throw error;
  }
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Logs in through the REST API and returns the access token. */
export async function login(url: string, loginName: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: loginName, password }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json()) as { accessToken?: string };
  if (response.status !== 200 || !body.accessToken) throw new Error(`log-in as ${loginName} failed: ${response.status} ${JSON.stringify(body)}`);
  return body.accessToken;
}
