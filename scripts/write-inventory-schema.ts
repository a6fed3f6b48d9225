// Writes the native inventory's JSON Schema, generated from the zod contract, for people and tools writing imports.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { Inventory } from '../src/contract/inventory';

const out = process.argv[2] ?? 'docs/inventory.schema.json';
const schema = { ...z.toJSONSchema(Inventory, { io: 'input' }), $id: 'https://sharegraph.invalid/schemas/inventory.schema.json', title: 'Sharegraph native inventory' };
writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${out}`);
