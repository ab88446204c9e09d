/**
 * Story clustering benchmark on ECB+-format JSONL.
 *
 *   npm run bench -- stories [--features full|text] [file-or-folder…]
 *   default file: ../shared/data/stories/ecbplus.dev.jsonl (ECB+ topics 1–35, dev) relative to the project root.
 *
 * Input: one JSON object per line, {doc, topic, subtopic, source, text_tokenized}; the gold story of a
 * document is its `subtopic` (same topic, different real-world event = a different story). `topic` and
 * `source` are never shown to the engine. Documents are fed to the incremental StoryClusterer one by one
 * in file order (files in name order), each as a new, unseen article.
 *
 * Features: `full` (default) runs the whole engine, analyze() from src/pipeline.ts, on each detokenised
 * text and clusters the Doc it returns (content words, entity names, resolved places; ECB+ has no
 * publication dates, so the time window never applies). `text` clusters on content words alone.
 *
 * Metrics over documents (bench/lib/clustering.ts): B-cubed precision, recall and F1 (Bagga & Baldwin
 * 1998; per-document scores averaged with equal weights, F1 of the two averages) and the adjusted Rand
 * index (Hubert & Arabie 1985).
 * Last line of output: {"task":"stories","b3F1":…,"ari":…}.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { articleFromDoc, StoryClusterer, type ArticleRecord } from '../src/corpus/index.js';
import { analyze, defaultContext } from '../src/pipeline.js';
import { packageRoot } from '../src/util/paths.js';
import { adjustedRandIndex, bcubed } from './lib/clustering.js';
import { detokenize } from './lib/detokenize.js';

const DEFAULT_DATA = '../shared/data/stories/ecbplus.dev.jsonl';

const Line = z.object({
  doc: z.string(),
  subtopic: z.union([z.string(), z.number()]),
  text_tokenized: z.string(),
});
type StoryDocument = z.infer<typeof Line>;

/** How a document becomes the clusterer's input. */
const FEATURES: Record<string, (d: StoryDocument) => ArticleRecord> = {
  full: (d) => ({
    ...articleFromDoc(analyze({ kind: 'text', content: detokenize(d.text_tokenized) })),
    id: d.doc,
  }),
  text: (d) => ({ id: d.doc, text: detokenize(d.text_tokenized) }),
};

function dataFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(path, f));
}

function readDocuments(file: string): StoryDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = Line.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`bench stories: ${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

export function run(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { features: { type: 'string', default: 'full' } },
  });
  const toRecord = FEATURES[values.features];
  if (!toRecord)
    throw new Error(
      `bench stories: unknown features ${values.features} (${Object.keys(FEATURES).join(', ')})`,
    );
  const paths =
    positionals.length > 0 ? positionals.map((p) => resolve(p)) : [join(packageRoot(), DEFAULT_DATA)];
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) return void console.log(`skipped: data not found: ${missing.join(', ')}`);

  const documents = paths.flatMap(dataFiles).flatMap(readDocuments);
  const ctx = defaultContext();
  const clusterer = new StoryClusterer({ ctx });
  const gold = new Map<string, string>();
  const predicted = new Map<string, string>();
  const started = performance.now();
  for (const d of documents) {
    if (gold.has(d.doc)) throw new Error(`bench stories: document id ${d.doc} appears twice`);
    gold.set(d.doc, String(d.subtopic));
    predicted.set(d.doc, clusterer.add(toRecord(d)).storyId);
  }
  const seconds = (performance.now() - started) / 1000;
  const b3 = bcubed(gold, predicted);
  const ari = adjustedRandIndex(gold, predicted);
  const goldStories = new Set(gold.values()).size;
  console.log(`Stories (features: ${values.features}) on ${paths.join(', ')}`);
  console.log(
    `documents ${documents.length}, gold stories ${goldStories}, predicted ${clusterer.storyCount}`,
  );
  console.log(`${(documents.length / seconds).toFixed(1)} documents/s (analysis and clustering)`);
  console.log('metric        value');
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(7);
  console.log(`B3 precision${pct(b3.precision)}`);
  console.log(`B3 recall   ${pct(b3.recall)}`);
  console.log(`B3 F1       ${pct(b3.f1)}`);
  console.log(`ARI         ${pct(ari)}`);
  console.log(JSON.stringify({ task: 'stories', b3F1: round(b3.f1), ari: round(ari) }));
}
