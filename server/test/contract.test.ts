import { afterAll, beforeAll } from 'vitest';
import { setApiBase, setApiFetch, call } from '../../src/lib/apiClient';
import { contractSuite } from '../../test/contractSuite';
import { ADMIN_PASSWORD, CookieJar, removeDir, startServer, tempDataDir, SERVER_HOOK_TIMEOUT } from './harness';

const dir = tempDataDir();
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer(dir);
  const jar = new CookieJar();
  setApiBase(server.base);
  setApiFetch(jar.fetch);
  await call('health');
  await call('login', { body: { username: 'admin', password: ADMIN_PASSWORD } });
}, SERVER_HOOK_TIMEOUT);

afterAll(async () => {
  await server.app.close();
  removeDir(dir);
}, SERVER_HOOK_TIMEOUT);

contractSuite({ name: 'the real server', state: () => server.store.state, admin: { username: 'admin', password: ADMIN_PASSWORD } });
