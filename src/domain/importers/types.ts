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
}

export type ImportResult =
  | { ok: true; inventory: Inventory; secretsDropped: number; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[]; total: number };

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Only this many errors or warnings are reported; the total says how many there were. */
export const MAX_REPORTED = 100;
