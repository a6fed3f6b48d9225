import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { preloadChunk } from './vitePreloadChunk';

const HTML = '<html><head><script type="module" crossorigin src="/assets/index.js"></script>\n<link rel="modulepreload" crossorigin href="/assets/shared.js">\n</head><body></body></html>';
const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], css: string[] = []) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports, viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } });
const bundle = {
  'assets/index.js': chunk('assets/index.js', '/repo/src/main.tsx', ['assets/shared.js']),
  'assets/start.js': chunk('assets/start.js', '/repo/src/app/start.tsx', ['assets/shared.js', 'assets/react.js'], ['assets/start.css']),
  'assets/react.js': chunk('assets/react.js', null, ['assets/scheduler.js']),
  'assets/scheduler.js': chunk('assets/scheduler.js', null, []),
  'assets/shared.js': chunk('assets/shared.js', null, [], ['assets/shared.css']),
  'assets/graph.js': chunk('assets/graph.js', '/repo/src/features/graph/GraphPage.tsx', ['assets/shared.js']),
};
const run = (html: string, b: Record<string, unknown>) => {
  const { handler } = preloadChunk('src/app/start.tsx').transformIndexHtml as { handler: IndexHtmlTransformHook };
  return handler.call({} as never, html, { path: '/index.html', filename: 'index.html', bundle: b } as unknown as IndexHtmlTransformContext) as string;
};

describe('preloadChunk', () => {
  it("lists the chunk, every chunk it imports (transitively) and their stylesheets, once each, and nothing of other pages", () => {
    const html = run(HTML, bundle);
    for (const f of ['start.js', 'react.js', 'scheduler.js']) expect(html).toContain(`<link rel="modulepreload" crossorigin href="/assets/${f}">`);
    for (const f of ['start.css', 'shared.css']) expect(html).toContain(`<link rel="stylesheet" crossorigin href="/assets/${f}">`);
    expect(html.match(/assets\/shared\.js/g)).toHaveLength(1);
    expect(html).not.toContain('graph.js');
    // In the head, where stylesheets hold the first paint and preloads start at once.
    expect(html.indexOf('start.css')).toBeLessThan(html.indexOf('</head>'));
  });

  it('fails the build when the chunk is missing, rather than shipping a page that fetches the app late', () => {
    const { 'assets/start.js': _, ...without } = bundle;
    expect(() => run(HTML, without)).toThrow(/no chunk for src\/app\/start\.tsx/);
  });
});
