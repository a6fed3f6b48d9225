/** File-system errors that mean the data folder cannot be written: full, read-only or not ours. */
const FS_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO']);

/**
 * PostgreSQL error classes for the same situations: 53 insufficient resources (53100 disk_full), 58 system
 * errors (58030 io_error), and 25006 read_only_sql_transaction.
 */
const isStorageSqlState = (code: string) => /^5[38][0-9A-Z]{3}$/.test(code) || code === '25006';

/** Whether an error (or one of its causes) says the database storage refused a write. */
export function isStorageFailure(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (FS_CODES.has(code) || isStorageSqlState(code))) return true;
  }
  return false;
}
