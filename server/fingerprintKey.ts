import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key of the HMAC that fingerprints secrets seen in imports. Keyed, so a stolen database cannot be used to
 * test guessed passwords against the fingerprints. SHAREGRAPH_FINGERPRINT_KEY wins (scale-out servers must share
 * one key, or fingerprints stop matching); otherwise a random key is created once in the data folder.
 */
export function fingerprinter(dataDir: string, env: NodeJS.ProcessEnv = process.env): (secret: string) => string {
  const key = env.SHAREGRAPH_FINGERPRINT_KEY ? Buffer.from(env.SHAREGRAPH_FINGERPRINT_KEY, 'utf8') : fileKey(dataDir);
  return (secret) => `hmac:${createHmac('sha256', key).update(secret, 'utf8').digest('hex').slice(0, 32)}`;
}

function fileKey(dataDir: string): Buffer {
  const file = join(dataDir, 'fingerprint.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
  return key;
}
