/**
 * The analyst's corpus views in a real browser over the desk fixture's store (real corpus text, see
 * desk-fixture.ts): the map over every article, where a marker counting N articles lists those N; the
 * network over every article with its key and labels that stay inside and do not overlap; exports of a
 * filtered list whose files hold exactly the filtered count; the entity page (identity, aliases, quotes,
 * events, co-occurring entities) and the story page's chart. Screenshots of each view go to test/artifacts/.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { api, desk, newPage, pageCountIs, screenshots, setupDesk, skip } from './desk-fixture.js';

setupDesk();

/** Records in RFC 4180 CSV text (quoted fields may hold line breaks), the header row left out. */
function csvRecords(text: string): number {
  let records = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === '\n' && !quoted) records++;
  }
  return records - 1;
}

/** Clicks a download link and reads the file it saves. */
async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFile((await file.path())!, 'utf8');
}

test(
  'a map marker with N articles opens a list of those N articles',
  { skip, timeout: 120_000 },
  async () => {
    const places = await api<{ items: { name: string; articles: number }[]; total: number }>(
      '/api/places?limit=1000',
    );
    const articles = await api<{ total: number }>('/api/articles?limit=1');
    const { page, errors } = await newPage();
    await page.goto(`${desk.server.url}/#/map`);
    await page.getByTestId('map-key').waitFor();
    // The whole corpus: every place of every stored article is drawn, not the latest 20 articles'.
    assert.equal(await page.getByTestId('map-marker').count(), places.total);
    assert.ok(articles.total > 20, 'more articles than the old 20-article window');
    const biggest = places.items[0]!;
    assert.ok(biggest.articles >= 2, `a place named in two or more articles (${biggest.name})`);
    const marker = page.locator(`[data-testid="map-marker"][data-place="${biggest.name}"]`);
    const n = Number(await marker.getAttribute('data-count'));
    assert.equal(n, biggest.articles);
    await marker.click();
    await page.getByTestId('place-articles').waitFor();
    await page.waitForFunction(`document.querySelectorAll('[data-testid="place-article"]').length === ${n}`);
    const rows = page.getByTestId('place-article');
    assert.equal(await rows.count(), n);
    const titles = await rows.getByTestId('article-ref').allTextContents();
    assert.ok(
      titles.every((t) => t && !/^article [0-9a-f]{16}$/.test(t)),
      'listed by title',
    );
    await rows.first().getByTestId('article-ref').click();
    await page.getByTestId('article-text').waitFor();
    assert.match(page.url(), /#\/article\/[0-9a-f]{16}/);
    assert.deepEqual(errors, []);
    await page.close();
    await screenshots('map', '#/map', '[data-testid="map-marker"]');
    await screenshots(
      'map-place',
      `#/map?place=${encodeURIComponent(biggest.name)}`,
      '[data-testid="place-article"]',
    );
  },
);

test(
  'the network covers the corpus with a key and labels inside that do not overlap',
  { skip, timeout: 120_000 },
  async () => {
    const network = await api<{ nodes: unknown[] }>('/api/network');
    const { page, errors } = await newPage();
    await page.goto(`${desk.server.url}/#/network`);
    await page.getByTestId('network-node').first().waitFor();
    assert.equal(await page.getByTestId('network-node').count(), network.nodes.length);
    assert.equal(network.nodes.length, 40, 'the 40 entities in most articles');
    assert.ok(await page.getByTestId('network-key').isVisible(), 'the colour key is shown');
    const boxes = (await page.locator('svg.network text').evaluateAll((els) =>
      els.map((el) => {
        const b = (
          el as unknown as { getBBox(): { x: number; y: number; width: number; height: number } }
        ).getBBox();
        return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
      }),
    )) as { x0: number; y0: number; x1: number; y1: number }[];
    assert.ok(boxes.length >= 30, `most nodes are labelled (${boxes.length} of 40)`);
    for (const b of boxes) assert.ok(b.x0 >= 0 && b.x1 <= 900 && b.y0 >= 0 && b.y1 <= 620, 'inside');
    const overlapping = boxes.filter((a, i) =>
      boxes.some((b, j) => j > i && a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1),
    );
    assert.deepEqual(overlapping, [], 'no two labels overlap');
    assert.deepEqual(errors, []);
    await page.close();
    await screenshots('network', '#/network', '[data-testid="network-node"]');
  },
);

test(
  'an export of the filtered events and articles has the filtered count',
  { skip, timeout: 120_000 },
  async () => {
    const events = await api<{ items: { source?: string }[]; total: number }>(
      '/api/event-mentions?limit=1000',
    );
    const actor = events.items.find((e) => e.source)!.source!;
    const want = await api<{ total: number }>(
      `/api/event-mentions?actor=${encodeURIComponent(actor)}&limit=1`,
    );
    assert.ok(want.total >= 1 && want.total < events.total, 'the filter narrows the events');
    const { page, errors } = await newPage();
    await page.goto(`${desk.server.url}/#/timeline`);
    await page.getByTestId('page-count').first().waitFor();
    await page.getByLabel('Entity', { exact: true }).fill(actor);
    await page.getByRole('button', { name: 'Apply' }).click();
    await pageCountIs(page, `of ${want.total} events`);
    const csv = await download(page, 'export-csv');
    assert.match(csv, /^article_id,article_title,/);
    assert.equal(csvRecords(csv), want.total, 'CSV rows = the filtered total shown');
    const json = JSON.parse(await download(page, 'export-json')) as { source?: string; target?: string }[];
    assert.equal(json.length, want.total);
    assert.ok(
      json.every((e) => [e.source, e.target].includes(actor)),
      'only the filtered events',
    );
    const geo = JSON.parse(await download(page, 'export-geojson')) as { type: string; features: unknown[] };
    assert.equal(geo.type, 'FeatureCollection');
    assert.equal(geo.features.length, want.total);

    const articles = await api<{ total: number }>(
      `/api/articles?entity=${encodeURIComponent(actor)}&limit=1`,
    );
    await page.goto(`${desk.server.url}/#/?entity=${encodeURIComponent(actor)}`);
    await pageCountIs(page, `of ${articles.total} articles`);
    assert.equal(csvRecords(await download(page, 'export-csv')), articles.total);
    assert.deepEqual(errors, []);
    await page.close();
    const graph = await (await fetch(`${desk.server.url}/api/export/network?format=graphml`)).text();
    assert.equal((graph.match(/<node /g) ?? []).length, 40, 'GraphML of the network: its 40 nodes');
  },
);

test(
  'the entity page says who it is, its events, quotes and company',
  { skip, timeout: 120_000 },
  async () => {
    const speakers = await api<{ items: { speaker?: string }[] }>('/api/quotes?limit=200');
    const name = speakers.items.find((q) => q.speaker)!.speaker!;
    const entity = await api<{ aliases: string[]; coOccurring: { name: string }[] }>(
      `/api/entities/${encodeURIComponent(name)}`,
    );
    const events = await api<{ total: number }>(
      `/api/event-mentions?actor=${encodeURIComponent(name)}&limit=1`,
    );
    const { page, errors } = await newPage();
    await page.goto(`${desk.server.url}/#/entity/${encodeURIComponent(name)}`);
    await page.getByTestId('quotes-by').waitFor();
    await page.getByTestId('identity').waitFor();
    const aliases = (await page.getByTestId('aliases').textContent())!;
    for (const alias of entity.aliases) assert.ok(aliases.includes(alias), `alias ${alias} shown`);
    assert.ok(entity.coOccurring.length > 0, 'it shares articles with other entities');
    assert.deepEqual(
      await page.getByTestId('co-occurring').locator('a').allTextContents(),
      entity.coOccurring.map((c) => c.name),
    );
    await page.getByRole('heading', { name: `Events with ${name} as actor (${events.total})` }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  },
);

test('a story page charts its articles over time', { skip, timeout: 120_000 }, async () => {
  const stories = await api<{ items: { id: string; articles: string[] }[] }>('/api/stories?limit=1');
  const story = stories.items[0]!;
  const { page, errors } = await newPage();
  await page.goto(`${desk.server.url}/#/stories`);
  await page.getByTestId('story-link').first().click();
  await page.getByTestId('story-chart').waitFor();
  assert.match(page.url(), new RegExp(`#/story/${story.id}$`));
  assert.equal(await page.getByTestId('story-articles').locator('li').count(), story.articles.length);
  const bars = await page
    .getByTestId('story-chart')
    .locator('rect title')
    .evaluateAll((els) => els.map((el) => Number(el.textContent!.split(': ')[1])));
  assert.equal(
    bars.reduce((a, b) => a + b, 0),
    story.articles.length,
    'the bars count every article',
  );
  assert.deepEqual(errors, []);
  await page.close();
  await screenshots('story', `#/story/${story.id}`, '[data-testid="story-chart"]');
});
