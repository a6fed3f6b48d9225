/**
 * Deterministic starting positions: each node's place comes from a hash of its id, so the same data always
 * starts (and, after a fixed number of ForceAtlas2 iterations, ends) in the same picture, and a node keeps its
 * place across views instead of jumping around.
 */
export function hashId(id: string, seed = 0x811c9dc5): number {
  // FNV-1a, 32-bit: tiny, fast and well spread for short ids.
  let h = seed >>> 0;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A point in a disc of the given radius, uniform in area so the start is not crowded at the centre. */
export function seedPosition(id: string, radius = 100): { x: number; y: number } {
  const angle = (hashId(id) / 0x100000000) * 2 * Math.PI;
  const r = Math.sqrt(hashId(id, 0x9e3779b9) / 0x100000000) * radius;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}
