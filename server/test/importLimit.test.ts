import { describe, expect, it } from 'vitest';
import { call } from '../../src/lib/apiClient';
import { generateInventory } from '../../src/domain';
import { signedInServerForFile } from './harness';
import { failure } from '../../test/failure';

// A server configured for 1 MiB imports (SHAREGRAPH_IMPORT_MAX_MIB=1), so the limits are quick to reach.
const MiB = 2 ** 20;
const server = signedInServerForFile({ importMaxBytes: MiB });

/** The demo inventory (~0.45 MiB of JSON), padded with whitespace to `bytes`: still a valid file. */
const fileOf = (bytes: number) => {
  const json = JSON.stringify(generateInventory('demo'));
  return json + ' '.repeat(Math.max(0, bytes - json.length));
};

describe('the configured import size limit', () => {
  it('takes a file under the limit, and refuses one over it by name and size, changing nothing', async () => {
    const ok = await call('createImport', { body: { format: 'native', fileName: 'small.json', content: fileOf(0.9 * MiB) } });
    expect(ok.status).toBe('succeeded');
    const before = server().store.state.inventory;

    const err = await failure(call('createImport', { body: { format: 'native', fileName: 'big.json', content: fileOf(1.2 * MiB) } }));
    expect(err.status).toBe(422);
    expect(err.problem.errors?.[0]).toMatchObject({ field: 'content', message: expect.stringContaining('the limit is 1.0 MiB') });
    expect(server().store.state.inventory).toBe(before);
  });

  it('answers a body far over the limit with a problem saying so, before reading it all', async () => {
    const err = await failure(call('createImport', { body: { format: 'native', fileName: 'huge.json', content: fileOf(3.5 * MiB) } }));
    expect(err.status).toBe(413);
    expect(err.problem.title).toBe('Request too large');
  });
});
