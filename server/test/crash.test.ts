import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, startServer, tempDataDir } from './harness';

const dir = tempDataDir();

/** What must survive, independent of key order (jsonb does not keep it). */
const summary = (s: Awaited<ReturnType<typeof startServer>>['store']['state']) =>
  [...s.findings.values()].map((f) => `${f.id} ${f.state} ${f.version} ${f.riskScore} ${f.updatedAt}`).sort();
afterAll(() => removeDir(dir));

/** Runs the child until it starts writing, lets the write get under way, then kills it without warning. */
function killMidImport(dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/test/crashChild.ts', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('writing') && !child.killed) setTimeout(() => child.kill('SIGKILL'), 400);
    });
    child.on('error', reject);
    child.on('exit', () => resolve(out));
  });
}

describe('a crash in the middle of an import', () => {
  it('leaves the previous inventory and findings intact', async () => {
    const before = await startServer(dir);
    const connections = before.store.state.inventory.connections.length;
    const findings = summary(before.store.state);
    const events = before.store.state.events.length;
    const imports = before.store.state.imports.length;
    await before.app.close();

    const out = await killMidImport(dir);
    // The kill must land inside the write, or this test proves nothing.
    expect(out).toContain('writing');
    expect(out).not.toContain('committed');

    const after = await startServer(dir);
    expect(after.store.state.inventory.connections.length).toBe(connections);
    expect(summary(after.store.state)).toEqual(findings);
    expect(after.store.state.events).toHaveLength(events);
    expect(after.store.state.imports).toHaveLength(imports);
    await after.app.close();
  }, 120_000);
});
