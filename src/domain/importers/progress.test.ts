import { describe, expect, it } from 'vitest';
import { generateInventory } from '..';
import { devFingerprint, runImporter, type ImportProgress } from '.';

describe('import progress', () => {
  it('reports parsing, then records validated out of the total, ending at the total', () => {
    const inventory = generateInventory('demo');
    const total = inventory.principals.length + inventory.targets.length + inventory.connections.length + inventory.apps.length
      + inventory.shares.length + inventory.activity.length;
    const seen: ImportProgress[] = [];
    const r = runImporter('native', JSON.stringify(inventory), { fingerprint: devFingerprint, onProgress: (p) => seen.push(p) });
    expect(r.ok).toBe(true);
    expect(seen[0]).toEqual({ phase: 'parsing' });
    expect(seen[1]).toEqual({ phase: 'validating', done: 0, total });
    expect(seen.at(-1)).toEqual({ phase: 'validating', done: total, total });
    const counts = seen.flatMap((p) => (p.phase === 'validating' ? [p.done] : []));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(total).toBeGreaterThan(1000);
    expect(counts.length).toBeGreaterThan(2);
  });

  it('still names the record and field of a bad record when checking one record at a time', () => {
    const inventory = generateInventory('demo');
    const doc = JSON.parse(JSON.stringify(inventory)) as { schemaVersion: number; connections: { environment: string }[] };
    doc.connections[7]!.environment = 'staging';
    doc.schemaVersion = 2;
    const r = runImporter('native', JSON.stringify(doc, null, 1), { fingerprint: devFingerprint });
    expect(r).toMatchObject({ ok: false, total: 2 });
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['schemaVersion', 'connections[7].environment']);
    expect(!r.ok && r.errors[1]!.line).toBeGreaterThan(1);
  });
});
