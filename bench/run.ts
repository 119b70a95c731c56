// `npm run bench -- <name> [parts…]` runs bench/<name>.ts; without a name it lists the benchmarks.
import fs from 'node:fs';
import path from 'node:path';

interface Benchmark {
  description: string;
  parts?: Record<string, string>;
  main(args: string[]): Promise<number>;
}

const benchDir = import.meta.dirname;
/** Files in bench/ that are not benchmarks. */
const helpers = new Set(['run.ts', 'baseline-server.ts']);

function names(): string[] {
  return fs
    .readdirSync(benchDir)
    .filter((f) => f.endsWith('.ts') && !helpers.has(f))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function load(name: string): Promise<Benchmark> {
  return (await import(path.join(benchDir, `${name}.ts`))) as Benchmark;
}

const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h') {
  console.log('usage: npm run bench -- <name> [part…]\n\nbenchmarks:');
  for (const n of names()) {
    const b = await load(n);
    console.log(`  ${n.padEnd(12)} ${b.description}`);
    for (const [part, text] of Object.entries(b.parts ?? {})) console.log(`    ${n} ${part.padEnd(10)} ${text}`);
  }
  console.log('\nresults: bench/out/<name>-<timestamp>.json');
  process.exit(name ? 0 : 1);
}
if (!names().includes(name)) {
  console.error(`bench: no benchmark "${name}"; there are: ${names().join(', ')}`);
  process.exit(2);
}
const benchmark = await load(name);
const code = await benchmark.main(args);
// Everything the benchmark started has been stopped; do not wait for stray timers or sockets.
process.exit(code);
