import { describe, expect, it, vi } from 'vitest';
import { call } from '../../src/lib/apiClient';
import { generateInventory } from '../../src/domain';
import { signedInServerForFile } from './harness';
import { failure } from '../../test/failure';

// The compaction itself is tested in compactHeap.test.ts; here, when the server asks for it.
const compactions = vi.hoisted(() => ({ count: 0 }));
vi.mock('../compactHeap', () => ({ compactHeap: () => { compactions.count++; } }));

signedInServerForFile();
const afterTheAnswer = () => new Promise((resolve) => setImmediate(resolve));

describe('memory after an import', () => {
  it('compacts the heap once after an import replaced the inventory, and not after a refused one', async () => {
    const before = compactions.count;
    const ok = await call('createImport', { body: { format: 'native', fileName: 'demo.json', content: JSON.stringify(generateInventory('demo')) } });
    expect(ok.status).toBe('succeeded');
    await afterTheAnswer();
    expect(compactions.count).toBe(before + 1);

    const err = await failure(call('createImport', { body: { format: 'native', fileName: 'broken.json', content: '{"principals": [' } }));
    expect(err.status).toBe(422);
    await afterTheAnswer();
    expect(compactions.count).toBe(before + 1);
  });
});
