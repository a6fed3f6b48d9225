import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { removeDir, tempDataDir } from './harness';

describe('the embedded database', () => {
  it('runs with a small buffer cache: its WebAssembly memory never shrinks, and the server keeps its state in memory', async () => {
    const dir = tempDataDir();
    const db = await openDatabase(dir);
    try {
      const { rows } = await sql<{ size: string }>`select current_setting('shared_buffers') as size`.execute(db);
      expect(rows[0]?.size).toBe('16MB');
    } finally {
      await db.destroy();
      removeDir(dir);
    }
  });
});
