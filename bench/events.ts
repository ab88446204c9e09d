/**
 * Event-coding benchmark: the whole pipeline (`analyze()` on each gold sentence as a plain-text article)
 * scored against three kinds of gold data, recognised by content (see bench/lib/event-records.ts):
 *
 *   npm run bench -- events [--errors N] [file-or-folder…]
 *   defaults (from the project root): ../shared/data/events/plover-gsr, ../shared/data/events/multicoped-cameo/
 *   cameo_class, ../shared/data/events/petrarch2-validation. Folders are read recursively; files in none of
 *   the formats (READMEs, crosswalks) are listed as ignored.
 *
 * Cross-validation: the event decision model (models/events-logreg.json) is trained on the PLOVER records and
 * Multi-CoPED cameo_class train; when a dataset given here is one it was trained on (same sentences, by
 * fingerprint), its figures are 5-fold cross-validated: each record's events come from a model trained
 * without it (bench/lib/event-cv.ts). The header line of each section says which.
 *
 * Main event (bench/lib/main-event.ts): the sentence's event whose cue starts first (longer cue on a tie).
 *
 * PLOVER gold-standard records (one event per sentence, PLOVER 0.5b1 types):
 *   accuracy  = records whose main event's type, mapped to 0.5b1 names (bench/lib/event-labels.ts: REQUEST→
 *               DEMAND, ACCUSE→DISAPPROVE or INVESTIGATE (CAMEO 09), ASSAULT with CAMEO 19→FIGHT), equals
 *               the gold `event`, over all records; a record where the engine codes nothing is wrong.
 *   coverage  = records with at least one coded event. The table also shows the accuracy without the
 *               crosswalk (strict) and with any coded event instead of the main one (an upper bound).
 *   macroF1   = unweighted mean of per-type F1 over every type seen in gold or prediction (scikit-learn's
 *               default label set); an uncoded record is a false negative of its gold type.
 *   actorF1   = head-word actor matching (bench/lib/actor-match.ts): the main event's source and target
 *               entities (name + aliases) against the gold `source[]`/`target[]` actorText strings, role by
 *               role, one to one; micro P/R/F1 over all records and both roles (uncoded records add gold
 *               actors only, so they cost recall).
 * Multi-CoPED cameo_class (PentaClass 0–4):
 *   macroF1   = mean F1 over the five classes; the main event's class is PENTA_BY_CAMEO_ROOT of its CAMEO
 *               root (PLOVER type table as fallback), and a sentence with no event is class 0, public
 *               statement (see bench/lib/event-labels.ts for the table and why). Accuracy is shown too.
 * PETRARCH2 validation XML (CAMEO codings of synthetic sentences), analysed with the dictionaries its
 * `<Environment>` names (from ../shared/data/events/petrarch2-dictionaries, loaded as `--event-dictionaries`
 * with those files only, replacing the shipped set; before evcoder it used the shipped set):
 *   accuracy  = records where the main event's CAMEO root is the root of one of the gold eventcodes, or the
 *               record says noevents and nothing is coded; records whose codes are all outside roots 01–20
 *               (PETRARCH's test-only codes such as 903 or 345) are excluded and counted.
 *   rootAccuracy, fullAccuracy = PETRARCH's own figures, on the records with a gold code in 01–20 only: the
 *               main event's root / full code is one of theirs; sourceAccuracy, targetAccuracy = on the
 *               records whose full code is right, its actor codes equal that coding's. Each record is
 *               analysed at its own date (dated actor codes).
 *
 * Last line: {"task":"events","plover":{accuracy,coverage,macroF1,actorF1,records},
 *             "multicoped":{macroF1,accuracy,records},"petrarch":{accuracy,coverage,records,excluded,
 *             rootAccuracy,fullAccuracy,sourceAccuracy,targetAccuracy,coded}}
 * with a key only for the formats given.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ClassificationScores } from './lib/class-scores.js';
import { actorScores } from './lib/actor-match.js';
import {
  scoreMulticoped,
  scorePetrarch,
  scorePlover,
  type DatedAnalyzer,
  type Miss,
  type SentenceAnalyzer,
} from './lib/event-benchmarks.js';
import { readEventDataset, type EventDataset } from './lib/event-records.js';
import { crossValidatedDocs, replay } from './lib/event-cv.js';
import {
  countMulticoped,
  countPlover,
  precisionScores,
  type PrecisionScores,
} from './lib/event-precision.js';
import { EVENT_TRAINING, loadTrainingSets, textsHash } from './lib/event-training.js';
import { createContext } from '../src/context.js';
import { loadEventModel } from '../src/events/model.js';
import { analyze, defaultContext } from '../src/pipeline.js';
import { packageRoot } from '../src/util/paths.js';
import { contextWithDictionaries } from '../src/kb/load.js';

/** Where the dictionaries a PETRARCH validation file's `<Environment>` names are. */
const PETRARCH_DICTIONARIES = '../shared/data/events/petrarch2-dictionaries';

const DEFAULT_DATA = [
  '../shared/data/events/plover-gsr',
  '../shared/data/events/multicoped-cameo/cameo_class',
  '../shared/data/events/petrarch2-validation',
];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .flatMap((f) => filesUnder(join(path, f)));
}

/** Reads every file, merging datasets of the same format; returns them with the files it ignored. */
function loadDatasets(paths: readonly string[]): { datasets: EventDataset[]; ignored: string[] } {
  const byFormat = new Map<string, EventDataset>();
  const ignored: string[] = [];
  for (const file of paths.flatMap(filesUnder)) {
    const dataset = readEventDataset(readFileSync(file, 'utf8'));
    if (!dataset) {
      ignored.push(file);
      continue;
    }
    const known = byFormat.get(dataset.format);
    if (known) (known.records as unknown[]).push(...dataset.records);
    else byFormat.set(dataset.format, dataset);
  }
  return { datasets: [...byFormat.values()], ignored };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
const round = (x: number): number => Math.round(x * 10_000) / 10_000;

function printClasses(scores: ClassificationScores, names?: readonly string[]): void {
  console.log('  class                   precis  recall      F1  gold  pred  corr');
  for (const [c, s] of Object.entries(scores.perClass)) {
    const label = names ? `${c} ${names[Number(c)] ?? ''}` : c;
    const counts = [s.gold, s.predicted, s.correct].map((n) => String(n).padStart(6)).join('');
    console.log(`  ${label.padEnd(22)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${counts}`);
  }
}

function printMisses(misses: readonly Miss[], limit: number): void {
  for (const m of misses.slice(0, limit))
    console.log(`  ✗ gold ${m.gold} | got ${m.predicted}\n      ${m.text.slice(0, 160)}`);
}

type Report = Record<string, Record<string, number>>;

function benchPlover(
  d: Extract<EventDataset, { format: 'plover' }>,
  an: SentenceAnalyzer,
  errors: number,
  note: string,
): Report {
  const r = scorePlover(d.records, an);
  const { source, target, all } = r.actors;
  console.log(`\nPLOVER gold-standard records: ${d.records.length}, ${note}`);
  console.log(
    `  accuracy ${pct(r.scores.accuracy)}  (strict 0.8 names ${pct(r.strictAccuracy)}, any event ${pct(r.anyEventAccuracy)})`,
  );
  console.log(`  coverage ${pct(r.scores.coverage)}  macroF1 ${pct(r.scores.macroF1)}`);
  for (const [role, c] of [
    ['source', source],
    ['target', target],
    ['actors', all],
  ] as const) {
    const s = actorScores(c);
    console.log(
      `  ${role.padEnd(7)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}  (tp ${c.truePositives}, pred ${c.predicted}, gold ${c.gold})`,
    );
  }
  printClasses(r.scores);
  printMisses(r.misses, errors);
  const s = r.scores;
  return {
    plover: {
      accuracy: round(s.accuracy),
      coverage: round(s.coverage),
      macroF1: round(s.macroF1),
      actorF1: round(r.actorF1),
      records: s.items,
    },
  };
}

function benchMulticoped(
  d: Extract<EventDataset, { format: 'multicoped' }>,
  an: SentenceAnalyzer,
  errors: number,
  note: string,
): Report {
  const r = scoreMulticoped(d.records, an);
  console.log(`\nMulti-CoPED cameo_class sentences: ${d.records.length}, ${note}`);
  console.log(`  macroF1 ${pct(r.scores.macroF1)}  accuracy ${pct(r.scores.accuracy)}`);
  printClasses(r.scores, [
    'public statement',
    'verbal coop',
    'material coop',
    'verbal conflict',
    'material conflict',
  ]);
  printMisses(r.misses, errors);
  return {
    multicoped: {
      macroF1: round(r.scores.macroF1),
      accuracy: round(r.scores.accuracy),
      records: r.scores.items,
    },
  };
}

function benchPetrarch(
  d: Extract<EventDataset, { format: 'petrarch' }>,
  an: SentenceAnalyzer,
  errors: number,
): Report {
  const r = scorePetrarch(d.records, an);
  console.log(
    `\nPETRARCH2 validation sentences: ${d.records.length} (${r.excluded} excluded: test-only codes)`,
  );
  console.log(`  CAMEO root accuracy ${pct(r.accuracy)}  coverage ${pct(r.coverage)}  over ${r.scored}`);
  const c = r.coded;
  console.log(
    `  records with codes 01–20 (${c.records}): root ${pct(c.rootAccuracy)}  full code ${pct(c.fullAccuracy)}`,
  );
  console.log(
    `  actor codes where the code is right (${c.actorRecords}): source ${pct(c.sourceAccuracy)}  target ${pct(c.targetAccuracy)}`,
  );
  printMisses(r.misses, errors);
  return {
    petrarch: {
      accuracy: round(r.accuracy),
      coverage: round(r.coverage),
      records: r.scored,
      excluded: r.excluded,
      rootAccuracy: round(c.rootAccuracy),
      fullAccuracy: round(c.fullAccuracy),
      sourceAccuracy: round(c.sourceAccuracy),
      targetAccuracy: round(c.targetAccuracy),
      coded: c.records,
    },
  };
}

/**
 * PETRARCH's unit tests are coded with the dictionaries their `<Environment>` names, loaded the way a
 * user's are (`--event-dictionaries DIR`, only those files, instead of the shipped set): their actors are
 * invented names (Arnor, Gondor) only those dictionaries know.
 */
function petrarchAnalyzer(d: Extract<EventDataset, { format: 'petrarch' }>): DatedAnalyzer {
  const dir = join(packageRoot(), PETRARCH_DICTIONARIES);
  const ctx =
    d.environment.length === 0 || !existsSync(dir)
      ? undefined
      : contextWithDictionaries({ dir, files: d.environment, mode: 'replace' });
  // the record's date is the publication date: dated actor codes (GOLLUM was HOB, then HOBGOV) read it
  return (text, date) =>
    analyze({ kind: 'text', content: text, ...(date ? { meta: { published: date } } : {}) }, ctx);
}

/**
 * The shipped decision model records fingerprints of the sentences it was trained on. A dataset with the
 * same fingerprint is scored by k-fold cross-validation (bench/lib/event-cv.ts), never by the shipped
 * model, which has seen every record of it.
 */
function crossValidation(datasets: readonly EventDataset[]): {
  plover?: SentenceAnalyzer;
  multicoped?: SentenceAnalyzer;
  precision?: PrecisionScores;
  note: string;
} {
  const model = loadEventModel();
  const texts = (d: EventDataset): string[] => d.records.map((r) => r.text);
  const seen = datasets.filter(
    (d) =>
      (d.format === 'plover' && model?.provenance['ploverHash'] === textsHash(texts(d))) ||
      (d.format === 'multicoped' && model?.provenance['multicopedHash'] === textsHash(texts(d))),
  );
  if (seen.length === 0) return { note: 'scored with the shipped model (not trained on these records)' };
  const sets = loadTrainingSets(createContext(), EVENT_TRAINING.ploverWeight);
  const [pd, md] = crossValidatedDocs([sets.plover, sets.penta], EVENT_TRAINING);
  const note = `${EVENT_TRAINING.folds}-fold cross-validated (the shipped model was trained on these records)`;
  // every coded event, not only the main one: the figure the thresholds were chosen on
  const precision = precisionScores(
    countPlover(sets.ploverRecords, pd!),
    countMulticoped(sets.pentaRecords, md!),
  );
  return {
    precision,
    ...(seen.some((d) => d.format === 'plover') ? { plover: replay(pd!) } : {}),
    ...(seen.some((d) => d.format === 'multicoped') ? { multicoped: replay(md!) } : {}),
    note,
  };
}

export function run(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { errors: { type: 'string', default: '0' } },
  });
  const errors = Number(values.errors) || 0;
  const requested =
    positionals.length > 0
      ? positionals.map((p) => resolve(p))
      : DEFAULT_DATA.map((p) => join(packageRoot(), p));
  const paths = requested.filter((p) => existsSync(p));
  const missing = requested.filter((p) => !existsSync(p));
  if (paths.length === 0) return void console.log(`skipped: data not found: ${missing.join(', ')}`);
  if (missing.length > 0) console.log(`not found (skipped): ${missing.join(', ')}`);

  const { datasets, ignored } = loadDatasets(paths);
  if (ignored.length > 0) console.log(`ignored (no event format recognised): ${ignored.join(', ')}`);
  if (datasets.length === 0) return void console.log(`skipped: no event data in ${paths.join(', ')}`);

  const ctx = defaultContext();
  const analyzeSentence: SentenceAnalyzer = (text) => analyze({ kind: 'text', content: text }, ctx);
  const started = performance.now();
  const cv = crossValidation(datasets);
  let report: Report = {};
  for (const d of datasets) {
    if (d.format === 'plover')
      report = { ...report, ...benchPlover(d, cv.plover ?? analyzeSentence, errors, cv.note) };
    if (d.format === 'multicoped')
      report = { ...report, ...benchMulticoped(d, cv.multicoped ?? analyzeSentence, errors, cv.note) };
    if (d.format === 'petrarch') report = { ...report, ...benchPetrarch(d, petrarchAnalyzer(d), errors) };
  }
  if (cv.precision) {
    const { precision, recall, f05, right, coded } = cv.precision;
    console.log(
      `\nEvery coded event, ${cv.note}: precision ${(precision * 100).toFixed(1)} (${right}/${coded}), recall ${(recall * 100).toFixed(1)}, F0.5 ${(f05 * 100).toFixed(1)}`,
    );
    report = { ...report, cvEvents: { precision: round(precision), recall: round(recall), f05: round(f05) } };
  }
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s, including model loading)`);
  console.log(JSON.stringify({ task: 'events', ...report }));
}
