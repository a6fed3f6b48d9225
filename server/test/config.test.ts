import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';

describe('readConfig', () => {
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
});
