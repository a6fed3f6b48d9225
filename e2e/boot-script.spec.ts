import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * The boot script (src/boot/earlyRequests.ts) starts the first page's requests and fetches the explorer's renderer
 * while the app's code loads. A module runs only once every module it imports statically has been fetched and
 * evaluated: if the build folds one of its few modules into a shared chunk (the framework, the app's shared code),
 * it waits for all of that to run first, half a second on a slow machine, and its requests start no earlier than the
 * app's own. The build's chunking keeps its modules apart (vite.config.ts, group 'boot-shared').
 */
const BOOT_GRAPH_MAX_BYTES = 8 * 1024;

/** Every chunk a module imports statically, fetched as the browser would, with its size. */
async function staticGraph(request: APIRequestContext, entry: string): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  const visit = async (path: string) => {
    if (seen.has(path)) return;
    const response = await request.get(path);
    expect(response.ok(), `${path} is served`).toBe(true);
    const code = await response.text();
    seen.set(path, code.length);
    // Minified static imports: `import{a as b}from"./x.js"` or `import"./x.js"`; dynamic import() calls are not followed.
    for (const m of code.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w${}\s,*]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) await visit(new URL(m[1]!, `http://x${path}`).pathname);
  };
  await visit(entry);
  return seen;
}

test('the boot script runs without waiting for the app: it imports only its own few hundred bytes', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const scripts = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const boot = scripts.find((s) => /\/assets\/boot-[\w-]+\.js$/.test(s));
  expect(boot, 'index.html lists the boot script').toBeDefined();
  expect(scripts.indexOf(boot!), 'the boot script comes before the app').toBe(0);
  const graph = await staticGraph(request, boot!);
  const total = [...graph.values()].reduce((a, b) => a + b, 0);
  expect([...graph.keys()].filter((p) => /framework|app-shared|index-/.test(p)), 'no framework or app chunk in its imports').toEqual([]);
  expect(total, `its static imports: ${[...graph].map(([p, n]) => `${p} ${n} B`).join(', ')}`).toBeLessThan(BOOT_GRAPH_MAX_BYTES);
});
