import { describe, expect, it } from 'vitest';
import { supportsWebGL2 } from './webgl';

describe('supportsWebGL2', () => {
  it('is true where the browser has the WebGL 2 API, false without it or without a window (tests, server)', () => {
    expect(supportsWebGL2({ WebGL2RenderingContext: class {} })).toBe(true);
    expect(supportsWebGL2({})).toBe(false);
    expect(supportsWebGL2(undefined)).toBe(false);
    // Node has no window: the default argument must not throw.
    expect(supportsWebGL2()).toBe(false);
  });
});
