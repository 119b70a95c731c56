// The load generator, run as its own process so that it does not share an event loop with the
// server under test: `node bench/lib/load.ts '<json options>'`. It runs a warm-up, then the measured
// run, and prints one JSON line with the figures on stdout. Only 127.0.0.1 is ever loaded.
import autocannon from 'autocannon';

interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

interface AutocannonResult {
  requests: { average: number; total: number; sent: number };
  latency: { p50: number; p90: number; p99: number; average: number; max: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  '2xx': number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
const target = new URL(options.url);
if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') {
  console.error(`load: refusing to load ${target.hostname}: only 127.0.0.1`);
  process.exit(2);
}
const connections = Math.min(Math.max(1, options.connections), 200);
const duration = (s: number) => Math.min(Math.max(1, s), 120);

function run(seconds: number): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: options.url, headers: options.headers ?? {}, connections, duration: duration(seconds), pipelining: 1, timeout: 10 },
      (error: Error | null, result: AutocannonResult) => (error ? reject(error) : resolve(result)),
    );
  });
}

if (options.warmupSeconds > 0) await run(options.warmupSeconds);
const r = await run(options.durationSeconds);
console.log(
  JSON.stringify({
    connections,
    durationSeconds: r.duration,
    requests: r.requests.total,
    ok: r['2xx'],
    rps: r.requests.total / r.duration,
    rpsAverage: r.requests.average,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, average: r.latency.average, max: r.latency.max },
    bytesPerSecond: r.throughput.average,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  }),
);
