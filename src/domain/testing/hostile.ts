import type { Inventory } from '../../contract/inventory';

/**
 * Strings an attacker can plant in an inventory export (a connection name, a group description). Every view
 * must show them as inert text. Each script payload sets `window.__pwned` so a test can tell if one ever ran.
 */
export const HOSTILE_STRINGS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  'javascript:window.__pwned="url"',
  '<svg onload="window.__pwned = \'svg\'"><circle r="5"/></svg>',
  '\u202Egnp.exe\u202C invoice',
  'null\u0000byte',
  '🔥💀 emoji 𝕏',
  '=HYPERLINK("http://evil.example","click")',
  '+cmd|" /C calc"!A0',
  '@SUM(1+1)',
  'x'.repeat(10_000),
] as const;

const pick = (i: number) => HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]!;

/** The given inventory with hostile names, descriptions and hosts on every kind of record; ids stay intact. */
export function withHostileStrings(inventory: Inventory): Inventory {
  return {
    ...inventory,
    principals: inventory.principals.map((p, i) => ({ ...p, name: pick(i), department: p.department ? pick(i + 3) : undefined })),
    targets: inventory.targets.map((t, i) => ({ ...t, name: pick(i + 1), host: pick(i + 2), description: pick(i + 4) })),
    connections: inventory.connections.map((c, i) => ({ ...c, name: pick(i + 5), connector: pick(i + 6), description: pick(i + 7) })),
    apps: inventory.apps.map((a, i) => ({ ...a, name: pick(i + 8), description: pick(i + 9) })),
  };
}
