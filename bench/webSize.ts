import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * Builds the app and weighs what the first page loads: the entry script and the modules it preloads
 * (gzip, as served), and all JavaScript of the build for comparison. Views are lazy, so most code is not initial.
 */
export function measureWebSize(outDir = 'bench/.cache/dist'): Record<string, number> {
  execSync(`npx vite build --logLevel error --outDir ${outDir} --emptyOutDir`, { stdio: 'inherit' });
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
  const all = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  return {
    'web.initialJsGzipKiB': kib(initial.reduce((sum, f) => sum + gz(f), 0)),
    'web.totalJsGzipKiB': kib(all.reduce((sum, f) => sum + gz(f), 0)),
    'web.jsChunks': all.length,
  };
}
