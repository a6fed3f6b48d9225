import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { openPostgres } from '../db/postgres';

describe('readConfig', () => {
  it('takes the import size limit in whole MiB, 64 by default, and says what it accepts', () => {
    expect(readConfig({}, []).importMaxBytes).toBe(64 * 2 ** 20);
    expect(readConfig({ SHAREGRAPH_IMPORT_MAX_MIB: '200' }, []).importMaxBytes).toBe(200 * 2 ** 20);
    expect(() => readConfig({ SHAREGRAPH_IMPORT_MAX_MIB: 'lots' }, [])).toThrow('SHAREGRAPH_IMPORT_MAX_MIB must be a whole number of MiB from 1 to 2048, not lots');
    expect(() => readConfig({ SHAREGRAPH_IMPORT_MAX_MIB: '0' }, [])).toThrow(/from 1 to 2048/);
  });

  it('listens on loopback by default and refuses another address without TLS or an explicit flag', () => {
    expect(readConfig({}, []).host).toBe('127.0.0.1');
    expect(() => readConfig({ HOST: '0.0.0.0' }, [])).toThrow(/Refusing to serve plain HTTP on 0\.0\.0\.0/);
    expect(readConfig({ HOST: '0.0.0.0' }, ['--insecure-http']).insecureHttp).toBe(true);
    expect(readConfig({ HOST: '0.0.0.0', TLS_CERT: 'c.pem', TLS_KEY: 'k.pem' }, []).tls).toEqual({ cert: 'c.pem', key: 'k.pem' });
  });

  it('loads the demo inventory on first start unless another generated size is named, and says which are allowed', () => {
    expect(readConfig({}, []).firstInventory).toBe('demo');
    expect(readConfig({ SHAREGRAPH_FIRST_INVENTORY: 'm' }, []).firstInventory).toBe('m');
    expect(() => readConfig({ SHAREGRAPH_FIRST_INVENTORY: 'xl' }, [])).toThrow('SHAREGRAPH_FIRST_INVENTORY must be one of demo, m, l, not xl');
  });

  it('takes DATABASE_URL for PostgreSQL, refusing a malformed one or a missing shared fingerprint key without quoting the password', () => {
    const key = 'k'.repeat(32);
    expect(readConfig({ DATABASE_URL: 'postgres://sg:pw@db.internal:5432/sharegraph', SHAREGRAPH_FINGERPRINT_KEY: key }, []).databaseUrl)
      .toBe('postgres://sg:pw@db.internal:5432/sharegraph');
    expect(readConfig({}, []).databaseUrl).toBeUndefined();
    const refusal = (env: NodeJS.ProcessEnv) => {
      try {
        readConfig(env, []);
      } catch (err) {
        return (err as Error).message;
      }
      throw new Error('accepted');
    };
    for (const [url, message] of [
      ['mysql://sg:hunter2secret@db/sharegraph', 'DATABASE_URL must start with postgres:// or postgresql://, not mysql://'],
      ['postgres://sg:hunter2secret@db.internal:5432', 'DATABASE_URL names no database'],
      ['//sg:hunter2secret@db/sharegraph', 'DATABASE_URL is not a URL'],
    ] as const) {
      const text = refusal({ DATABASE_URL: url, SHAREGRAPH_FINGERPRINT_KEY: key });
      expect(text).toContain(message);
      expect(text).not.toContain('hunter2secret');
    }
    expect(refusal({ DATABASE_URL: 'postgres://sg:hunter2secret@db/sharegraph' })).toMatch(/set SHAREGRAPH_FINGERPRINT_KEY to the same secret of at least 32 characters on every instance/);
  });

  it('fails the start at once, naming the server but not the password, when PostgreSQL cannot be reached', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const message = await openPostgres('postgres://sg:hunter2secret@127.0.0.1:1/sharegraph').then(() => 'connected', (e: unknown) => (e as Error).message);
    expect(message).toMatch(/^Cannot connect to PostgreSQL at postgres:\/\/sg:\*\*\*@127\.0\.0\.1:1\/sharegraph: .*ECONNREFUSED/);
    expect(message).not.toContain('hunter2secret');
  });
});
