import { DEFAULT_MAX_BYTES } from '../src/domain/importers';

/** Large enough for any export a browser can upload in one go; the default stays at the importers' 64 MiB. */
const MAX_MIB = 2048;

/**
 * The import size limit in bytes, from SHAREGRAPH_IMPORT_MAX_MIB (whole MiB, 1 to 2048; default 64): one setting
 * for the upload route and `npm run import`, so an inventory too big for one is not quietly taken by the other.
 * A bigger limit costs memory: an import holds the file, its parsed inventory and the analysis at once.
 */
export function importMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SHAREGRAPH_IMPORT_MAX_MIB;
  if (raw === undefined || raw === '') return DEFAULT_MAX_BYTES;
  const mib = Number(raw);
  if (!Number.isInteger(mib) || mib < 1 || mib > MAX_MIB) throw new Error(`SHAREGRAPH_IMPORT_MAX_MIB must be a whole number of MiB from 1 to ${MAX_MIB}, not ${raw}`);
  return mib * 2 ** 20;
}

/**
 * The upload's body limit: the file travels as a JSON string, and escaping (quotes, backslashes, newlines) can
 * double its size. The importer then holds the file itself to the exact limit, with a message that says so.
 */
export const importBodyLimit = (maxBytes: number) => 2 * maxBytes + 2 ** 20;
