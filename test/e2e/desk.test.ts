/**
 * The analyst's desk in a real browser (Debian's Chromium via playwright-core, the built dashboard, the
 * real HTTP server) over a store the test makes from real corpus text: the seed article and 20 BBC politics
 * articles read from the shared data at run time (never copied into the project). Checks the largest story
 * first with its articles by title, filters in the URL that survive a reload, paging to the last page,
 * contradictions before estimates, and a reported mistake reaching `newsgraph corrections`. Screenshots of
 * each view at 1280×800 and 390×844 go to test/artifacts/.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '../cli/run.js';
import { api, ARTIFACTS, desk, newPage, pageCountIs, screenshots, setupDesk, skip } from './desk-fixture.js';

setupDesk();

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
  await page.goto(`${desk.server.url}/#/stories`);
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
    await page.goto(`${desk.server.url}/#/`);
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
  await page.goto(`${desk.server.url}/#/quotes`);
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
    await page.goto(`${desk.server.url}/#/findings`);
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
  const doc = await desk.store.get(desk.seedId);
  const quote = doc!.quotes.find((q) => !q.scare && q.speaker)!;
  const { page, errors } = await newPage();
  await page.goto(`${desk.server.url}/#/article/${desk.seedId}?span=${quote.start}-${quote.end}`);
  await page.getByTestId('article-text').waitFor();
  await page.getByRole('button', { name: 'Report a mistake' }).click();
  await page.getByLabel('Note').fill('the speaker is someone else');
  await page.screenshot({ path: join(ARTIFACTS, 'desk-report-1280.png') });
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByTestId('report-sent').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
  const listed = cli(['corrections', '--db', desk.dbPath, '--format', 'jsonl']);
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
      articleId: desk.seedId,
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
    `#/article/${desk.seedId}?span=${quote.start}-${quote.end}`,
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
    await page.goto(`${desk.server.url}/#/entity/${encodeURIComponent(speaker)}`);
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
