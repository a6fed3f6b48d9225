import { readFileSync, statSync } from 'node:fs';
import { resolve, basename } from 'node:path';
import { ImportFormat } from '../../src/contract/imports';
import { importMaxBytes } from '../importLimit';
import { applyImport, planImport } from '../../src/service/writes';
import { isShared, openConfiguredDatabase } from '../db/connect';
import { acquireLock } from '../db/lock';
import { saveImport } from '../db/repository';
import { fingerprinter } from '../fingerprintKey';
import { Store } from '../store';
import { runCli } from './runCli';
import { progressPrinter } from './importProgress';

const USAGE = `npm run import -- FILE --format native|power_platform|n8n|csv
Imports into SHAREGRAPH_DATA_DIR (default ./data) while the server is stopped, or into DATABASE_URL (servers may
run; they pick the import up): all-or-nothing, like an upload.
Progress goes to stderr (one updating line on a terminal), the result to stdout.`;

/** The same plan → one transaction → apply as the upload route (server/http/serverWrites.ts), from the shell. */
async function main(argv: string[]) {
  const at = argv.indexOf('--format');
  const format = ImportFormat.safeParse(at >= 0 ? argv[at + 1] : undefined);
  const file = argv.find((a, i) => !a.startsWith('--') && i !== at + 1);
  if (!file || !format.success) {
    console.error(USAGE);
    return 2;
  }
  const size = statSync(file).size;
  const maxBytes = importMaxBytes();
  if (size > maxBytes) {
    console.error(`${file} is ${(size / 2 ** 20).toFixed(1)} MiB; the limit is ${maxBytes / 2 ** 20} MiB (SHAREGRAPH_IMPORT_MAX_MIB). Split the export and import the parts, or raise the limit.`);
    return 1;
  }
  const dataDir = resolve(process.env.SHAREGRAPH_DATA_DIR ?? 'data');
  // Refuses, with the holder's pid, while the server has the folder open: PGlite is one process's database.
  const where = { dataDir, databaseUrl: process.env.DATABASE_URL || undefined };
  if (isShared(where) && !process.env.SHAREGRAPH_FINGERPRINT_KEY) {
    console.error('With DATABASE_URL, set SHAREGRAPH_FINGERPRINT_KEY to the servers\' key, or secrets are fingerprinted differently.');
    return 2;
  }
  const release = isShared(where) ? () => undefined : acquireLock(dataDir, 'import CLI');
  const db = await openConfiguredDatabase(where);
  const progress = progressPrinter(process.stderr);
  try {
    // Shared (PostgreSQL): the import takes the servers' write lock, so it plans on the latest triage state.
    const { store } = await Store.open(db, () => new Date(), 'demo', isShared(where));
    store.state.fingerprint = fingerprinter(dataDir);
    const started = Date.now();
    progress.update({ phase: 'reading', bytes: size });
    const content = readFileSync(file, 'utf8');
    const plan = await store.write(async () => {
      const planned = planImport(store.state, { format: format.data, fileName: basename(file), content }, 'cli', { onProgress: (p) => progress.update(p), maxBytes });
      if (planned.ok) progress.update({ phase: 'committing' });
      await saveImport(store.db, planned, store.state.findings);
      applyImport(store.state, planned);
      return planned;
    });
    progress.done();
    const r = plan.record;
    if (!plan.ok) {
      console.error(`rejected, nothing changed${r.errorsTotal ? ` (${r.errorsTotal} errors, first ${r.errors.length} shown)` : ''}:`);
      for (const e of r.errors) console.error(`  ${e.line !== undefined ? `line ${e.line}, ` : ''}${e.field}: ${e.message}`);
      return 1;
    }
    console.log(`imported in ${Date.now() - started} ms: ${r.counts.connections} connections, ${r.counts.principals} principals, ${r.counts.apps} apps, ${r.counts.shares} shares`);
    console.log(`findings: ${r.findings.new} new, ${r.findings.resolved} resolved, ${r.findings.reopened} reopened; ${r.secretsDropped} secret values dropped`);
    for (const w of r.warnings ?? []) console.log(`  warning: ${w.line !== undefined ? `line ${w.line}, ` : ''}${w.field}: ${w.message}`);
    return 0;
  } finally {
    // Also when the commit throws: the error message must not land on the end of the progress line.
    progress.done();
    await db.destroy();
    release();
  }
}

runCli(main);
