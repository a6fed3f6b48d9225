const checked = new WeakMap<Document, boolean>();

/**
 * Sigma v4 draws with WebGL 2 only; without it the explorer falls back to the table twin. Checked once per document:
 * creating a context to ask costs tens of milliseconds under software rendering, and the answer does not change.
 */
export function supportsWebGL2(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): boolean {
  if (!doc) return false;
  let ok = checked.get(doc);
  if (ok === undefined) {
    try {
      ok = doc.createElement('canvas').getContext('webgl2') !== null;
    } catch {
      ok = false;
    }
    checked.set(doc, ok);
  }
  return ok;
}
