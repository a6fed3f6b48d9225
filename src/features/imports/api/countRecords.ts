import type { ImportFormat } from '../../../contract/imports';
import { parseCsv } from '../../../domain/importers/csvParse';

/**
 * How many records a file holds, for the "processing N records" line while the server works (it answers only
 * at the end). Every JSON format keeps its records in top-level arrays (native: principals, connections, ...;
 * Power Platform: connections, apps, flows, ...; n8n: credentials, workflows, ...), so their lengths are summed;
 * a CSV has a record per row after the header. Undefined when the file cannot be read that way: the server
 * will say what is wrong with it.
 */
export function countRecords(format: ImportFormat, text: string): number | undefined {
  if (format === 'csv') {
    const parsed = parseCsv(text);
    return parsed.ok ? Math.max(parsed.rows.length - 1, 0) : undefined;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(doc)) return doc.length;
  if (doc === null || typeof doc !== 'object') return undefined;
  return Object.values(doc).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
}
