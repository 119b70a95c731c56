// Preloaded into the Kinga server (`node --import bench/lib/capture-sql.ts server/src/main.ts`) for one
// run only: appends every SQL statement that node-postgres sends, with its parameters, to the JSON
// lines file named by BENCH_SQL_LOG. The benchmark reads it to give the bare baseline the same SQL.
// The measured server never runs with this hook.
import fs from 'node:fs';
import pg from 'pg';

const file = process.env.BENCH_SQL_LOG;
if (file) {
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    const text = typeof first === 'string' ? first : (first as { text?: string } | null)?.text;
    const values = Array.isArray(second) ? second : (first as { values?: unknown[] } | null)?.values;
    if (typeof text === 'string') {
      try {
        fs.appendFileSync(file, JSON.stringify({ text, values: values ?? [] }) + '\n');
      } catch {
        /* capture is best effort */
      }
    }
    return original.apply(this, args);
  };
}
