import { MAX_REPORTED, type ImportIssue } from './types';

/** A path into a JSON document: object keys and array indexes, as zod reports them. */
export type JsonPath = readonly (string | number)[];

export const pathText = (path: JsonPath): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/**
 * Collects problems, keeping the first MAX_REPORTED and counting all: a file with a million bad rows must not
 * produce a million-entry answer, but the total still tells the admin how bad it is.
 */
export class IssueList<T = ImportIssue> {
  readonly items: T[] = [];
  total = 0;

  add(issue: T) {
    this.total += 1;
    if (this.items.length < MAX_REPORTED) this.items.push(issue);
  }

  get full() {
    return this.items.length >= MAX_REPORTED;
  }
}

export function tooLarge(length: number, maxBytes: number): { ok: false; errors: ImportIssue[]; total: number } {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return {
    ok: false, total: 1,
    errors: [{ field: 'content', message: `The file is ${mib(length)}; the limit is ${mib(maxBytes)}. Split the export (for example by environment) and import the parts one at a time.` }],
  };
}

/** Hostile strings end up in messages: keep them short so an error list cannot carry a payload. */
export const quote = (value: unknown): string => {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
};
