import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedSettings } from './e2e/support/browserSettings';

// The built app against the real server: its own port, build folder and a fresh data folder per run (two
// servers: the demo inventory for most journeys, the m inventory where a journey needs thousands of findings).
const PORT = Number(process.env.E2E_SERVER_PORT ?? 8181);
export const E2E_ADMIN_PASSWORD = 'e2e-admin-password-1';
/** A second server, first started on the m inventory (4,400 findings), for the 500-finding bulk journey. */
const BULK_PORT = PORT + 1;
export const BULK_BASE = `http://127.0.0.1:${BULK_PORT}`;

const server = (port: number, firstInventory: string) => ({
  command: `VITE_API=server npx vite build --logLevel warn --outDir dist-server-${port} --emptyOutDir && npx tsx server/main.ts`,
  env: {
    PORT: String(port), HOST: '127.0.0.1', SHAREGRAPH_DATA_DIR: join(tmpdir(), `sharegraph-e2e-${port}-${Date.now()}`),
    SHAREGRAPH_STATIC_DIR: `dist-server-${port}`, SHAREGRAPH_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD, SHAREGRAPH_FIRST_INVENTORY: firstInventory,
    LOG_LEVEL: 'warn',
  },
  url: `http://127.0.0.1:${port}/api/v1/health`,
  reuseExistingServer: false,
  timeout: 180_000,
});

export default defineConfig({
  ...sharedSettings(PORT),
  // server.spec.ts and the server-*.spec.ts journeys (triage against the real database).
  testMatch: /server(-[\w-]+)?\.spec\.ts$/,
  // Its own artifacts folder, so a parallel mock run cleaning test-results/ does not take this run's traces.
  outputDir: `test-results/server-${PORT}`,
  timeout: 60_000,
  webServer: [server(PORT, 'demo'), server(BULK_PORT, 'm')],
});
