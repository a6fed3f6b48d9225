import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook, Plugin } from 'vite';
import { bootEntry } from './viteBootEntry';

const SOURCE = 'src/boot/earlyRequests.ts';
const INDEX = `<html><head><title>x</title></head><body><div id="root"></div>
    <script type="module" src="/${SOURCE}"></script>
    <script type="module" src="/src/main.tsx"></script>
  </body></html>`;

/** The plugins' html hooks, run the way Vite runs them ('pre' before its own processing, 'post' after). */
function hook(plugin: Plugin): IndexHtmlTransformHook {
  const h = plugin.transformIndexHtml;
  if (!h || typeof h === 'function') throw new Error('expected an ordered transformIndexHtml hook');
  return h.handler as IndexHtmlTransformHook;
}
const ctx = (bundle: Record<string, unknown>) => ({ path: '/index.html', filename: 'index.html', bundle }) as unknown as IndexHtmlTransformContext;
const built = (html: string) => html.replace(/<script type="module" src="\/src\/main\.tsx"><\/script>/, '<script type="module" crossorigin src="/assets/index-abc.js"></script>');

describe('bootEntry', () => {
  const [split, inject] = bootEntry(SOURCE);

  it('makes the boot script an entry of its own, beside index.html', () => {
    const config = (split.config as () => { build: { rollupOptions: { input: Record<string, string> } } })();
    expect(config.build.rollupOptions.input).toEqual({ index: 'index.html', boot: SOURCE });
  });

  it('takes the boot script out of the app entry and puts its chunk right before the app script', async () => {
    const withoutBoot = (await hook(split).call({} as never, INDEX, ctx({}))) as string;
    expect(withoutBoot).not.toContain(SOURCE);
    const bundle = { 'assets/boot-xyz.js': { type: 'chunk', isEntry: true, name: 'boot', fileName: 'assets/boot-xyz.js' } };
    const out = (await hook(inject).call({} as never, built(withoutBoot), ctx(bundle))) as string;
    const boot = out.indexOf('<script type="module" crossorigin src="/assets/boot-xyz.js"></script>');
    const app = out.indexOf('src="/assets/index-abc.js"');
    expect(boot).toBeGreaterThan(0);
    expect(boot).toBeLessThan(app);
  });

  it('fails the build when index.html has no boot script or the bundle no boot chunk', async () => {
    await expect(async () => hook(split).call({} as never, '<html></html>', ctx({}))).rejects.toThrow(/has no <script type="module" src="\/src\/boot/);
    await expect(async () => hook(inject).call({} as never, built(INDEX), ctx({}))).rejects.toThrow(/no boot chunk/);
  });
});
