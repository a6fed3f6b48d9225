import { register } from 'node:module';

// The app's components import their stylesheets, which Vite bundles; the server renders some of those components
// (the landing page, src/ssr/) and Node has no loader for `.css`. To the server an imported stylesheet is an empty
// module: the browser gets the real one from the build. Hooks run last-registered first, so this one answers
// before tsx's.
const HOOKS = `export async function load(url, context, next) {
  if (new URL(url).pathname.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true };
  return next(url, context);
}`;

let registered = false;

export function ignoreStylesheetImports(): void {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);
  registered = true;
}
