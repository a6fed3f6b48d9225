import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { claimEarlyResponse, earlyPaths, type EarlyAnswers } from '../lib/earlyRequests';
import { renderLanding } from './renderLanding';

// The answers come from the mock API, as the server's own come from its routes; the render itself never fetches.
const ORIGIN = 'http://sharegraph.test';
const { server } = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function answersFor(search = ''): Promise<EarlyAnswers> {
  const answers: EarlyAnswers = {};
  for (const path of earlyPaths('/', search)) answers[path] = await (await fetch(`${ORIGIN}${path}`)).json();
  return answers;
}

type Rows = { items: { name: string; displayName?: string }[] };

describe('renderLanding', () => {
  it('renders the overview and its shell from the given answers: the posture, the figures, the riskiest rows, the user', async () => {
    const answers = await answersFor();
    const html = await renderLanding(new URL(`${ORIGIN}/`), answers);
    expect(html).toBeDefined();
    expect(html).toContain('<h1');
    expect(html).toContain('Posture overview');
    const latest = (answers['/api/v1/snapshots'] as { items: { postureScore: number; openBySeverity: { critical: number } }[] }).items.at(-1)!;
    expect(html).toContain(`${latest.openBySeverity.critical} critical × 10`);
    const top = answers['/api/v1/connections?sort=-riskScore&limit=5'] as Rows;
    for (const row of top.items) expect(html).toContain(row.name);
    expect(html).toContain((answers['/api/v1/me'] as { displayName: string }).displayName);
    // The page's Content-Security-Policy refuses inline style attributes: the server's markup must not need any.
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('renders for the platform the URL filters on, from the answers for that platform', async () => {
    const answers = await answersFor('?platform=zapier');
    const html = await renderLanding(new URL(`${ORIGIN}/?platform=zapier`), answers);
    const top = answers['/api/v1/connections?sort=-riskScore&limit=5&platform=zapier'] as Rows & { items: { platform: string }[] };
    expect(top.items.length).toBeGreaterThan(0);
    for (const row of top.items) expect(html).toContain(row.name);
  });

  it('treats inventory strings as text: a hostile connection name is escaped, never markup', async () => {
    const answers = await answersFor();
    const top = answers['/api/v1/connections?sort=-riskScore&limit=5'] as Rows;
    top.items[0]!.name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const html = await renderLanding(new URL(`${ORIGIN}/`), answers);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script');
  });

  it('renders nothing when an answer is missing or outside the contract, so the app renders the page instead', async () => {
    const answers = await answersFor();
    delete answers['/api/v1/principals?sort=-riskScore&limit=5'];
    expect(await renderLanding(new URL(`${ORIGIN}/`), answers)).toBeUndefined();
    const drifted = await answersFor();
    drifted['/api/v1/snapshots'] = { items: 'not a list' };
    expect(await renderLanding(new URL(`${ORIGIN}/`), drifted)).toBeUndefined();
  });

  it('leaves none of its answers behind for another request, and renders no other page', async () => {
    const answers = await answersFor();
    await renderLanding(new URL(`${ORIGIN}/`), answers);
    for (const path of earlyPaths('/')) expect(claimEarlyResponse(path)).toBeUndefined();
    expect(await renderLanding(new URL(`${ORIGIN}/inventory`), answers)).toBeUndefined();
  });
});
