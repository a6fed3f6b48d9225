import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite is one process's database: two processes opening the same folder would corrupt it. The server and the
 * users CLI take this lock; a lock left by a dead process (crash, SIGKILL) is taken over.
 */
export function acquireLock(dataDir: string, who: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'sharegraph.lock');
  if (existsSync(file)) {
    const [pid, holder] = readFileSync(file, 'utf8').split(' ');
    if (pid && isAlive(Number(pid)) && Number(pid) !== process.pid) {
      throw new Error(`${dataDir} is in use by ${holder ?? 'another process'} (pid ${pid}). Stop it first.`);
    }
  }
  writeFileSync(file, `${process.pid} ${who}`);
  return () => rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
