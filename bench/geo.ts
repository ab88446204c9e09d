/**
 * Geoparsing benchmark: toponym recognition and resolution on LGL, GeoVirus and GeoWebNews XML.
 *
 *   npm run bench -- geo [--errors N] [file-or-folder…]
 *   default: ../shared/data/geo/lgl.xml and ../shared/data/geo/GeoVirus.xml relative to the project root;
 *   each file is one corpus (a table row), and the figures over all of them together come last.
 *
 * Each article's text goes through the whole engine, `analyze()` with `kind: 'text'`.
 *
 * Metrics, after Gritta et al. ("What's missing in geoparsing?", LRE 2018; "A pragmatic guide to
 * geoparsing evaluation", LRE 2020):
 * - recognitionF1: geotagging F1 of `doc.places` (mapped to raw offsets through `doc.toRaw`) against every
 *   gold toponym span, one-to-one, counting a place only when its span is exactly the gold span (the
 *   guide's strict, exact-match criterion). The table also gives the overlap (inexact) F1 for reference.
 * - Resolution is scored on the GOLD toponyms that have coordinates, so that it does not depend on
 *   recognition: a gold toponym takes the coordinates of our place with exactly its span; failing that,
 *   the geo stage (`resolvePlaces`, src/geo) is run again over the same Doc with one extra GPE mention per
 *   such gold span, and its place there is used. A toponym still unresolved (unknown name, or its text
 *   removed by the cleaner) counts as the largest possible error, 20,039 km.
 * - acc161: share of resolution errors under 161 km; meanErrorKm: mean great-circle error; auc: area under
 *   the log-error curve (bench/lib/geo-metrics.ts; lower is better).
 * Corpus formats and the alignment of gold spans that are off their phrase (every GeoVirus span starts one
 * character early) are described in bench/lib/geo-corpora.ts.
 *
 * Last line: {"task":"geo","recognitionF1":…,"acc161":…,"meanErrorKm":…,"auc":…}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, defaultContext } from '../src/pipeline.js';
import { createContext, type Context } from '../src/context.js';
import { CALIBRATION_CACHE_KEY, NO_CALIBRATION, calibrate, loadCalibration } from '../src/geo/calibration.js';
import { placeOutcomes, type PlaceOutcomes } from './lib/geo-calibration.js';
import { reportCalibration } from './lib/geo-calibration-report.js';
import { packageRoot } from '../src/util/paths.js';
import { inputFiles } from './lib/files.js';
import { pct, round4 } from './lib/prf.js';
import { readGeoCorpus, type GeoArticle } from './lib/geo-corpora.js';
import { learnHomeRegions } from '../src/geo/home-region.js';
import type { Doc, HomeRegion, Place } from '../src/doc/types.js';
import { resolutionScores } from './lib/geo-metrics.js';
import { scoreArticle, type ArticleScore } from './lib/geo-article.js';
import { prf } from './lib/spans.js';

const DEFAULT_DATA = ['../shared/data/geo/lgl.xml', '../shared/data/geo/GeoVirus.xml'];

interface Tally {
  docs: number;
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
  errorsKm: number[];
  viaGoldSpan: number;
  unresolved: number;
}

const emptyTally = (): Tally => ({
  docs: 0,
  gold: 0,
  predicted: 0,
  exact: 0,
  overlap: 0,
  errorsKm: [],
  viaGoldSpan: 0,
  unresolved: 0,
});

function add(t: Tally, a: ArticleScore): void {
  t.docs++;
  t.gold += a.gold;
  t.predicted += a.predicted;
  t.exact += a.exactMatches;
  t.overlap += a.overlapMatches;
  t.errorsKm.push(...a.errorsKm);
  t.viaGoldSpan += a.viaGoldSpan;
  t.unresolved += a.unresolved;
}

function merge(tallies: readonly Tally[]): Tally {
  const all = emptyTally();
  for (const t of tallies) {
    for (const k of ['docs', 'gold', 'predicted', 'exact', 'overlap', 'viaGoldSpan', 'unresolved'] as const)
      all[k] += t[k];
    all.errorsKm.push(...t.errorsKm);
  }
  return all;
}

function row(name: string, t: Tally): string {
  const exact = prf(t.exact, t.predicted, t.gold);
  const overlap = prf(t.overlap, t.predicted, t.gold);
  const r = resolutionScores(t.errorsKm);
  const n = (x: number, w = 6): string => String(x).padStart(w);
  return (
    `${name.padEnd(12)}${n(t.docs, 5)}${n(t.gold)}${n(t.predicted)}` +
    `${pct(exact.precision)}${pct(exact.recall)}${pct(exact.f1)}${pct(overlap.f1)}` +
    `${n(r.n)}${pct(r.acc161)}${n(Math.round(r.meanErrorKm), 7)}${n(Math.round(r.medianErrorKm), 7)}` +
    `${r.auc.toFixed(3).padStart(7)}${n(t.viaGoldSpan)}${n(t.unresolved)}`
  );
}

/**
 * One article through the whole engine, with its site (when the corpus names one) and the site's home
 * region (when the first reading of the corpus learnt one), as `newsgraph ingest --db` reads a stored site.
 */
function readArticle(article: GeoArticle, ctx: Context, homeRegion?: HomeRegion): Doc {
  const meta = { ...(article.site ? { site: article.site } : {}), ...(homeRegion ? { homeRegion } : {}) };
  const doc = analyze({ kind: 'text', content: article.text, meta }, ctx);
  if (doc.raw !== article.text)
    throw new Error(`bench geo: extract changed the text of article ${article.id}`);
  return doc;
}

export function run(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      errors: { type: 'string', default: '0' },
      'fit-calibration': { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
    },
  });
  let errorBudget = Number(values.errors) || 0;
  const paths =
    positionals.length > 0
      ? positionals.map((p) => resolve(p))
      : DEFAULT_DATA.map((p) => join(packageRoot(), p));
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) return void console.log(`skipped: data not found: ${missing.join(', ')}`);
  const files = paths.flatMap((p) => inputFiles(p, ['.xml']));
  if (files.length === 0) return void console.log(`skipped: no .xml files in ${paths.join(', ')}`);

  const fitting = values['fit-calibration'];
  const ctx = fitting ? createContext() : defaultContext();
  if (fitting) ctx.cache.get(CALIBRATION_CACHE_KEY, () => NO_CALIBRATION);
  const shipped = loadCalibration();
  const outcomes: PlaceOutcomes[] = [];
  const rows: [string, Tally][] = [];
  const notes: string[] = [];
  const started = performance.now();
  /** Without the home-region prior, for comparison: each article read on its own. */
  const alone: Tally[] = [];
  let sites = 0;
  let homes = 0;
  for (const file of files) {
    const corpus = readGeoCorpus(readFileSync(file, 'utf8'));
    const first = corpus.articles.map((article) => readArticle(article, ctx));
    // The learner reads calibrated confidences: when fitting (raw ones here), the shipped table stands in.
    const asShipped = (p: Place): Place =>
      fitting ? { ...p, confidence: calibrate(p.confidence, shipped) } : p;
    const learnt = learnHomeRegions(
      first.map((doc) => ({ site: doc.meta.site, places: doc.places.map(asShipped) })),
    );
    sites += new Set(corpus.articles.map((a) => a.site).filter((s) => s !== undefined)).size;
    homes += learnt.size;
    const tally = emptyTally();
    const firstTally = emptyTally();
    const corpusOutcomes: PlaceOutcomes = { scored: [], unmatched: [] };
    outcomes.push(corpusOutcomes);
    corpus.articles.forEach((article, i) => {
      const home = article.site === undefined ? undefined : learnt.get(article.site);
      const doc = home ? readArticle(article, ctx, home) : first[i]!;
      const placed = placeOutcomes(article, doc);
      corpusOutcomes.scored.push(...placed.scored);
      corpusOutcomes.unmatched.push(...placed.unmatched);
      const score = scoreArticle(article, doc, ctx);
      add(tally, score);
      add(firstTally, home ? scoreArticle(article, first[i]!, ctx) : score);
      if (errorBudget > 0 && score.errors.length > 0) {
        console.log(`${article.id}\n${score.errors.slice(0, errorBudget).join('\n')}`);
        errorBudget -= score.errors.length;
      }
    });
    alone.push(firstTally);
    const name = basename(file, extname(file));
    rows.push([name, tally]);
    if (corpus.realigned + corpus.unaligned > 0)
      notes.push(
        `${name}: ${corpus.realigned} gold spans moved onto their phrase, ${corpus.unaligned} not found near their offsets`,
      );
  }
  const seconds = (performance.now() - started) / 1000;
  const all = merge(rows.map(([, t]) => t));

  console.log(
    `Geoparsing (whole engine) on ${paths.join(', ')}: ${all.docs} articles, ${seconds.toFixed(1)} s`,
  );
  console.log(
    '                            --- recognition (exact) ---  overlap  ------- resolution on gold toponyms -------',
  );
  console.log(
    'corpus       docs  gold  pred      P      R     F1      F1     n  acc161   mean median    AUC  gold-span unres.',
  );
  for (const [name, tally] of rows) console.log(row(name, tally));
  if (rows.length > 1) console.log(row('all', all));
  for (const note of notes) console.log(`note: ${note}`);
  if (sites > 0) {
    const without = resolutionScores(merge(alone).errorsKm);
    console.log(
      `note: home regions learnt from the engine's own first reading (no gold) for ${homes} of ${sites} sites; ` +
        `acc161 without them ${pct(without.acc161).trim()}`,
    );
  }
  const calibration = reportCalibration(
    rows.map(([name]) => name),
    outcomes,
    fitting,
    values.write,
  );
  const r = resolutionScores(all.errorsKm);
  console.log(
    JSON.stringify({
      task: 'geo',
      recognitionF1: round4(prf(all.exact, all.predicted, all.gold).f1),
      acc161: round4(r.acc161),
      meanErrorKm: Math.round(r.meanErrorKm),
      auc: round4(r.auc),
      ...calibration,
    }),
  );
}
