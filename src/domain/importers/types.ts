import type { Inventory } from '../../contract/inventory';

/** One problem in an import file: where (line when known, field path) and what was expected. */
export interface ImportIssue {
  line?: number;
  field: string;
  message: string;
}

export interface ImportOptions {
  /**
   * Keyed one-way fingerprint of a secret. The server passes an HMAC with its own key; the domain never sees
   * the key and never keeps the secret. Must not return the secret or any part of it.
   */
  fingerprint: (secret: string) => string;
  /** Largest accepted file, in bytes of UTF-16 text length (close enough to bytes for the limit's purpose). */
  maxBytes?: number;
  /** The moment the export is taken to describe, when the file does not say (ISO 8601). */
  generatedAt?: string;
  /** Told where a long import is; called synchronously, so a caller can only draw, not wait. */
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Where an import is. `validating` counts records (principals, targets, connections, apps, shares, activity)
 * checked against the schema; the other phases are single steps whose length is not known in advance.
 */
export type ImportProgress =
  | { phase: 'parsing' }
  | { phase: 'validating'; done: number; total: number }
  | { phase: 'analysing' }
  | { phase: 'committing' };

export type ImportResult =
  | { ok: true; inventory: Inventory; secretsDropped: number; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[]; total: number };

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Only this many errors or warnings are reported; the total says how many there were. */
export const MAX_REPORTED = 100;
