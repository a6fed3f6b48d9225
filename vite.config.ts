import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { SECURITY_HEADERS } from './src/contract/csp.ts';
import { bootEntry } from './scripts/viteBootEntry.ts';
import { preloadChunk } from './scripts/vitePreloadChunk.ts';

export default defineConfig({
  plugins: [react(), bootEntry('src/boot/earlyRequests.ts'), preloadChunk('src/boot/earlyRequests.ts'), preloadChunk('src/app/start.tsx')],
  // The built app is served with the same headers as the server sends; dev keeps Vite's inline HMR preamble working.
  preview: { headers: SECURITY_HEADERS, host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  // The big chunks load on demand (the in-browser mock API with its demo generator, the WebGL renderer, the
  // charts); what the first page loads is budgeted by `npm run bench` (web.initialJsGzipKiB).
  build: {
    sourcemap: true, chunkSizeWarningLimit: 600,
    // The app's code is a chunk loaded by the entry (src/main.tsx), so everything it shares with the lazy pages would
    // be split into a score of small chunks, and each request cost a slow machine's renderer ~10 ms of main thread
    // while the server-rendered page waited to be painted. Two groups keep the landing page at about ten files: the
    // framework and the app's shared modules. A third keeps the boot script's few modules out of both (a shared
    // module caught by a wider group would make the boot script wait for that whole group); not recursive, for the
    // same reason. e2e/boot-script.spec.ts checks what the boot script imports.
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            // The boot script's own modules, and nothing else: it runs as soon as these few hundred bytes arrive.
            { name: 'boot-shared', test: /[\\/]src[\\/](lib[\\/]earlyRequests|contract[\\/]apiPrefix|features[\\/]graph[\\/]model[\\/]webgl)\.ts$/, priority: 3 },
            { name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](react-query|query-core)|zod)[\\/]/, priority: 2 },
            { name: 'app-shared', test: /[\\/]src[\\/](lib[\\/](queries|format|useUrlState|downsample|apiClient|links)|components|contract)[\\/.]/, priority: 1 },
          ],
        },
      },
    },
  },
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
