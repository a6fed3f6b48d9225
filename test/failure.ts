import type { ApiError } from '../src/lib/apiClient';

/** The error of a call expected to fail; a call that succeeds fails the test instead. */
export const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the call to fail'); }, (e: unknown) => e as ApiError);
