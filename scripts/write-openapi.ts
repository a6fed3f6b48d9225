// Writes the OpenAPI 3.1 document generated from the contract, for tools that want a file (docs/openapi.json).
import { writeFileSync } from 'node:fs';
import { buildOpenApi } from '../src/contract/openapi';
import pkg from '../package.json' with { type: 'json' };

const out = process.argv[2] ?? 'docs/openapi.json';
writeFileSync(out, `${JSON.stringify(buildOpenApi(pkg.version), null, 2)}\n`);
console.log(`wrote ${out}`);
