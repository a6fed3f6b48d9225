import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EARLY_ANSWERS_ID, earlyPaths } from '../../src/lib/earlyRequests';
import { rootContent, splitAtRoot } from '../http/landingPage';
import { CookieJar, removeDir, SERVER_HOOK_TIMEOUT, signInAsAdmin, startServer, tempDataDir, type TestServer } from './harness';

// What the build's index.html looks like where it matters: an empty root and the scripts that start the app.
const INDEX_HTML = '<!doctype html>\n<html lang="en"><head><title>Sharegraph</title><script type="module" src="/assets/boot.js"></script></head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n';

const dir = tempDataDir();
let server: TestServer;
let jar: CookieJar;
beforeAll(async () => {
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'index.html'), INDEX_HTML);
  server = await startServer(dir, { staticDir: app });
  jar = await signInAsAdmin(server.base);
}, SERVER_HOOK_TIMEOUT);
afterAll(async () => {
  await server?.app.close();
  removeDir(dir);
}, SERVER_HOOK_TIMEOUT);

const rootOf = (html: string) => html.slice(html.indexOf('<div id="root">'), html.indexOf('</body>'));
function answersIn(html: string): Record<string, unknown> {
  const m = new RegExp(`<script type="application/json" id="${EARLY_ANSWERS_ID}">([^<]*)</script>`).exec(html);
  if (!m) throw new Error('no answers block in the page');
  return JSON.parse(m[1]!) as Record<string, unknown>;
}

describe('the landing page rendered by the server', () => {
  it('comes with the overview painted and the very answers the API gives this user, never cached', async () => {
    const res = await jar.fetch(`${server.base}/`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('vary')).toMatch(/cookie/i);
    // Streamed: its head first, while the page renders; a buffering proxy is asked not to hold it back.
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(rootOf(html)).toContain('<h1>Posture overview</h1>');
    expect(rootOf(html)).toMatch(/\d+ critical × 10/);
    const answers = answersIn(html);
    expect(Object.keys(answers)).toEqual(earlyPaths('/'));
    for (const path of earlyPaths('/')) expect(answers[path]).toEqual(await (await jar.fetch(`${server.base}${path}`)).json());
  });

  it('is the plain page without a session, with a session the server does not know, and for every other page', async () => {
    for (const [path, cookie] of [['/', undefined], ['/', 'sg_session=forged'], ['/findings', 'jar']] as const) {
      const headers: Record<string, string> = { accept: 'text/html' };
      if (cookie) headers.cookie = cookie;
      const res = cookie === 'jar' ? await jar.fetch(`${server.base}${path}`, { headers }) : await fetch(`${server.base}${path}`, { headers });
      expect(res.status).toBe(200);
      // A page asked for with a cookie may have been personal: it is never stored.
      expect(res.headers.get('cache-control')).toBe(path === '/' && cookie ? 'no-store' : 'no-cache');
      expect(await res.text()).toBe(INDEX_HTML);
    }
  });

  it("is the plain page when one of the page's answers is refused (a platform the API does not know)", async () => {
    const res = await jar.fetch(`${server.base}/?platform=mainframe`, { headers: { accept: 'text/html' } });
    expect(await res.text()).toBe(INDEX_HTML);
  });

  it('keeps every inventory string inside its JSON block: `</script>` and `<!--` cannot end it', () => {
    const hostile = '</script><script>alert(1)</script><!-- <SCRIPT>';
    // The page as the server streams it: the head, then the root's content with the answers, then the rest.
    const { head, tail } = splitAtRoot(INDEX_HTML);
    const page = head + rootContent({ markup: '<p>x</p>', answered: { '/api/v1/me': { displayName: hostile } } }) + tail;
    expect(page.match(/<\/script>/gi)).toHaveLength(2); // the boot script's and the block's own
    expect(answersIn(page)).toEqual({ '/api/v1/me': { displayName: hostile } });
    expect(page).toContain('<div id="root"><p>x</p></div>');
  });
});
