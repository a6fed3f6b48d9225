import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { call, ApiError } from '../../src/lib/apiClient';
import { removeDir, tempDataDir, signedInServerForFile } from './harness';

const server = signedInServerForFile();

describe('storage faults', () => {
  it('a disk that refuses a write gets a 503 saying so, changes nothing, and the next write works', async () => {
    const db = server().store.db;
    const realTransaction = db.transaction.bind(db);
    const [finding] = [...server().store.state.findings.values()].filter((f) => f.state === 'open');
    const eventsBefore = server().store.state.events.length;
    // What PostgreSQL raises when the disk is full (SQLSTATE 53100), as PGlite passes it on.
    db.transaction = (() => ({
      execute: () => Promise.reject(Object.assign(new Error('could not extend file "base/5/16384": No space left on device'), { code: '53100' })),
    })) as unknown as typeof db.transaction;
    try {
      const err = await call('updateFinding', { params: { id: finding!.id }, body: { version: finding!.version, state: 'in_progress' } }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiError);
      const problem = (err as ApiError).problem;
      expect(problem.status).toBe(503);
      expect(problem.title).toBe('Storage unavailable');
      expect(problem.detail).toMatch(/disk full or read-only.*nothing was changed/);
    } finally {
      db.transaction = realTransaction;
    }
    expect(server().store.state.findings.get(finding!.id)).toEqual(finding);
    expect(server().store.state.events).toHaveLength(eventsBefore);
    // The queue of writes was released: the same edit now goes through.
    const detail = await call('updateFinding', { params: { id: finding!.id }, body: { version: finding!.version, state: 'in_progress' } });
    expect(detail.finding.state).toBe('in_progress');
  });

  it('a data folder that cannot be written stops the start with a message naming it', async () => {
    // Tests may run as root, whom chmod does not stop; a folder below a plain file cannot exist for anyone.
    const scratch = tempDataDir();
    try {
      const file = join(scratch, 'not-a-folder');
      writeFileSync(file, '');
      const folder = join(file, 'data');
      await expect(openDatabase(folder)).rejects.toThrow(`The data folder ${folder} cannot be written (ENOTDIR)`);
    } finally {
      removeDir(scratch);
    }
  });
});
