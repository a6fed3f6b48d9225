import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/open';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An embedded database created and migrated once per run, for server tests to copy (see harness.ts). */
    templateDataDir: string;
  }
}

/**
 * Vitest global setup: one embedded database, initialised and migrated once per test run. PGlite's initdb takes
 * 4–7 s on a 2-core machine and the suite starts a dozen fresh servers; a copy of this folder opens in about 1 s.
 * It holds the schema only (no inventory, no users), so a server started on a copy still does its first start.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'sharegraph-template-'));
  const db = await openDatabase(dir);
  await db.destroy();
  project.provide('templateDataDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
