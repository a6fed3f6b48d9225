/** Sigma v4 draws with WebGL 2 only; without it the explorer falls back to the table twin. */
export function supportsWebGL2(doc: Document = document): boolean {
  try {
    return doc.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
