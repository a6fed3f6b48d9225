// Runs npm scripts at the same time and fails if any fails: typecheck and lint are each single-threaded, so on a
// 2-core CI machine running them together saves the shorter one's time. Output is printed per script, whole, in
// the order they finish, so it never interleaves.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/parallel.mjs <npm script> [<npm script> ...]');
  process.exit(2);
}

const runs = names.map((name) => new Promise((resolve) => {
  const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks = [];
  child.stdout.on('data', (c) => chunks.push(c));
  child.stderr.on('data', (c) => chunks.push(c));
  child.on('close', (code) => {
    const output = Buffer.concat(chunks).toString().trimEnd();
    console.log(`--- npm run ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`}${output ? `\n${output}` : ''}`);
    resolve(code === 0);
  });
}));

const ok = (await Promise.all(runs)).every(Boolean);
process.exit(ok ? 0 : 1);
