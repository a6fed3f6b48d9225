/**
 * Secret handling shared by every importer: a value under a secret-looking key is never kept. It is turned
 * into a keyed fingerprint (so one secret reused by several connections is still visible) and counted.
 */

/** Keys that hold secret values in the exports we read (Power Platform parameters, n8n credential data, CSV). */
const SECRET_KEY = /(pass(word|wd|phrase)?|secret|token|api[-_]?key|apikey|private[-_]?key|client[-_]?secret|credential[-_]?value|connection[-_]?string|^pwd$|^value$|^key$|sas[-_]?token|^sas$|signature|cookie|bearer)/i;
/** Keys that look secret-ish but name something public (a user name, a token URL, a key's id). */
const NOT_SECRET = /(storage$|user(name)?$|url$|uri$|endpoint|type$|id$|name$|expires|expiry|lifetime|header(name)?$|^authType$|^isSSL$)/i;

export const isSecretKey = (key: string): boolean => SECRET_KEY.test(key) && !NOT_SECRET.test(key);

export class SecretSink {
  dropped = 0;
  constructor(private readonly fingerprintFn: (secret: string) => string) {}

  /** Counts and fingerprints a secret; empty values are nothing to protect and nothing to count. */
  take(value: unknown): string | undefined {
    if (value === null || value === undefined || value === '') return undefined;
    this.dropped += 1;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return this.fingerprintFn(text);
  }

  /**
   * Walks a parameter bag, dropping every secret value. Returns the non-secret scalar parameters and the
   * fingerprint of the first secret (the credential's identity for the reused-secret rule).
   */
  scrub(bag: unknown): { params: Map<string, unknown>; fingerprint: string | undefined } {
    const params = new Map<string, unknown>();
    let fingerprint: string | undefined;
    const walk = (value: unknown, prefix: string, depth: number) => {
      if (depth > 8 || value === null || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value)) {
        if (isSecretKey(key)) {
          const fp = typeof v === 'object' && v !== null ? this.scrubNested(v) : this.take(v);
          fingerprint ??= fp;
        } else if (v !== null && typeof v === 'object') {
          walk(v, `${prefix}${key}.`, depth + 1);
        } else {
          params.set(`${prefix}${key}`, v);
        }
      }
    };
    walk(bag, '', 0);
    return { params, fingerprint };
  }

  /** A secret key holding an object (e.g. {"password": {"value": "..."}}): every scalar inside is secret. */
  private scrubNested(value: object): string | undefined {
    let first: string | undefined;
    const walk = (v: unknown, depth: number) => {
      if (depth > 8) return;
      if (v !== null && typeof v === 'object') for (const inner of Object.values(v)) walk(inner, depth + 1);
      else first ??= this.take(v);
    };
    walk(value, 0);
    return first;
  }
}

/** The mock's fingerprint: deterministic, keyless SHA-256. The server replaces it with an HMAC. */
export { devFingerprint } from './sha256';
