import type { Finding } from '../../contract/findings';

/** An edit made against an older version: the caller must see what changed instead of overwriting it. */
export class VersionConflictError extends Error {
  constructor(readonly current: Finding) {
    super(`Finding ${current.id} changed since you loaded it (now version ${current.version})`);
    this.name = 'VersionConflictError';
  }
}
