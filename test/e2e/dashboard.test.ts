/**
 * The dashboard in a real browser: the real HTTP server (in-process, loopback, free port) over a temp
 * database holding the seed article, the built dashboard from web/dist, and Debian's Chromium driven by
 * playwright-core. Skips when /usr/bin/chromium is absent; fails when the dashboard has not been built.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Doc } from '../../src/doc/types.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { ingestPaths, parsePublished } from '../../src/service/index.js';
import { openStore, type Store } from '../../src/store/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_ROOT = join(ROOT, 'web', 'dist');
const SEED = join(ROOT, 'examples', 'seed-article.txt');
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
// Outside CI a machine without Chromium skips the browser test; CI (.ci/run installs Chromium) never does.
const skip =
  existsSync(CHROMIUM) || process.env.CI
    ? false
    : `${CHROMIUM} is absent (apt-get install -y chromium) — browser test skipped`;

let dir: string;
let store: Store;
let server: RunningServer;
let browser: Browser;
let seed: Doc;

before(async () => {
  if (skip) return;
  assert.ok(
    existsSync(join(WEB_ROOT, 'index.html')),
    `${WEB_ROOT} has no build: run \`npm run build:web\` first`,
  );
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
  store = openStore(join(dir, 'e2e.db'));
  const summary = await ingestPaths([SEED], store, { published: parsePublished('2025-08-14') });
  assert.equal(summary.stored, 1, 'the seed is stored');
  const stored = await store.get(summary.results[0]!.id!);
  assert.ok(stored);
  seed = stored;
  server = await startServer({ store, host: '127.0.0.1', port: 0, webRoot: WEB_ROOT });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A page that fails the test on any uncaught script error. */
async function newPage(width: number, height: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

const speechQuotes = (doc: Doc) =>
  doc.quotes.filter((q) => !q.scare && (q.kind === 'direct' || q.kind === 'indirect'));

test(
  'search, open the seed, quotes and removed text are highlighted, the map has markers',
  { skip, timeout: 90_000 },
  async () => {
    const { page, errors } = await newPage(1280, 800);
    await page.goto(`${server.url}/`);
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('Putin');
    await page.keyboard.press('Enter');
    const link = page.getByTestId('article-link').first();
    await link.waitFor();
    assert.equal(await page.getByTestId('article-link').count(), 1, 'one stored article matches "Putin"');

    // Open it from the keyboard: focus the link and press Enter.
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('article-text').waitFor();
    assert.match(page.url(), new RegExp(`#/article/${seed.id}$`));

    const quotes = speechQuotes(seed);
    assert.ok(quotes.length > 0, 'the seed has quotes');
    assert.equal(
      await page.locator('[data-kind="quote"]').count(),
      quotes.length,
      'one highlighted element per quote',
    );
    assert.equal(
      await page.getByTestId('quote-total').textContent(),
      String(quotes.length),
      'the count shown',
    );
    const titles = await page
      .locator('[data-kind="quote"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
    const names = new Map(seed.entities.map((e) => [e.id, e.name]));
    const attributed = quotes.filter((q) => q.speaker).map((q) => names.get(q.speaker!)!);
    for (const name of attributed)
      assert.ok(
        titles.some((t) => t.includes(name)),
        `a quote names ${name}`,
      );

    // The highlighted text is exactly the clean text: highlighting adds no characters and loses none.
    const shown = await page.getByTestId('article-text').textContent();
    assert.equal(shown, seed.text);

    // Removed text appears at its place, struck through, only when asked for.
    assert.equal(await page.locator('[data-kind="removed"]').count(), 0);
    await page.getByLabel(/Show removed text/).check();
    assert.equal(await page.locator('del[data-kind="removed"]').count(), seed.removed.length);

    // A finding in the side panel outlines its spans.
    if (seed.findings.length > 0) {
      await page.getByTestId('finding-link').first().click();
      assert.ok((await page.locator('.outlined').count()) >= 1, 'the finding outlines its spans');
    }
    await page.getByLabel(/Show removed text/).uncheck();
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png') });

    await page.getByRole('link', { name: 'map', exact: true }).click();
    await page.getByTestId('map-marker').first().waitFor({ state: 'attached' });
    const markers = await page.getByTestId('map-marker').count();
    assert.ok(markers >= 1, `at least one map marker (got ${markers})`);
    assert.ok(
      (await page.getByTestId('map-marker').first().locator('title').textContent())?.trim(),
      'markers have a title',
    );
    assert.deepEqual(errors, [], 'no script errors');
    await page.close();
  },
);

test('the other views render at phone size without script errors', { skip, timeout: 90_000 }, async () => {
  const { page, errors } = await newPage(390, 844);
  const views: [string, string][] = [
    ['timeline', '.timeline li'],
    ['network', '[data-testid="network-node"]'],
    ['quotes', '.quote-list li'],
    ['findings', '.cards li'],
    ['stories', '.status.empty, .cards li'],
  ];
  for (const [view, selector] of views) {
    await page.goto(`${server.url}/#/${view}`);
    await page.locator(selector).first().waitFor({ state: 'attached' });
  }
  await page.goto(`${server.url}/#/article/${seed.id}`);
  await page.getByTestId('article-text').waitFor();
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  assert.ok(width <= 390, `no horizontal scrolling at 390px (page is ${width}px wide)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'dashboard-phone.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
