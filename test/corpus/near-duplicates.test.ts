/**
 * Near-duplicate detection: small hand-made cases, then the BBC corpus (../shared/data/corpus/bbc-news):
 * every pair of articles whose texts are identical up to spacing must be linked, and every linked pair must
 * truly be near-identical (exact shingle Jaccard checked here, not the MinHash estimate).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NearDuplicateDetector } from '../../src/corpus/index.js';
import { estimateJaccard, minhashSignature, shingleHashes } from '../../src/corpus/minhash.js';
import { packageRoot } from '../../src/util/paths.js';

const BASE =
  'The central bank raised its main interest rate by a quarter of a percentage point on Thursday, citing ' +
  'persistent inflation in services and a tight labour market. The governor said further increases could ' +
  'not be ruled out if wage growth stayed high, and markets now expect one more rise before the summer.';

function jaccard(a: Set<number>, b: Set<number>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

describe('MinHash', () => {
  it('estimates Jaccard similarity within a few standard errors', () => {
    const a = shingleHashes(BASE, 3);
    const b = shingleHashes(BASE.replace('Thursday', 'Wednesday').replace('summer', 'autumn'), 3);
    const exact = jaccard(a, b);
    const estimate = estimateJaccard(minhashSignature(a, 256), minhashSignature(b, 256));
    assert.ok(Math.abs(exact - estimate) < 0.1, `exact ${exact} estimate ${estimate}`);
  });
  it('ignores case, punctuation and spacing', () => {
    assert.deepEqual(shingleHashes('The  bank, RAISED rates.', 2), shingleHashes('the bank raised rates', 2));
  });
});

describe('NearDuplicateDetector', () => {
  it('links exact and lightly edited copies, not unrelated articles', () => {
    const d = new NearDuplicateDetector();
    assert.deepEqual(d.add('a', BASE), []);
    assert.deepEqual(
      d.add('b', BASE).map((p) => [p.a, p.b, p.similarity]),
      [['a', 'b', 1]],
    );
    const edited = d.add('c', BASE.replace('on Thursday', 'on Thursday morning'));
    assert.deepEqual(edited.map((p) => p.a).sort(), ['a', 'b']);
    assert.deepEqual(d.add('d', 'Liverpool beat Arsenal 3-1 at Anfield with two goals from Salah.'), []);
    assert.deepEqual(d.add('e', BASE.split('. ')[0]!), []); // a shared first sentence is not a duplicate
    assert.equal(d.pairs().length, 3);
  });
  it('ignores empty texts and repeated ids', () => {
    const d = new NearDuplicateDetector();
    assert.deepEqual(d.add('x', '  ... '), []);
    d.add('a', BASE);
    assert.deepEqual(d.add('a', BASE), []);
  });
});

const BBC = join(packageRoot(), '..', 'shared', 'data', 'corpus', 'bbc-news');

/** BBC files are UTF-8 but one; a replacement character says to read it as Latin-1. */
function readArticle(path: string): string {
  const bytes = readFileSync(path);
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8;
}

describe('BBC corpus duplicates', () => {
  const present = existsSync(BBC);
  it(
    'links every exact-duplicate pair and no pair that is not near-identical',
    { skip: present ? false : `BBC corpus absent: ${BBC}` },
    () => {
      const texts = new Map<string, string>();
      for (const topic of readdirSync(BBC, { withFileTypes: true }).filter((e) => e.isDirectory())) {
        for (const file of readdirSync(join(BBC, topic.name)).sort())
          texts.set(`${topic.name}/${file}`, readArticle(join(BBC, topic.name, file)));
      }
      const byText = new Map<string, string[]>();
      for (const [id, text] of texts) {
        const key = text.split(/\s+/).join(' ').trim();
        byText.set(key, [...(byText.get(key) ?? []), id]);
      }
      const exactPairs: string[] = [];
      for (const ids of byText.values())
        for (let i = 0; i < ids.length; i++)
          for (let j = i + 1; j < ids.length; j++) exactPairs.push(`${ids[i]}|${ids[j]}`);

      const detector = new NearDuplicateDetector();
      for (const [id, text] of texts) detector.add(id, text);
      const linked = new Set(detector.pairs().map((p) => `${p.a}|${p.b}`));

      assert.ok(
        exactPairs.length >= 90,
        `expected about 100 exact-duplicate pairs, found ${exactPairs.length}`,
      );
      assert.deepEqual(
        exactPairs.filter((p) => !linked.has(p)),
        [],
        'exact duplicates not linked',
      );
      const size = detector.config.shingleSize;
      const loose = [...linked].filter((pair) => {
        const [a, b] = pair.split('|') as [string, string];
        return jaccard(shingleHashes(texts.get(a)!, size), shingleHashes(texts.get(b)!, size)) < 0.7;
      });
      assert.deepEqual(loose, [], 'linked pairs whose exact shingle Jaccard is under 0.7');
      console.log(
        `# BBC: ${texts.size} articles, ${exactPairs.length} exact-duplicate pairs, ${linked.size} linked`,
      );
    },
  );
});
