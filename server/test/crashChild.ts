// Child process of crash.test.ts: opens the server's store on a data folder and starts a large import, saying
// when the write has begun; the test kills it with SIGKILL in the middle of that write.
import { generateInventory } from '../../src/domain';
import { planImport } from '../../src/service/writes';
import { saveImport } from '../db/repository';
import { buildServer } from '../app';
import { ADMIN_PASSWORD, FIXED_NOW } from './harness';

const dataDir = process.argv[2]!;
const { store } = await buildServer({ dataDir, staticDir: dataDir, secure: false, adminPassword: ADMIN_PASSWORD, now: FIXED_NOW });
const content = JSON.stringify(generateInventory('m'));
const plan = planImport(store.state, { format: 'native', fileName: 'big.json', content }, 'admin');
process.stdout.write('writing\n');
await saveImport(store.db, plan, store.state.findings);
process.stdout.write('committed\n');
