/**
 * The desk e2e tests' fixture: a store made from real corpus text (the seed article and 20 BBC politics
 * articles read from the shared data at run time, never copied into the project), the real HTTP server with
 * the built dashboard, and Debian's Chromium via playwright-core; helpers to open pages, ask the API and
 * take screenshots of a view at 1280×800 and 390×844 into test/artifacts/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { ingestPaths, parsePublished } from '../../src/service/index.js';
import { openStore, type Store } from '../../src/store/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_ROOT = join(ROOT, 'web', 'dist');
const SEED = join(ROOT, 'examples', 'seed-article.txt');
const BBC = join(ROOT, '..', 'shared', 'data', 'corpus', 'bbc-news', 'politics');
const BBC_FILES = Array.from({ length: 20 }, (_, i) => join(BBC, `${100 + i}.txt`));
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const SIZES: [number, number][] = [
  [1280, 800],
  [390, 844],
];
export const skip =
  (existsSync(CHROMIUM) && existsSync(BBC)) || process.env.CI
    ? false
    : `${CHROMIUM} or the shared BBC corpus is absent — browser test skipped`;

let dir: string;
let browser: Browser;

/** What the tests use, filled in by `before`. */
export const desk = {} as { dbPath: string; store: Store; server: RunningServer; seedId: string };

/** Registers the fixture's before/after hooks (call once at the top of a test file). */
export function setupDesk(): void {
  before(
    async () => {
      if (skip) return;
      assert.ok(
        existsSync(join(WEB_ROOT, 'index.html')),
        `${WEB_ROOT} has no build: run \`npm run build:web\``,
      );
      dir = mkdtempSync(join(tmpdir(), 'newsgraph-desk-'));
      desk.dbPath = join(dir, 'desk.db');
      const store = (desk.store = openStore(desk.dbPath));
      const seed = await ingestPaths([SEED], store, { published: parsePublished('2025-08-14') });
      desk.seedId = seed.results[0]!.id!;
      const bbc = await ingestPaths(BBC_FILES, store, {
        published: parsePublished('2005-01-15'),
        workers: 2,
      });
      assert.equal(bbc.stored, BBC_FILES.length, 'every BBC article is stored');
      desk.server = await startServer({ store, host: '127.0.0.1', port: 0, webRoot: WEB_ROOT });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
    },
    { timeout: 600_000 },
  );

  after(async () => {
    await browser?.close();
    await desk.server?.close();
    await desk.store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
}

export async function newPage(width = 1280, height = 800): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

export async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${desk.server.url}${path}`)).json()) as T;
}

/** Both sizes of one view, to test/artifacts/desk-NAME-WIDTH.png. */
export async function screenshots(name: string, hash: string, ready: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [width, height] of SIZES) {
    const { page, errors } = await newPage(width, height);
    await page.goto(`${desk.server.url}/${hash}`);
    await page.locator(ready).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, `desk-${name}-${width}.png`) });
    const scroll = Number(await page.evaluate('document.documentElement.scrollWidth'));
    assert.ok(scroll <= width, `${name} at ${width}px scrolls sideways (${scroll}px)`);
    assert.deepEqual(errors, [], `${name} at ${width}px: no script errors`);
    await page.close();
  }
}

/** Waits until the first page count reads `text` (in full, or ending so). */
export async function pageCountIs(page: Page, text: string): Promise<void> {
  const expr = `(document.querySelector('[data-testid="page-count"]')?.textContent ?? '').trim()`;
  await page.waitForFunction(`${expr}.endsWith(${JSON.stringify(text)})`);
}
