import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Inventory } from '../../contract/inventory';
import { devFingerprint, runImporter } from '.';

describe('published import documentation', () => {
  it('docs/inventory.schema.json is generated from the contract (run `npm run openapi` after changing it)', () => {
    const committed = JSON.parse(readFileSync('docs/inventory.schema.json', 'utf8')) as { properties: unknown };
    expect(committed.properties).toEqual((z.toJSONSchema(Inventory, { io: 'input' }) as { properties: unknown }).properties);
  });
  it('the native example imports cleanly', () => {
    const r = runImporter('native', readFileSync('docs/examples/inventory.example.json', 'utf8'), { fingerprint: devFingerprint });
    expect(r).toMatchObject({ ok: true, secretsDropped: 0, warnings: [] });
  });
});
