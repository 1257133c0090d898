import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EDITOR_KEY,
  ensureWebBuild,
  gqlRequest,
  hasChromium,
  launchBrowser,
  screenshotPath,
  startSampleServer,
} from './browser-helpers.js';

// Without Chromium the browser tests fail with the fix; nothing is skipped silently.
if (!hasChromium()) throw new Error('the browser tests need Chromium at /usr/bin/chromium: apt-get install chromium');

interface Person {
  id: string;
  name: string;
  releaseCount: number;
  visits: { totalCount: number };
}

/** Milliseconds of the page's own clock, so timings exclude the test runner's overhead. */
const pageNow = (page: Page): Promise<number> => page.evaluate('performance.now()') as Promise<number>;

describe('web interface in headless Chromium', () => {
  let server: { origin: string; stop(): Promise<void> };
  let browser: BrowserContext & { dispose(): Promise<void> };
  let page: Page;
  let people: Person[];
  const timings: Record<string, string> = {};

  beforeAll(async () => {
    ensureWebBuild();
    server = await startSampleServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    const data = await gqlRequest<{ entities: { edges: { node: Person }[] } }>(
      server.origin,
      '{ entities(type: Person, first: 100) { edges { node { id name releaseCount ... on Person { visits { totalCount } } } } } }',
    );
    people = data.entities.edges.map((edge) => edge.node);
  }, 180_000);

  afterAll(async () => {
    console.log('\nweb timings (informational, no assertions):');
    for (const [name, value] of Object.entries(timings)) console.log(`  ${name}: ${value}`);
    await browser?.dispose();
    await server?.stop();
  });

  it('serves the app with content types, caching and the API untouched', async () => {
    const index = await fetch(`${server.origin}/`);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const asset = await fetch(`${server.origin}${script}`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const route = await fetch(`${server.origin}/entity/per:someone`, { headers: { accept: 'text/html' } });
    expect(await route.text()).toBe(html);
    expect((await fetch(`${server.origin}/nope`)).status).toBe(404);
    expect((await fetch(`${server.origin}/assets/..%2f..%2fpackage.json`)).status).toBe(404);
    expect(await (await fetch(`${server.origin}/health`)).json()).toEqual({ status: 'ok' });
  });

  it('finds a release while typing a query with a typo', async () => {
    const started = Date.now();
    await page.goto(`${server.origin}/`);
    await page.locator('.hit').first().waitFor();
    const paint = (await page.evaluate(
      `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1`,
    )) as number;
    timings['search page first contentful paint'] = `${paint.toFixed(0)} ms`;
    timings['search page load to first results'] = `${Date.now() - started} ms (wall clock, incl. navigation)`;

    const box = page.getByRole('combobox', { name: /Suchbegriff|Search term/ });
    await box.click();
    // "Migrationszentrun": one letter wrong; the API tolerates one typo in longer words.
    await box.pressSequentially('Migrationszentrun', { delay: 40 });
    const typedAt = await pageNow(page);
    const hit = page.locator('.results[data-results-for*="Migrationszentrun"] .hit-title', {
      hasText: 'Migrationszentrum',
    });
    await hit.first().waitFor();
    const shownAt = await pageNow(page);
    timings['typing stop to results visible'] = `${(shownAt - typedAt).toFixed(0)} ms (includes the 150 ms debounce)`;
    expect(page.url()).toContain('q=Migrationszentrun');
    await expect.poll(() => page.locator('.hit-title mark').first().textContent()).toBe('Migrationszentrum');
    await page.screenshot({ path: screenshotPath('search'), fullPage: true });

    // Facets: filter by a person; the URL keeps it and a shared link restores it.
    const facet = page
      .locator('.facet')
      .filter({ has: page.locator('legend', { hasText: /Personen|People/ }) })
      .locator('input')
      .first();
    if (await facet.count()) {
      await facet.check();
      await expect.poll(() => page.url()).toContain('person=');
      await page.locator('.results[data-results-for*="person="] .hit').first().waitFor();
      const shared = page.url();
      await page.goto(shared);
      await page.locator('.chip').first().waitFor();
      await page.screenshot({ path: screenshotPath('search-filtered'), fullPage: true });
    }
  }, 60_000);

  it('shows a release with marked entities, relations and metadata', async () => {
    await page.goto(`${server.origin}/?q=Migrationszentrun`);
    await page.locator('.hit-title a').first().click();
    await page.locator('.marked-text .mention').first().waitFor();
    expect(await page.locator('.marked-text .mention.type-Person').count()).toBeGreaterThan(0);
    expect(await page.locator('.fact').count()).toBeGreaterThan(0);
    const tip = await page.locator('.marked-text .mention').first().getAttribute('data-tip');
    expect(tip).toMatch(/\d+\s?%/);
    await page.locator('.marked-text .mention').nth(2).hover();
    await page.screenshot({ path: screenshotPath('release'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: screenshotPath('release-phone'), fullPage: false });
    await page.goto(`${server.origin}/?q=Migrationszentrum`);
    await page.locator('.hit').first().waitFor();
    await page.screenshot({ path: screenshotPath('search-phone'), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 860 });
  }, 60_000);

  it('opens a person and shows their visits on a timeline', async () => {
    const visitor = [...people].sort((a, b) => b.visits.totalCount - a.visits.totalCount)[0]!;
    expect(visitor.visits.totalCount).toBeGreaterThan(0);
    await page.goto(`${server.origin}/?q=${encodeURIComponent(visitor.name.split(' ').at(-1)!)}`);
    // Open the person through the autocomplete, as a user would.
    const box = page.getByRole('combobox', { name: /Suchbegriff|Search term/ });
    await box.fill('');
    await box.pressSequentially(visitor.name.split(' ')[0]!.slice(0, 5), { delay: 20 });
    const option = page.getByRole('option', { name: new RegExp(visitor.name) });
    if (
      await option
        .first()
        .isVisible({ timeout: 3000 })
        .catch(() => false)
    )
      await option.first().click();
    else await page.goto(`${server.origin}/entity/${encodeURIComponent(visitor.id)}`);
    await page.locator('h1', { hasText: visitor.name }).waitFor();
    await page.locator('.timeline-item').first().waitFor();
    expect(await page.locator('.timeline-item').count()).toBe(Math.min(visitor.visits.totalCount, 100));
    await page.screenshot({ path: screenshotPath('entity-person'), fullPage: true });
    const organisation = page.locator('.entity-link.type-Organisation').first();
    if (await organisation.count()) {
      await organisation.click();
      await page.locator('.entity-page.type-Organisation').waitFor();
      await page.screenshot({ path: screenshotPath('entity-organisation'), fullPage: true });
    }
  }, 60_000);

  it('expands the network on click and highlights a path with its evidence', async () => {
    const start = [...people].sort((a, b) => b.releaseCount - a.releaseCount)[0]!;
    await page.goto(`${server.origin}/graph?focus=${encodeURIComponent(start.id)}`);
    const canvas = page.locator('.graph-canvas');
    await expect
      .poll(async () => Number(await canvas.getAttribute('data-nodes')), { timeout: 15_000 })
      .toBeGreaterThan(1);
    // page.evaluate, not waitForFunction: its polling evals the predicate in the page, which the app's CSP forbids
    await expect.poll(() => page.evaluate('window.civicgraphGraph !== undefined'), { timeout: 20_000 }).toBe(true);
    const before = Number(await canvas.getAttribute('data-nodes'));
    // Click a neighbour that is not expanded yet: its neighbours load.
    const target = (await page.evaluate(`(() => {
      const g = window.civicgraphGraph;
      return g.nodeIds().filter((id) => id !== ${JSON.stringify(start.id)} && !id.startsWith('plc:'))[0];
    })()`)) as string;
    const box = (await canvas.boundingBox())!;
    await expect
      .poll(() => page.evaluate(`window.civicgraphGraph.renderedPosition(${JSON.stringify(target)})`))
      .not.toBeNull();
    const position = (await page.evaluate(`window.civicgraphGraph.renderedPosition(${JSON.stringify(target)})`)) as {
      x: number;
      y: number;
    };
    await page.mouse.click(box.x + position.x, box.y + position.y);
    await expect
      .poll(async () => Number(await canvas.getAttribute('data-nodes')), { timeout: 15_000 })
      .toBeGreaterThan(before);
    await page.screenshot({ path: screenshotPath('graph'), fullPage: true });

    // Path from the focus to someone far away.
    const other = people.find((p) => p.id !== start.id && p.releaseCount === 1 && p.name.includes(' '))!;
    const to = page.getByRole('combobox', { name: /Ziel|Goal/ });
    await to.pressSequentially(other.name.slice(0, 6), { delay: 20 });
    await page
      .getByRole('option', { name: new RegExp(other.name) })
      .first()
      .click();
    await page.getByRole('button', { name: /Verbindung suchen|Find connection/ }).click();
    await page.locator('.path-evidence, .notice').first().waitFor();
    await page.screenshot({ path: screenshotPath('graph-path'), fullPage: true });
  }, 60_000);

  it('keeps dragging smooth at 300 nodes (fps measured, not asserted)', async () => {
    await page.goto(`${server.origin}/graph?synthetic=300`);
    const canvas = page.locator('.graph-canvas');
    await expect.poll(async () => Number(await canvas.getAttribute('data-nodes')), { timeout: 20_000 }).toBe(300);
    await expect
      .poll(() => page.evaluate(`window.civicgraphGraph?.renderedPosition('syn:150') != null`), { timeout: 20_000 })
      .toBe(true);
    await page.waitForTimeout(500);
    const box = (await canvas.boundingBox())!;
    const position = (await page.evaluate(`window.civicgraphGraph.renderedPosition('syn:150')`)) as {
      x: number;
      y: number;
    };
    await page.evaluate(`(() => {
      window.__frames = 0;
      const tick = () => { window.__frames++; if (!window.__stopFrames) requestAnimationFrame(tick); };
      window.__stopFrames = false;
      requestAnimationFrame(tick);
    })()`);
    const startedAt = await pageNow(page);
    await page.mouse.move(box.x + position.x, box.y + position.y);
    await page.mouse.down();
    for (let i = 0; i < 90; i++) {
      const angle = (i / 90) * Math.PI * 4;
      await page.mouse.move(box.x + position.x + Math.cos(angle) * 120, box.y + position.y + Math.sin(angle) * 80);
    }
    await page.mouse.up();
    const endedAt = await pageNow(page);
    const frames = (await page.evaluate(`(() => { window.__stopFrames = true; return window.__frames; })()`)) as number;
    const fps = (frames * 1000) / (endedAt - startedAt);
    timings['fps while dragging a node at 300 nodes'] =
      `${fps.toFixed(1)} (${frames} frames in ${(endedAt - startedAt).toFixed(0)} ms)`;
    await page.screenshot({ path: screenshotPath('graph-300'), fullPage: false });
  }, 60_000);

  it('switches the interface language', async () => {
    await page.goto(`${server.origin}/`);
    const heading = page.locator('h1');
    const before = await heading.textContent();
    await page.locator('.lang-switch').click();
    await expect.poll(() => heading.textContent()).not.toBe(before);
    expect(await page.evaluate('document.documentElement.lang')).toMatch(/^(de|en)$/);
    await page.locator('.lang-switch').click();
  });

  it('merges two entities with an API key and shows the change at once', async () => {
    const singles = people.filter((p) => p.releaseCount === 1 && p.visits.totalCount === 0);
    const keep = singles[0]!;
    const away = singles[1]!;
    await page.goto(`${server.origin}/curate`);
    await page.getByLabel(/API-Schlüssel|API key/).fill(EDITOR_KEY);
    await page.getByRole('button', { name: /Schlüssel verwenden|Use key/ }).click();
    await page.locator('.key-badge').waitFor();
    expect(await page.evaluate(`sessionStorage.getItem('civicgraph.apiKey')`)).toBe(EDITOR_KEY);

    const pick = async (label: RegExp, person: Person) => {
      const input = page.getByRole('combobox', { name: label });
      await input.pressSequentially(person.name.slice(0, 6), { delay: 20 });
      await page
        .getByRole('option', { name: new RegExp(person.name) })
        .first()
        .click();
    };
    await pick(/^(Behalten|Keep)$/, keep);
    await pick(/^(Aufgehen lassen|Merge away)$/, away);
    await page.getByRole('button', { name: /^(Zusammenführen|Merge)$/ }).click();
    await page.locator('[data-testid="curation-outcome"]', { hasText: keep.name }).waitFor();
    await page.locator('.log-list li', { hasText: /merge/i }).first().waitFor();
    await page.screenshot({ path: screenshotPath('curate'), fullPage: true });

    // The merged-away id now leads to the kept entity, which lists the other name as an alias.
    const merged = await gqlRequest<{ entity: { id: string; aliases: string[] } }>(
      server.origin,
      '{ entity(id: $id) { id aliases } }'.replace('$id', JSON.stringify(away.id)),
    );
    expect(merged.entity.id).toBe(keep.id);
    await page.goto(`${server.origin}/entity/${encodeURIComponent(away.id)}`);
    await page.locator('h1', { hasText: keep.name }).waitFor();
    await page.screenshot({ path: screenshotPath('entity-after-merge'), fullPage: true });
  }, 60_000);
});
