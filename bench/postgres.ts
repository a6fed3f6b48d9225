// `npm run bench -- --db postgres`: the API figures also against PostgreSQL, next to the embedded database's.
// Uses the server named by BENCH_PG_ADMIN_URL (a user that may create databases), or starts a throwaway cluster on
// a loopback port (scripts/pg-cluster.sh, port BENCH_PG_PORT or 55433) and stops it after.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh database for one bench run; `drop` removes it (and the cluster, if this run started one). */
export async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const port = process.env.BENCH_PG_PORT ?? '55433';
  const given = process.env.BENCH_PG_ADMIN_URL;
  const adminUrl = given ?? execFileSync('scripts/pg-cluster.sh', ['start', port], { encoding: 'utf8' }).trim();
  const name = `sharegraph_bench_${randomBytes(4).toString('hex')}`;
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      if (!given) execFileSync('scripts/pg-cluster.sh', ['stop', port]);
    },
  };
}

/** Embedded and PostgreSQL figures of the same metric in one row each. */
export function sideBySide(figures: Record<string, number>, embeddedPrefix: string, postgresPrefix: string) {
  return Object.keys(figures).filter((k) => k.startsWith(`${embeddedPrefix}.`)).map((k) => {
    const metric = k.slice(embeddedPrefix.length + 1);
    const embedded = figures[k]!;
    const postgres = figures[`${postgresPrefix}.${metric}`];
    return { metric, embedded, postgres: postgres ?? '', 'postgres / embedded': postgres !== undefined && embedded ? Math.round((postgres / embedded) * 100) / 100 : '' };
  });
}
