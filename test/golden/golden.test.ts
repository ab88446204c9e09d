/**
 * Golden files: `test/fixtures/<case>/{input.txt|input.html, meta.json, expected.json}`.
 * A missing expected.json is written on the first run (and the test fails, so it gets read); `UPDATE=1`
 * rewrites them all. Every rewrite must be read against the article itself before it is committed.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/pipeline.js';
import type { RawInput } from '../../src/doc/types.js';
import { goldenView } from './view.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

for (const name of readdirSync(fixtures)) {
  const dir = join(fixtures, name);
  const inputFile = ['input.txt', 'input.html'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!inputFile) continue;
  test(`golden: ${name}`, () => {
    const spec = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Omit<RawInput, 'content'>;
    const doc = analyze({ ...spec, content: readFileSync(inputFile, 'utf8') });
    const actual = JSON.stringify(goldenView(doc), null, 2) + '\n';
    const expectedFile = join(dir, 'expected.json');
    if (process.env.UPDATE === '1' || !existsSync(expectedFile)) {
      writeFileSync(expectedFile, actual);
      assert.fail(`${expectedFile} written: read it against the article, then run the tests again`);
    }
    assert.deepEqual(JSON.parse(actual), JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
}
