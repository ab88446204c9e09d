/**
 * NER benchmark on CoNLL-2003-format files.
 *
 *   npm run bench -- ner [--mode engine|model] [file-or-folder…]
 *   default mode: engine; default file: ../shared/data/ner/conll2003/eng.testa (dev split) relative to the
 *   project root.
 *
 * Metric: conlleval semantics. Gold and predicted tags are read as chunks (the files are IOB1, the model
 * emits IOB2; a chunk starts at B-X, or at I-X after O or after another type); a predicted entity counts
 * as correct only if a gold entity has exactly the same first token, last token and type. Precision,
 * recall and F1 are micro-averaged over all entities, and reported per type.
 *
 * Labels: CoNLL types PER, ORG, LOC, MISC.
 * - Mode `engine` (default) scores the engine's whole nlp stage (`annotateLanguage`: wink tokens and
 *   sentences, the trained tagger, the rules and tables, alias merging) on a Doc whose text is each
 *   document's tokens joined with spaces, one sentence per line, a new Doc at every -DOCSTART-. Name
 *   mentions (rule `ner:…`; role descriptions and pronouns are not names) are mapped back to the CoNLL
 *   tokens they overlap and their labels through ENGINE_TO_CONLL: PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC,
 *   NORP/PRODUCT/WEAPON/EVENT/MISC→MISC.
 * - Mode `model` scores the trained tagger alone (src/nlp/ner/model) on the gold tokens; its labels are
 *   already CoNLL's.
 *
 * tokensPerSec: CoNLL tokens per second through the chosen mode, on one core, resources already loaded
 * (engine: the nlp stage per document, including building its text and mapping spans back; model: decoding).
 * Last line of output: {"task":"ner","f1":…,"precision":…,"recall":…,"perType":{…},"tokensPerSec":…}.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConll, type TaggedDocument } from '../src/nlp/ner/model/conll.js';
import { DEFAULT_NER_MODEL, loadNerModel } from '../src/nlp/ner/model/index.js';
import { createContext } from '../src/context.js';
import { newDoc } from '../src/doc/create.js';
import { annotateLanguage } from '../src/nlp/index.js';
import { modelFile, packageRoot } from '../src/util/paths.js';
import { ConllEvaluator, type Score } from './lib/conlleval.js';
import { conllText, tagsFromSpans } from './lib/conll-text.js';

const DEFAULT_DATA = '../shared/data/ner/conll2003/eng.testa';

/** How the engine's labels map onto CoNLL's. */
export const ENGINE_TO_CONLL: Readonly<Record<string, string>> = {
  PERSON: 'PER',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
  NORP: 'MISC',
  PRODUCT: 'MISC',
  WEAPON: 'MISC',
  EVENT: 'MISC',
  MISC: 'MISC',
};

/** Tags every sentence of one document (CoNLL types, IOB1 or IOB2). */
type DocumentTagger = (sentences: readonly (readonly string[])[]) => string[][];

/** A mode prepares its tagger (untimed), or says what is missing. */
type Mode = () => DocumentTagger | { missing: string };

const MODES: Record<string, Mode> = {
  engine: () => {
    const path = modelFile(DEFAULT_NER_MODEL);
    if (!existsSync(path)) return { missing: `model file ${path} (run npm run train:ner)` };
    const ctx = createContext();
    const analyse = (text: string) =>
      annotateLanguage(newDoc({ id: 'conll', source: { kind: 'text' }, meta: {}, raw: text }), ctx);
    analyse('Warm-up loads the model, the tables and the gazetteer in Paris.');
    return (sentences) => {
      const layout = conllText(sentences);
      const doc = analyse(layout.text);
      const names = doc.mentions.filter((m) => m.rule.startsWith('ner:'));
      const spans = names.map((m) => ({
        start: m.start,
        end: m.end,
        type: ENGINE_TO_CONLL[m.label] ?? 'MISC',
      }));
      return tagsFromSpans(layout, spans);
    };
  },
  model: () => {
    const path = modelFile(DEFAULT_NER_MODEL);
    if (!existsSync(path)) return { missing: `model file ${path} (run npm run train:ner)` };
    const model = loadNerModel(path);
    return (sentences) => model.tagDocument(sentences);
  },
};

function dataFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .map((f) => join(path, f))
    .filter((f) => statSync(f).isFile());
}

function row(name: string, s: Score): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(7);
  const n = (x: number): string => String(x).padStart(6);
  return `${name.padEnd(8)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${n(s.gold)}${n(s.predicted)}${n(s.correct)}`;
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

export function run(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { mode: { type: 'string', default: 'engine' } },
  });
  const prepare = MODES[values.mode];
  if (!prepare)
    throw new Error(`bench ner: unknown mode ${values.mode} (modes: ${Object.keys(MODES).join(', ')})`);
  const paths =
    positionals.length > 0 ? positionals.map((p) => resolve(p)) : [join(packageRoot(), DEFAULT_DATA)];
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) return void console.log(`skipped: data not found: ${missing.join(', ')}`);
  const tagger = prepare();
  if (typeof tagger !== 'function') return void console.log(`skipped: ${tagger.missing}`);

  const documents: TaggedDocument[] = paths
    .flatMap(dataFiles)
    .flatMap((f) => parseConll(readFileSync(f, 'utf8')));
  const evaluator = new ConllEvaluator();
  let tokens = 0;
  let seconds = 0;
  for (const doc of documents) {
    const sentences = doc.sentences.map((s) => s.words);
    const started = performance.now();
    const predicted = tagger(sentences);
    seconds += (performance.now() - started) / 1000;
    doc.sentences.forEach((s, i) => {
      evaluator.add(s.tags, predicted[i] ?? []);
      tokens += s.words.length;
    });
  }
  const { overall, perType } = evaluator.result();
  console.log(`NER (${values.mode}) on ${paths.join(', ')}: ${documents.length} documents, ${tokens} tokens`);
  console.log('type    precis  recall      F1  gold  pred  corr');
  for (const [type, s] of Object.entries(perType)) console.log(row(type, s));
  console.log(row('overall', overall));
  const perTypeJson = Object.fromEntries(
    Object.entries(perType).map(([t, s]) => [
      t,
      { f1: round(s.f1), precision: round(s.precision), recall: round(s.recall) },
    ]),
  );
  console.log(
    JSON.stringify({
      task: 'ner',
      f1: round(overall.f1),
      precision: round(overall.precision),
      recall: round(overall.recall),
      perType: perTypeJson,
      tokensPerSec: Math.round(tokens / seconds),
    }),
  );
}
