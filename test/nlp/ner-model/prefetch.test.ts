/**
 * `analyze` gunzips the NER model in the thread pool while the pipeline's modules load (prefetch.ts); the
 * model built from those bytes must tag exactly as one read by `loadNerModel` alone.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_NER_MODEL, loadNerModel } from '../../../src/nlp/ner/model/index.js';
import { prefetchNerModel, takePrefetchedNerModel } from '../../../src/nlp/ner/model/prefetch.js';
import { modelFile } from '../../../src/util/paths.js';

const path = modelFile(DEFAULT_NER_MODEL);
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ner-prefetch-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// A wire-service lead: dateline, organisation, person with title, places.
const SENTENCE = [
  'WASHINGTON',
  '(',
  'AP',
  ')',
  '--',
  'Secretary',
  'of',
  'State',
  'Antony',
  'Blinken',
  'met',
  'NATO',
  'officials',
  'in',
  'Brussels',
  'on',
  'Tuesday',
  'before',
  'flying',
  'to',
  'Kyiv',
  '.',
];

describe('NER model prefetch', () => {
  it('gives a model that tags as the one read by loadNerModel, and hands its bytes out once', async () => {
    const plain = loadNerModel(path).tag(SENTENCE);
    await prefetchNerModel(path);
    const prefetched = loadNerModel(path);
    assert.equal(takePrefetchedNerModel(path), undefined, 'the loader did not take the prefetched bytes');
    assert.deepStrictEqual(prefetched.tag(SENTENCE), plain);
    assert.ok(plain.includes('B-PER'), 'the sentence should hold a person');
  });

  it('keeps bytes prefetched for another path, and a failed prefetch leaves the error to the loader', async () => {
    await prefetchNerModel(path);
    const broken = join(dir, 'broken.bin.gz');
    writeFileSync(broken, 'not gzip');
    assert.ok(loadNerModel(path)); // takes the bytes
    await prefetchNerModel(broken); // gunzip fails: nothing kept
    assert.equal(takePrefetchedNerModel(broken), undefined);
    assert.throws(() => loadNerModel(broken), /incorrect header check/); // as without a prefetch
  });
});
