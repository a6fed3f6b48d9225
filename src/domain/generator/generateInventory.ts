import type { Inventory } from '../../contract/inventory';
import { newDraft, toInventory } from './draft';
import { addDirectory } from './people';
import { Rng } from './prng';
import { SCALES, type Scale } from './scales';
import { addScenarios } from './scenarios';
import { addBackground } from './background';

/**
 * A seeded, deterministic demo inventory: background people, groups, targets, connections, apps and shares at
 * the requested scale, plus every planted scenario of DESIGN.md under stable ids (see SCENARIOS).
 */
export function generateInventory(scale: Scale = 'demo', seed = 42): Inventory {
  const spec = SCALES[scale];
  const rng = new Rng(seed);
  const d = newDraft();
  const dir = addDirectory(d, rng, spec);
  addScenarios(d, dir);
  addBackground(d, rng, spec, dir);
  return toInventory(d);
}
