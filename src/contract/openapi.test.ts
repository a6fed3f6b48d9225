import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildOpenApi } from './openapi';
import { endpoints } from './endpoints';
import pkg from '../../package.json' with { type: 'json' };

describe('OpenAPI document', () => {
  const doc = buildOpenApi(pkg.version);

  it('describes every endpoint of the contract with its role and errors', () => {
    const operations = Object.values(doc.paths).flatMap((p) => Object.values(p) as { operationId: string; responses: Record<string, unknown> }[]);
    expect(operations.map((o) => o.operationId).sort()).toEqual(Object.keys(endpoints).sort());
    const patch = doc.paths['/api/v1/findings/{id}']?.patch as { responses: Record<string, unknown>; 'x-min-role': string };
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409']));
    expect(patch['x-min-role']).toBe('analyst');
  });

  it('is what docs/openapi.json holds (run `npm run openapi` after changing the contract)', () => {
    const committed = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
