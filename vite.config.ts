import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { SECURITY_HEADERS } from './src/contract/csp.ts';
import { bootEntry } from './scripts/viteBootEntry.ts';

export default defineConfig({
  plugins: [react(), bootEntry('src/boot/earlyRequests.ts')],
  // The built app is served with the same headers as the server sends; dev keeps Vite's inline HMR preamble working.
  preview: { headers: SECURITY_HEADERS, host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  // The big chunks load on demand (the in-browser mock API with its demo generator, the WebGL renderer, the
  // charts); what the first page loads is budgeted by `npm run bench` (web.initialJsGzipKiB).
  build: { sourcemap: true, chunkSizeWarningLimit: 600 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    // *.pg.test.ts need a PostgreSQL server: only the PostgreSQL run (scripts/test-postgres.sh) sets one.
    exclude: process.env.SHAREGRAPH_TEST_DATABASE_URL ? ['**/node_modules/**'] : ['**/node_modules/**', '**/*.pg.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    // One migrated embedded database per run, copied by the server tests instead of each running initdb.
    globalSetup: ['./server/test/templateDataDir.ts'],
  },
});
