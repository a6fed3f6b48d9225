import type { Plugin } from 'vite';

/**
 * Builds the boot script as an entry of its own, listed ahead of the app's entry in index.html.
 *
 * Vite's build merges every module script of index.html into one entry chunk, so a boot script written there
 * would run only once the whole app's code (its chunk and every static import) had been fetched and compiled: on
 * a slow machine half a second after the page arrived. As an entry of its own, listed first, it runs as soon as
 * its few hundred bytes arrive, and its requests travel while the app's code compiles. The dev server serves each
 * script as written, so this is build-only.
 */
export function bootEntry(source: string): [split: Plugin, inject: Plugin] {
  const tag = new RegExp(`\\s*<script type="module" src="/${source.replace(/[.]/g, '\\.')}"></script>`);
  return [
    {
      name: 'sharegraph-boot-entry:split',
      apply: 'build',
      config: () => ({ build: { rollupOptions: { input: { index: 'index.html', boot: source } } } }),
      transformIndexHtml: {
        order: 'pre',
        handler(html) {
          if (!tag.test(html)) throw new Error(`bootEntry: index.html has no <script type="module" src="/${source}">`);
          return html.replace(tag, '');
        },
      },
    },
    {
      name: 'sharegraph-boot-entry:inject',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler(html, ctx) {
          const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
          if (!chunk) throw new Error('bootEntry: the build emitted no boot chunk');
          // Module scripts run in document order: the boot script goes right before the app's.
          const app = html.indexOf('<script type="module"');
          if (app < 0) throw new Error('bootEntry: index.html has no module script for the app');
          return `${html.slice(0, app)}<script type="module" crossorigin src="/${chunk.fileName}"></script>\n    ${html.slice(app)}`;
        },
      },
    },
  ];
}
