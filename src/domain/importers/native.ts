import { importJson, isObject, type JsonContext } from './jsonImport';
import { isSecretKey } from './secrets';
import type { ImportOptions, ImportResult } from './types';

/**
 * The native inventory JSON (docs/inventory.schema.json). The schema has no place for a secret, but files
 * written by hand or by scripts sometimes carry one anyway (`"password": ...` next to a credential): such a
 * value becomes the credential's fingerprint when it has none, and is removed and counted wherever it is.
 */
export function importNative(content: string, options: ImportOptions): ImportResult {
  return importJson(content, options, (doc, ctx) => {
    if (!isObject(doc)) {
      ctx.errors.add({ path: [], message: 'Expected a JSON object with schemaVersion, principals, targets, connections, apps and shares' });
      return undefined;
    }
    if (Array.isArray(doc.connections)) {
      for (const c of doc.connections) if (isObject(c) && isObject(c.credential)) fingerprintCredential(c.credential, ctx);
    }
    dropSecrets(doc, ctx, 0);
    return doc;
  }, true);
}

function fingerprintCredential(credential: Record<string, unknown>, ctx: JsonContext) {
  for (const key of Object.keys(credential)) {
    if (!isSecretKey(key)) continue;
    const fp = ctx.secrets.take(credential[key]);
    delete credential[key];
    if (fp !== undefined && credential.fingerprint === undefined) credential.fingerprint = fp;
  }
}

/** Removes every secret-keyed value left in the document (the schema would strip them; we also count them). */
function dropSecrets(value: unknown, ctx: JsonContext, depth: number) {
  // The schema is a few levels deep; anything deeper is rejected by it, so there is nothing to keep there.
  if (depth > 32) return;
  if (Array.isArray(value)) {
    for (const v of value) dropSecrets(v, ctx, depth + 1);
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      if (isSecretKey(key)) {
        ctx.secrets.take(value[key]);
        delete value[key];
      } else {
        dropSecrets(value[key], ctx, depth + 1);
      }
    }
  }
}
