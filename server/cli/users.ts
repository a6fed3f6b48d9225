import { resolve } from 'node:path';
import { NewUser } from '../../src/contract/auth';
import { openConfiguredDatabase } from '../db/connect';
import { acquireLock } from '../db/lock';
import { insertUser, setPassword } from '../auth/accounts';
import { randomPassword } from '../auth/passwords';
import { runCli } from './runCli';

const USAGE = `npm run users -- add <username> <viewer|analyst|coe_lead|admin> [display name]
npm run users -- reset <username>
npm run users -- list
Works on SHAREGRAPH_DATA_DIR (default ./data) while the server is stopped, or on DATABASE_URL (servers may run). New passwords are printed once.`;

/** Administration from the shell, for the first admin and for lock-outs; the API manages users otherwise. */
async function main(argv: string[]) {
  const [command, username, role, ...name] = argv;
  const dataDir = resolve(process.env.SHAREGRAPH_DATA_DIR ?? 'data');
  if (!command || !['add', 'reset', 'list'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const release = databaseUrl ? () => undefined : acquireLock(dataDir, 'users CLI');
  const db = await openConfiguredDatabase({ dataDir, databaseUrl });
  try {
    if (command === 'list') {
      const rows = await db.selectFrom('users').select(['username', 'role', 'display_name', 'disabled']).orderBy('username').execute();
      for (const r of rows) console.log(`${r.username.padEnd(24)} ${r.role.padEnd(9)} ${r.disabled ? 'disabled ' : ''}${r.display_name}`);
      return 0;
    }
    if (command === 'add') {
      const password = randomPassword();
      const parsed = NewUser.safeParse({ username, role, displayName: name.join(' ') || username, password });
      if (!parsed.success) {
        console.error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
        return 2;
      }
      await insertUser(db, parsed.data);
      console.log(`created ${parsed.data.username} (${parsed.data.role}) with password\n\n    ${password}\n`);
      return 0;
    }
    const password = randomPassword();
    if (!username || !(await setPassword(db, username, password))) {
      console.error(`no user named ${JSON.stringify(username ?? '')}`);
      return 1;
    }
    console.log(`new password for ${username} (their sessions were ended):\n\n    ${password}\n`);
    return 0;
  } finally {
    await db.destroy();
    release();
  }
}

runCli(main);
