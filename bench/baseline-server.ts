// The baseline for the list benchmark: a bare Fastify + node-postgres endpoint that runs the same SQL
// as Kinga's `GET /api/v1/locations?limit=20` for a district-bound user and returns the same rows in
// the same page shape, without authentication, validation, audit context, metrics or request logs.
//
//   DATABASE_URL=postgres://… PORT=… npx node bench/baseline-server.ts
//
// BASELINE_SQL (JSON `{ "text": …, "values": […] }`) is the statement captured from Kinga in the same
// benchmark run; without it the hand-written equivalent below runs for the districts in
// BASELINE_DISTRICT_CODES (default R1D1, the demo user clerk's district).
import Fastify from 'fastify';
import pg from 'pg';

const LIMIT = 20;

/** Kinga's list query written by hand (the shape Drizzle generates for the location list). */
const handWritten = `select l.id, l.code, l.name, l.type, l.parent_id, l.region_id, l.district_id,
    l.male_population, l.female_population, l.other_population, l.families, l.version, l.created_at, l.updated_at,
    (select count(*)::int from location c where c.parent_id = l.id and c.deleted_at is null) as child_count
  from location l
  where l.deleted_at is null and (l.district_id = any($1::uuid[]) or (l.type = 'R' and l.id = any($2::uuid[])))
  order by l.code asc, l.id asc
  limit $3`;

const camel = (key: string) => key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

export async function startBaseline(databaseUrl: string, port: number, captured?: { text: string; values: unknown[] }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.KINGA_DB_POOL_SIZE || 20) });
  pool.on('error', () => {});
  let query = captured;
  if (!query) {
    const codes = (process.env.BASELINE_DISTRICT_CODES || 'R1D1').split(',');
    const districts = await pool.query<{ id: string; region_id: string }>(
      `select id, region_id from location where code = any($1) and type = 'D' and deleted_at is null`,
      [codes],
    );
    query = {
      text: handWritten,
      values: [districts.rows.map((d) => d.id), [...new Set(districts.rows.map((d) => d.region_id))], LIMIT + 1],
    };
  }
  const { text, values } = query;
  const app = Fastify({ logger: false });
  app.get('/locations', async () => {
    const result = await pool.query({ text, values });
    const rows = result.rows.map((row: Record<string, unknown>) => {
      const item: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) item[camel(key)] = value instanceof Date ? value.toISOString() : value;
      return item;
    });
    const items = rows.slice(0, LIMIT);
    const last = items[items.length - 1];
    const nextCursor = rows.length > LIMIT && last ? Buffer.from(JSON.stringify({ k: 'code', v: last.code, id: last.id })).toString('base64url') : null;
    return { items, nextCursor };
  });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${port}`,
    sql: text,
    async close() {
      await app.close();
      await pool.end();
    },
  };
}

if (import.meta.main) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('baseline: set DATABASE_URL');
    process.exit(2);
  }
  const captured = process.env.BASELINE_SQL ? (JSON.parse(process.env.BASELINE_SQL) as { text: string; values: unknown[] }) : undefined;
  const server = await startBaseline(databaseUrl, Number(process.env.PORT || 8090), captured);
  console.log(`baseline: listening at ${server.url}/locations (${captured ? 'SQL captured from Kinga' : 'hand-written SQL'})`);
  const stop = () => void server.close().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
