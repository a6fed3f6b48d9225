import { defineConfig } from '@playwright/test';
import { sharedSettings } from './e2e/support/browserSettings';

// Parallel runs on one machine (several developers, or agents) each take their own port and build folder.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_PORT ? `dist-${PORT}` : 'dist';

export default defineConfig({
  ...sharedSettings(PORT),
  testIgnore: /server(-[\w-]+)?\.spec\.ts$/,
  timeout: 30_000,
  // The built app with the mock API, served by `vite preview` with the production security headers.
  webServer: {
    command: `npx vite build --logLevel warn --outDir ${OUT_DIR} && npx vite preview --port ${PORT} --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
