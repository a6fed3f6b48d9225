import { afterAll, beforeAll } from 'vitest';
import { setApiBase, setApiFetch, call } from '../../src/lib/apiClient';
import { contractSuite } from '../../test/contractSuite';
import { ADMIN_PASSWORD, CookieJar, removeDir, startServer, tempDataDir } from './harness';

const dir = tempDataDir();
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer(dir);
  const jar = new CookieJar();
  setApiBase(server.base);
  setApiFetch(jar.fetch);
  await call('health');
  await call('login', { body: { username: 'admin', password: ADMIN_PASSWORD } });
}, 60_000);

afterAll(async () => {
  await server.app.close();
  removeDir(dir);
}, 60_000);

contractSuite({ name: 'the real server', state: () => server.store.state, admin: { username: 'admin', password: ADMIN_PASSWORD } });
