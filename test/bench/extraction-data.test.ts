import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it, mock } from 'node:test';
import { gzipSync } from 'node:zlib';
import { run } from '../../bench/extract.js';
import { readExtractionDataset } from '../../bench/lib/extraction-data.js';

const BODY =
  'The city council voted on Tuesday to expand the bus network across the northern districts. ' +
  'Officials said the new routes would start in the spring and serve about twelve thousand riders.';
const PAGE = `<!doctype html><html><head><title>Buses</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council expands buses</h1><p>${BODY}</p><p>${BODY.replace('council', 'board')}</p></article>
<footer>Impressum · Contact us</footer></body></html>`;

const root = mkdtempSync(join(tmpdir(), 'extract-bench-'));
after(() => rmSync(root, { recursive: true, force: true }));

function zyteFolder(): string {
  const folder = join(root, 'zyte');
  mkdirSync(join(folder, 'html'), { recursive: true });
  writeFileSync(join(folder, 'html', 'abc.html.gz'), gzipSync(Buffer.from(PAGE)));
  const truth = { abc: { articleBody: BODY, url: 'https://example.com/buses' }, gone: { articleBody: 'x' } };
  writeFileSync(join(folder, 'ground-truth.json'), JSON.stringify(truth));
  return folder;
}

function trafilaturaFolder(): string {
  const folder = join(root, 'traf');
  mkdirSync(join(folder, 'eval'), { recursive: true });
  writeFileSync(join(folder, 'eval', 'buses.html'), PAGE);
  const index = {
    'https://example.com/buses': { file: 'buses.html', with: ['voted on Tuesday'], without: ['Impressum'] },
  };
  writeFileSync(join(folder, 'evaldata.json'), JSON.stringify(index));
  writeFileSync(join(folder, 'english_subset_heuristic.txt'), 'https://example.com/buses\tbuses.html\n');
  return folder;
}

const ZYTE = zyteFolder();
const TRAFILATURA = trafilaturaFolder();

describe('extraction datasets', () => {
  it('reads Zyte ground truth and gunzips its pages', () => {
    const dataset = readExtractionDataset(ZYTE);
    assert.ok('kind' in dataset && dataset.kind === 'zyte');
    const [abc, gone] = dataset.pages;
    assert.equal(abc?.articleBody, BODY);
    assert.equal(Buffer.from(abc!.read()!).toString('utf8'), PAGE);
    assert.equal(gone?.read(), undefined);
  });

  it('reads trafilatura snippets, the HTML from eval/, and the English list', () => {
    const dataset = readExtractionDataset(TRAFILATURA);
    assert.ok('kind' in dataset && dataset.kind === 'trafilatura');
    assert.deepEqual(dataset.pages[0]?.item, { with: ['voted on Tuesday'], without: ['Impressum'] });
    assert.equal(dataset.pages[0]?.english, true);
    assert.ok(dataset.pages[0]?.read());
  });

  it('says what is missing in another folder', () => {
    assert.ok('missing' in readExtractionDataset(root));
  });
});

describe('bench extract end to end', () => {
  const lastJson = (folder: string): Record<string, unknown> => {
    const log = mock.method(console, 'log', () => undefined);
    try {
      run([folder]);
      const lines = log.mock.calls.map((c) => String(c.arguments[0]));
      return JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
    } finally {
      log.mock.restore();
    }
  };

  it('scores a Zyte folder with the shingle metric and the baseline', () => {
    const result = lastJson(ZYTE);
    assert.deepEqual(Object.keys(result), [
      'task',
      'f1',
      'precision',
      'recall',
      'baselineF1',
      'pages',
      'failed',
    ]);
    assert.equal(result.pages, 1);
    assert.ok((result.recall as number) > 0.9, `recall ${String(result.recall)}`);
  });

  it('scores a trafilatura folder with snippets, English subset included', () => {
    const result = lastJson(TRAFILATURA);
    assert.equal(result.f1, 1);
    assert.deepEqual(result.english, { f1: 1, precision: 1, recall: 1, baselineF1: 1, pages: 1 });
  });
});
