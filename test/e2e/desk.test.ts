/**
 * The analyst's desk in a real browser (Debian's Chromium via playwright-core, the built dashboard, the
 * real HTTP server) over a store the test makes from real corpus text: the seed article and 20 BBC politics
 * articles read from the shared data at run time (never copied into the project). Checks the largest story
 * first with its articles by title, filters in the URL that survive a reload, paging to the last page,
 * contradictions before estimates, and a reported mistake reaching `newsgraph corrections`. Screenshots of
 * each view at 1280×800 and 390×844 go to test/artifacts/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { ingestPaths, parsePublished } from '../../src/service/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { cli } from '../cli/run.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_ROOT = join(ROOT, 'web', 'dist');
const SEED = join(ROOT, 'examples', 'seed-article.txt');
const BBC = join(ROOT, '..', 'shared', 'data', 'corpus', 'bbc-news', 'politics');
const BBC_FILES = Array.from({ length: 20 }, (_, i) => join(BBC, `${100 + i}.txt`));
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const SIZES: [number, number][] = [
  [1280, 800],
  [390, 844],
];
const skip =
  (existsSync(CHROMIUM) && existsSync(BBC)) || process.env.CI
    ? false
    : `${CHROMIUM} or the shared BBC corpus is absent — browser test skipped`;

let dir: string;
let dbPath: string;
let store: Store;
let server: RunningServer;
let browser: Browser;
let seedId: string;

before(
  async () => {
    if (skip) return;
    assert.ok(
      existsSync(join(WEB_ROOT, 'index.html')),
      `${WEB_ROOT} has no build: run \`npm run build:web\``,
    );
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-desk-'));
    dbPath = join(dir, 'desk.db');
    store = openStore(dbPath);
    const seed = await ingestPaths([SEED], store, { published: parsePublished('2025-08-14') });
    seedId = seed.results[0]!.id!;
    const bbc = await ingestPaths(BBC_FILES, store, { published: parsePublished('2005-01-15'), workers: 2 });
    assert.equal(bbc.stored, BBC_FILES.length, 'every BBC article is stored');
    server = await startServer({ store, host: '127.0.0.1', port: 0, webRoot: WEB_ROOT });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  },
  { timeout: 600_000 },
);

after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function newPage(width = 1280, height = 800): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${server.url}${path}`)).json()) as T;
}

/** Both sizes of one view, to test/artifacts/desk-NAME-WIDTH.png. */
async function screenshots(name: string, hash: string, ready: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [width, height] of SIZES) {
    const { page, errors } = await newPage(width, height);
    await page.goto(`${server.url}/${hash}`);
    await page.locator(ready).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, `desk-${name}-${width}.png`) });
    const scroll = Number(await page.evaluate('document.documentElement.scrollWidth'));
    assert.ok(scroll <= width, `${name} at ${width}px scrolls sideways (${scroll}px)`);
    assert.deepEqual(errors, [], `${name} at ${width}px: no script errors`);
    await page.close();
  }
}

/** Waits until the first page count reads `text` (in full, or ending so). */
async function pageCountIs(page: Page, text: string): Promise<void> {
  const expr = `(document.querySelector('[data-testid="page-count"]')?.textContent ?? '').trim()`;
  await page.waitForFunction(`${expr}.endsWith(${JSON.stringify(text)})`);
}

interface StoryJson {
  id: string;
  articles: string[];
  members: { id: string; title?: string }[];
}

test('the largest story is first and lists its articles by title', { skip, timeout: 120_000 }, async () => {
  const stories = await api<{ items: StoryJson[]; total: number }>('/api/stories?limit=200');
  const largest = Math.max(...stories.items.map((s) => s.articles.length));
  assert.ok(largest >= 2, 'the corpus has a story of two or more articles');
  const { page, errors } = await newPage();
  await page.goto(`${server.url}/#/stories`);
  const first = page.getByTestId('story').first();
  await first.waitFor();
  assert.equal(Number(await first.getByTestId('story-size').textContent()), largest);
  const titles = await first.getByTestId('article-ref').allTextContents();
  const story = stories.items[0]!;
  assert.deepEqual(
    titles,
    story.members.map((m) => m.title),
  );
  assert.ok(
    titles.every((t) => t && !/^article [0-9a-f]{16}$/.test(t)),
    'titles, not ids',
  );
  await first.getByTestId('article-ref').first().click();
  await page.getByTestId('article-text').waitFor();
  assert.match(page.url(), new RegExp(`#/article/${story.members[0]!.id}`));
  assert.deepEqual(errors, []);
  await page.close();
  await screenshots('stories', '#/stories', '[data-testid="story"]');
});

test(
  'a filter by entity and date range changes the list and survives a reload',
  { skip, timeout: 120_000 },
  async () => {
    const entities = await api<{ items: { name: string; articles: number }[] }>('/api/entities?type=PERSON');
    const person = entities.items.find((e) => e.articles >= 2)!;
    assert.ok(person, 'a person named in two or more articles');
    const all = await api<{ total: number }>('/api/articles');
    const want = await api<{ total: number }>(
      `/api/articles?entity=${encodeURIComponent(person.name)}&from=2005-01-01&to=2005-12-31`,
    );
    assert.ok(want.total >= 1 && want.total < all.total, 'the filter narrows the list');
    const { page, errors } = await newPage();
    await page.goto(`${server.url}/#/`);
    const count = page.getByTestId('page-count').first();
    await count.waitFor();
    assert.match((await count.textContent())!, new RegExp(`of ${all.total} articles`));
    await page.getByLabel('Entity', { exact: true }).fill(person.name);
    await page.getByLabel('From', { exact: true }).fill('2005-01-01');
    await page.getByLabel('To', { exact: true }).fill('2005-12-31');
    await page.getByRole('button', { name: 'Apply' }).click();
    await pageCountIs(page, `of ${want.total} articles`);
    assert.equal(await page.getByTestId('article-link').count(), want.total);
    const url = page.url();
    assert.match(url, /entity=/);
    assert.match(url, /from=2005-01-01/);
    await page.reload();
    await page.getByTestId('page-count').first().waitFor();
    assert.equal(page.url(), url);
    assert.match(
      (await page.getByTestId('page-count').first().textContent())!,
      new RegExp(`of ${want.total} articles`),
    );
    assert.equal(
      await page.getByLabel('Entity', { exact: true }).inputValue(),
      person.name,
      'the form shows the filter',
    );
    assert.equal(await page.getByTestId('article-link').count(), want.total);
    assert.deepEqual(errors, []);
    await page.close();
    await screenshots('articles-filtered', new URL(url).hash, '[data-testid="article-link"]');
    await screenshots('articles', '#/', '[data-testid="article-link"]');
  },
);

test('paging reaches the last page', { skip, timeout: 120_000 }, async () => {
  const quotes = await api<{ total: number }>('/api/quotes?limit=1');
  assert.ok(quotes.total > 100, `more than two pages of quotes (${quotes.total})`);
  const { page, errors } = await newPage();
  await page.goto(`${server.url}/#/quotes`);
  await page.getByTestId('page-count').first().waitFor();
  assert.equal(
    (await page.getByTestId('page-count').first().textContent())?.trim(),
    `1–50 of ${quotes.total} quotes`,
  );
  await page.getByTestId('page-last').first().click();
  const lastStart = Math.floor((quotes.total - 1) / 50) * 50 + 1;
  await pageCountIs(page, `${lastStart}–${quotes.total} of ${quotes.total} quotes`);
  assert.equal(await page.getByTestId('page-next').count(), 0, 'no next page after the last');
  assert.deepEqual(errors, []);
  await page.close();
  await screenshots('quotes', '#/quotes', '.quote-list li');
  await screenshots('timeline', '#/timeline', '.timeline li');
});

test(
  'contradictions are listed before estimates, which are collapsed',
  { skip, timeout: 120_000 },
  async () => {
    const { page, errors } = await newPage();
    await page.goto(`${server.url}/#/findings`);
    const first = page.getByTestId('finding').first();
    await first.waitFor();
    assert.equal(await first.getAttribute('data-kind'), 'contradiction');
    const kinds = await page
      .getByTestId('finding')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    const lastContradiction = kinds.lastIndexOf('contradiction');
    const firstEstimate = kinds.indexOf('estimate');
    assert.ok(
      firstEstimate === -1 || lastContradiction < firstEstimate,
      'every contradiction before any estimate',
    );
    const estimates = page.getByTestId('estimates');
    assert.equal(await estimates.count(), 1, 'the estimates are grouped');
    assert.equal(await estimates.getAttribute('open'), null, 'and collapsed');
    // The kind label keeps its own width (it used to stretch across the card).
    const [label, card] = await Promise.all([
      first.locator('.tag').first().boundingBox(),
      first.boundingBox(),
    ]);
    assert.ok(label && card && label.width < card.width / 2, 'the kind label is not stretched');
    assert.deepEqual(errors, []);
    await page.close();
    await screenshots('findings', '#/findings', '[data-testid="finding"]');
  },
);

test('a reported mistake appears in `newsgraph corrections`', { skip, timeout: 180_000 }, async () => {
  const doc = await store.get(seedId);
  const quote = doc!.quotes.find((q) => !q.scare && q.speaker)!;
  const { page, errors } = await newPage();
  await page.goto(`${server.url}/#/article/${seedId}?span=${quote.start}-${quote.end}`);
  await page.getByTestId('article-text').waitFor();
  await page.getByRole('button', { name: 'Report a mistake' }).click();
  await page.getByLabel('Note').fill('the speaker is someone else');
  await page.screenshot({ path: join(ARTIFACTS, 'desk-report-1280.png') });
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByTestId('report-sent').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
  const listed = cli(['corrections', '--db', dbPath, '--format', 'jsonl']);
  assert.equal(listed.code, 0, listed.stderr);
  const rows = listed.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(rows.length, 1);
  assert.deepEqual(
    { ...rows[0], id: undefined, createdAt: undefined },
    {
      id: undefined,
      createdAt: undefined,
      articleId: seedId,
      kind: 'quote',
      start: quote.start,
      end: quote.end,
      text: quote.text,
      label: doc!.entities.find((e) => e.id === quote.speaker)!.name,
      note: 'the speaker is someone else',
    },
  );
  await screenshots(
    'reader',
    `#/article/${seedId}?span=${quote.start}-${quote.end}`,
    '[data-testid="article-text"]',
  );
  const person = doc!.entities.find((e) => e.id === quote.speaker)!.name;
  await screenshots('entity', `#/entity/${encodeURIComponent(person)}`, '.ref-list li');
});

test(
  'an entity page shows quotes by the entity and its articles by title',
  { skip, timeout: 120_000 },
  async () => {
    const speakers = await api<{ items: { speaker?: string }[] }>('/api/quotes?limit=200');
    const speaker = speakers.items.find((q) => q.speaker)!.speaker!;
    const quotes = await api<{ total: number }>(`/api/quotes?speaker=${encodeURIComponent(speaker)}&limit=1`);
    const { page, errors } = await newPage();
    await page.goto(`${server.url}/#/entity/${encodeURIComponent(speaker)}`);
    await page.getByTestId('quotes-by').waitFor();
    assert.equal(await page.getByTestId('quotes-by').locator('li').count(), Math.min(20, quotes.total));
    assert.ok(
      (await page
        .getByRole('heading', { name: new RegExp(`^Quotes by ${speaker} \\(${quotes.total}\\)$`) })
        .count()) === 1,
      'the heading counts them all',
    );
    assert.deepEqual(errors, []);
    await page.close();
  },
);
