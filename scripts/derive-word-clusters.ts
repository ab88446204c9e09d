/**
 * Derives data/nlp/word-clusters.tsv, the distributional word clusters the NER tagger uses as features
 * (Ratinov & Roth 2009 used Brown clusters the same way): words that occur in the same contexts in
 * unlabeled news get the same cluster id, so a name seen in training lends its weights to names never seen.
 *
 *   node --import tsx scripts/derive-word-clusters.ts [--data ../shared/data] [--out data/nlp/word-clusters.tsv]
 *
 * Text (read, never copied): CoNLL-2003 eng.train's tokens (not its tags), WikiANN-en train, PolNeAR train,
 * the BBC corpus except the five hand-audit articles, ECB+ dev. Not read: eng.testa, WikiANN dev, PolNeAR dev
 * (the audit articles), the geo benchmarks. Only the word → cluster table is written.
 *
 * Method (cheap and deterministic): lower-cased tokens; every word seen MIN_COUNT times gets a vector of
 * log counts of its left and right neighbours among the CONTEXTS most frequent words, each side
 * L2-normalised, randomly projected (seeded ±1) to DIMS dimensions; spherical k-means (initial centroids:
 * the most frequent words, spread evenly) at each of LEVELS cluster counts. A word's row is its cluster at
 * each level, coarse to fine.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dataFile, packageRoot } from '../src/util/paths.js';
import { seededRandom } from '../src/util/random.js';
import { projectContexts, sphericalKMeans } from './lib/kmeans.js';

const MIN_COUNT = 4;
const CONTEXTS = 1000;
const DIMS = 128;
const LEVELS = [32, 256, 1024] as const;
const ITERATIONS = 12;
const SEED = 20_261_207;
/** The hand-audit BBC articles (PROCEDURE.md), left out like every audit text. */
const AUDIT_BBC = new Set([
  'politics/001.txt',
  'politics/002.txt',
  'politics/003.txt',
  'business/001.txt',
  'business/002.txt',
]);

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(packageRoot(), '../shared/data') },
    out: { type: 'string', default: dataFile('nlp', 'word-clusters.tsv') },
  },
});
const data = values.data;
const TOKEN = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function* lines(): Generator<string[]> {
  for (const block of readFileSync(join(data, 'ner/conll2003/eng.train'), 'utf8').split(/\n\s*\n/))
    yield block
      .split('\n')
      .map((l) => l.split(' ')[0] ?? '')
      .filter((w) => w && w !== '-DOCSTART-');
  for (const block of readFileSync(join(data, 'ner/wikiann-en/train'), 'utf8').split(/\n\s*\n/))
    yield block
      .split('\n')
      .map((l) => (l.split('\t')[0] ?? '').replace(/^en:/, ''))
      .filter(Boolean);
  const texts = (dir: string, skip: (name: string) => boolean = () => false): string[] =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt') && !skip(f))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  const raw = [
    ...texts(join(data, 'quotes/polnear/train/text')),
    ...['business', 'entertainment', 'politics', 'sport', 'tech'].flatMap((topic) =>
      texts(join(data, 'corpus/bbc-news', topic), (f) => AUDIT_BBC.has(`${topic}/${f}`)),
    ),
    ...readFileSync(join(data, 'stories/ecbplus.dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text_tokenized: string }).text_tokenized),
  ];
  for (const text of raw) for (const line of text.split('\n')) yield line.match(TOKEN) ?? [];
}

const sentences = [...lines()].map((s) => s.map((w) => w.toLowerCase())).filter((s) => s.length > 0);
const counts = new Map<string, number>();
let tokens = 0;
for (const s of sentences)
  for (const w of s) {
    tokens++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocabulary = byFrequency.filter(([w, c]) => c >= MIN_COUNT && /[\p{L}]/u.test(w)).map(([w]) => w);
const contexts = byFrequency.slice(0, CONTEXTS).map(([w]) => w);
console.log(`${tokens} tokens, ${sentences.length} lines, ${vocabulary.length} words clustered`);

const vectors = projectContexts(sentences, vocabulary, contexts, DIMS, seededRandom(SEED));
const rows = vocabulary.map((w) => [w] as string[]);
for (const k of LEVELS) {
  const assignment = sphericalKMeans(vectors, vocabulary.length, DIMS, k, ITERATIONS);
  assignment.forEach((c, i) => rows[i]?.push(String(c)));
  console.log(`k = ${k} done`);
}
const header = [
  '# Distributional word clusters for the NER tagger (src/nlp/ner/model/word-clusters.ts), derived by',
  '# scripts/derive-word-clusters.ts from unlabeled text in ../shared/data (CoNLL-2003 eng.train tokens, WikiANN-en',
  '# train, PolNeAR train, BBC news without the audit articles, ECB+ dev); only this table is shipped, not the text.',
  `# ${tokens} tokens; words seen >= ${MIN_COUNT} times; spherical k-means at ${LEVELS.join(', ')} clusters.`,
  `word\t${LEVELS.map((k) => `k${k}`).join('\t')}`,
];
writeFileSync(values.out, header.concat(rows.map((r) => r.join('\t'))).join('\n') + '\n');
console.log(`wrote ${rows.length} words to ${values.out}`);
