import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedSettings } from './e2e/support/browserSettings';

// The built app against the real server: its own port, build folder and a fresh data folder per run.
const PORT = Number(process.env.E2E_SERVER_PORT ?? 8181);
const OUT_DIR = `dist-server-${PORT}`;
const DATA_DIR = join(tmpdir(), `sharegraph-e2e-${PORT}-${Date.now()}`);
export const E2E_ADMIN_PASSWORD = 'e2e-admin-password-1';

export default defineConfig({
  ...sharedSettings(PORT),
  // server.spec.ts and the server-*.spec.ts journeys (triage against the real database).
  testMatch: /server(-[\w-]+)?\.spec\.ts$/,
  // Its own artifacts folder, so a parallel mock run cleaning test-results/ does not take this run's traces.
  outputDir: `test-results/server-${PORT}`,
  timeout: 60_000,
  webServer: {
    command: `VITE_API=server npx vite build --logLevel warn --outDir ${OUT_DIR} --emptyOutDir && npx tsx server/main.ts`,
    env: {
      PORT: String(PORT), HOST: '127.0.0.1', SHAREGRAPH_DATA_DIR: DATA_DIR, SHAREGRAPH_STATIC_DIR: OUT_DIR,
      SHAREGRAPH_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD, LOG_LEVEL: 'warn',
    },
    url: `http://127.0.0.1:${PORT}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
