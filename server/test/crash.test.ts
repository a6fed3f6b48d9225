import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, startServer, tempDataDir } from './harness';
import { generateInventory } from '../../src/domain';
import { applyImport, planImport } from '../../src/service/writes';
import { saveImport } from '../db/repository';

const dir = tempDataDir();

/** What must survive, independent of key order (jsonb does not keep it). */
const summary = (s: Awaited<ReturnType<typeof startServer>>['store']['state']) =>
  [...s.findings.values()].map((f) => `${f.id} ${f.state} ${f.version} ${f.riskScore} ${f.updatedAt}`).sort();
afterAll(() => removeDir(dir));

/** Runs the child until it starts writing, lets the write get under way, then kills it without warning. */
function killMidWrite(dataDir: string, what: 'import' | 'bulk', afterMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/test/crashChild.ts', dataDir, what], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('writing') && !child.killed) setTimeout(() => child.kill('SIGKILL'), afterMs);
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

    const out = await killMidWrite(dir, 'import', 400);
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

describe('a crash in the middle of a bulk triage change', () => {
  it('leaves every finding as it was: no finding half-assigned, no orphan audit entry', async () => {
    const before = await startServer(dir);
    // Thousands of findings (the m inventory, committed first), so the bulk write lasts long enough to land in.
    const plan = planImport(before.store.state, { format: 'native', fileName: 'm.json', content: JSON.stringify(generateInventory('m')) }, 'admin');
    await saveImport(before.store.db, plan, before.store.state.findings);
    applyImport(before.store.state, plan);
    const findings = summary(before.store.state);
    const events = before.store.state.events.length;
    await before.app.close();
    expect(findings.length).toBeGreaterThan(1000);

    // Each finding is its own UPDATE inside the one transaction, so a few hundred take long enough to land in.
    const out = await killMidWrite(dir, 'bulk', 300);
    expect(out).toMatch(/writing \d{4,}/);
    expect(out).not.toContain('committed');

    const after = await startServer(dir);
    expect(summary(after.store.state)).toEqual(findings);
    expect([...after.store.state.findings.values()].some((f) => f.assigneeId === 'p-crash-test')).toBe(false);
    expect(after.store.state.events).toHaveLength(events);
    await after.app.close();
  }, 120_000);
});
