import { z } from 'zod';

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

/** A sort parameter restricted to the given fields, optionally prefixed with `-` for descending. */
export function sortOf<const F extends readonly [string, ...string[]]>(fields: F) {
  const allowed = [...fields, ...fields.map((f) => `-${f}`)] as [string, ...string[]];
  return z.enum(allowed).optional();
}
