import { z } from './zod';

export const MAX_PAGE_SIZE = 500;

/** Common list query: opaque cursor, bounded page size, sort as `field` or `-field`. */
export const ListQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  q: z.string().max(200).optional(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Pass back as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
    /** Rows matching the filter, across all pages. */
    total: z.number().int().nonnegative(),
  });
}

export type Page<T> = { items: T[]; nextCursor: string | null; total: number };

/** A comma-separated multi-value filter (`?platform=n8n,zapier`), validated item by item. */
export function csvOf<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .max(2000)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(item));
}

/** How many sort keys one list may combine; more would not change an order a person can read. */
export const MAX_SORT_KEYS = 3;

/** Splits `-riskScore,name` into keys with directions; the one parser of the sort syntax. */
export function parseSort(spec: string): { field: string; desc: boolean }[] {
  return spec.split(',').map((part) => (part.startsWith('-') ? { field: part.slice(1), desc: true } : { field: part, desc: false }));
}

/**
 * A sort parameter: up to three of the given fields, comma-separated, in priority order, each optionally
 * prefixed with `-` for descending (`-riskScore,name`). The pattern also goes into the OpenAPI document.
 */
export function sortOf<const F extends readonly [string, ...string[]]>(fields: F) {
  const one = `-?(?:${fields.join('|')})`;
  return z
    .string()
    .regex(new RegExp(`^${one}(?:,${one}){0,${MAX_SORT_KEYS - 1}}$`), {
      message: `Expected up to ${MAX_SORT_KEYS} comma-separated fields, each optionally prefixed with -, from: ${fields.join(', ')}`,
    })
    .refine((spec) => new Set(parseSort(spec).map((k) => k.field)).size === parseSort(spec).length, {
      message: 'Each field may appear once in the sort',
    })
    .optional();
}
