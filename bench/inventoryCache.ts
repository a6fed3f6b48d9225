// The generated inventories the bench measures, written once to bench/.cache/<scale>.json: generating `l` takes
// seconds and every section (engine, server, browser) reads the same file, so they all measure the same data.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Inventory } from '../src/contract/inventory';
import { generateInventory } from '../src/domain';
import type { Scale } from '../src/domain/generator/scales';

const here = dirname(fileURLToPath(import.meta.url));

export const inventoryCachePath = (scale: Scale) => join(here, '.cache', `${scale}.json`);

/** Writes `inventory` (or a freshly generated one) as the cache of `scale` unless that cache exists. */
export function ensureInventoryFile(scale: Scale, inventory?: Inventory): string {
  const file = inventoryCachePath(scale);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(inventory ?? generateInventory(scale, 42)));
  }
  return file;
}
