// `npm start`: build the app for the real server when the build is missing or older than its sources, then run it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const OUT_DIR = process.env.SHAREGRAPH_STATIC_DIR ?? 'dist-server';
const SOURCES = ['src', 'index.html', 'public', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), st.mtimeMs);
}

const built = existsSync(join(OUT_DIR, 'index.html')) ? statSync(join(OUT_DIR, 'index.html')).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newest))) {
  console.log(`building the app into ${OUT_DIR}/ ...`);
  const res = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', OUT_DIR, '--emptyOutDir'], {
    stdio: 'inherit', env: { ...process.env, VITE_API: 'server' },
  });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
const server = spawnSync('npx', ['tsx', 'server/main.ts', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, SHAREGRAPH_STATIC_DIR: OUT_DIR } });
process.exit(server.status ?? 1);
