// Child process of crash.test.ts: opens the server's store on a data folder and starts a large write (an
// import, or a bulk triage change of every finding), saying when the write has begun; the test kills it with
// SIGKILL in the middle of that write.
import { generateInventory } from '../../src/domain';
import { planImport } from '../../src/service/writes';
import { planBulkUpdate } from '../../src/service/findings/bulkUpdate';
import { saveBulkUpdate, saveImport } from '../db/repository';
import { buildServer } from '../app';
import { ADMIN_PASSWORD, FIXED_NOW } from './harness';

const [dataDir, what = 'import'] = process.argv.slice(2) as [string, string?];
const { store } = await buildServer({ dataDir, staticDir: dataDir, secure: false, adminPassword: ADMIN_PASSWORD, now: FIXED_NOW });
if (what === 'bulk') {
  const ids = [...store.state.findings.keys()];
  const plan = planBulkUpdate(store.state, { ids, patch: { assigneeId: 'p-crash-test', comment: 'bulk write killed midway' } }, 'admin');
  process.stdout.write(`writing ${plan.changes.length}\n`);
  await saveBulkUpdate(store.db, plan);
} else {
  const content = JSON.stringify(generateInventory('m'));
  const plan = planImport(store.state, { format: 'native', fileName: 'big.json', content }, 'admin');
  process.stdout.write('writing\n');
  await saveImport(store.db, plan, store.state.findings);
}
process.stdout.write('committed\n');
