import { readFileSync } from 'node:fs';
import { readConfig } from './config';
import { buildServer } from './app';
import { acquireLock } from './db/lock';

/** Entry point: read config, open the database, listen; close everything on SIGINT/SIGTERM. */
async function main() {
  const config = readConfig();
  // PostgreSQL serves many processes; only the embedded database is one process's.
  const releaseLock = config.databaseUrl ? () => undefined : acquireLock(config.dataDir, 'server');
  const { app, provisioned, seeded } = await buildServer({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    staticDir: config.staticDir,
    secure: config.tls !== null,
    https: config.tls ? { cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) } : null,
    adminPassword: config.adminPassword,
    firstInventory: config.firstInventory,
    importMaxBytes: config.importMaxBytes,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
  });
  if (config.insecureHttp && !config.tls) {
    app.log.warn('*** --insecure-http: serving plain HTTP on a non-loopback address. Passwords and sessions cross the network unencrypted unless a TLS proxy sits in front. ***');
  }
  if (seeded) app.log.info(`first start: loaded the generated ${config.firstInventory} inventory`);
  if (provisioned?.generated) {
    // Printed once, to the console only (not the structured log), and never stored in clear.
    process.stdout.write(`\n  First start: created user "${provisioned.username}" with password\n\n      ${provisioned.password}\n\n  It is shown only now. Change it with: npm run users -- reset ${provisioned.username}\n\n`);
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    releaseLock();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
