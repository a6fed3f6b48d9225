import type { Plugin, Rollup } from 'vite';

/**
 * Lists a dynamically imported module's chunk in index.html as if it were imported statically: a modulepreload for
 * it and every chunk it imports statically, and a stylesheet link for the CSS they import. The browser fetches and
 * compiles that code (and the stylesheet holds the first paint) from the start, while the entry decides when to run
 * it: the app's entry runs its code only once a server-rendered page is painted (src/main.tsx). Build-only: the dev
 * server serves modules as they are asked for.
 */
export function preloadChunk(source: string): Plugin {
  return {
    name: 'sharegraph-preload-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const root = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/${source}`));
        if (!root) throw new Error(`preloadChunk: the build emitted no chunk for ${source}`);
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (chunk: Rollup.OutputChunk) => {
          if (scripts.has(chunk.fileName)) return;
          scripts.add(chunk.fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const name of chunk.imports) {
            const next = byName.get(name);
            if (next) visit(next);
          }
        };
        visit(root);
        const listed = (file: string) => html.includes(`"/${file}"`);
        const links = [
          ...[...styles].filter((f) => !listed(f)).map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`),
          ...[...scripts].filter((f) => !listed(f)).map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
        ];
        if (!html.includes('</head>')) throw new Error('preloadChunk: index.html has no </head>');
        return html.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}
