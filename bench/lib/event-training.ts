/**
 * Training examples for the event decision layer (src/events/classifier.ts), from the shared gold data:
 *
 * - PLOVER GSR records: a candidate whose cue words are among the coder's `(EVT: …)` words gets the
 *   record's type as a class (0.5b1 name → engine `TYPE/CAMEO`, GSR_CLASS below, the crosswalk
 *   CAMEO2PLOVER-2021 read backwards); every other candidate is `none`.
 * - Multi-CoPED cameo_class sentences (PentaClass only): a candidate whose cue class is in the gold
 *   PentaClass keeps it; in a statement sentence (class 0) every other candidate is `none`; otherwise a
 *   candidate of another class teaches nothing (the class names no type, and the stand-in code per class
 *   used before taught the model to switch types it cannot know, "support" → ACCUSE).
 *
 * Each record is analysed once (`PreparedRecord`); models for cross-validation folds reuse the candidates.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../src/context.js';
import { packageRoot } from '../../src/util/paths.js';
import type { Doc } from '../../src/doc/types.js';
import { analyze } from '../../src/pipeline.js';
import { candidateKept, eventCandidates } from '../../src/events/index.js';
import type { Settings } from './event-cv.js';
import type { Candidate } from '../../src/events/candidates.js';
import { NO_EVENT, type Example, type Thresholds } from '../../src/events/classifier.js';
import { rowClass } from '../../src/events/decide.js';
import { candidateFeatures } from '../../src/events/features.js';
import { PENTA_BY_CAMEO_ROOT } from './event-labels.js';
import { readMulticoped, readPlover, type PentaRecord, type PloverRecord } from './event-records.js';

export const GSR_CLASS: Readonly<Record<string, string>> = {
  AGREE: 'AGREE/03',
  CONSULT: 'CONSULT/04',
  SUPPORT: 'SUPPORT/05',
  COOPERATE: 'COOPERATE/06',
  AID: 'AID/07',
  CONCEDE: 'CONCEDE/08',
  RETREAT: 'RETREAT/08',
  INVESTIGATE: 'ACCUSE/09',
  DEMAND: 'REQUEST/10',
  DISAPPROVE: 'ACCUSE/11',
  REJECT: 'REJECT/12',
  THREATEN: 'THREATEN/13',
  PROTEST: 'PROTEST/14',
  MOBILIZE: 'MOBILIZE/15',
  SANCTION: 'SANCTION/16',
  COERCE: 'COERCE/17',
  ASSAULT: 'ASSAULT/18',
  FIGHT: 'ASSAULT/19',
};

export interface PreparedRecord {
  doc: Doc;
  candidates: Candidate[];
  /** Per candidate: its training class, or undefined when the record says nothing about it. */
  labels: (string | undefined)[];
  /** How many times its examples count in training (the small PLOVER set is weighted up). */
  weight: number;
}

function cueWords(c: Candidate): string[] {
  const { view, match } = c;
  const out: string[] = [];
  for (let i = match.tokStart; i < match.tokEnd; i++) out.push(view.lower[i] ?? '');
  return out;
}

export function ploverLabels(record: PloverRecord, candidates: Candidate[]): (string | undefined)[] {
  const gold = GSR_CLASS[record.event];
  const words = new Set(record.eventWords ?? []);
  return candidates.map((c) => (gold && cueWords(c).some((w) => words.has(w)) ? gold : NO_EVENT));
}

const pentaOf = (cls: string | undefined): number | undefined =>
  cls === undefined ? undefined : PENTA_BY_CAMEO_ROOT[cls.split('/')[1] ?? ''];

export function pentaLabels(record: PentaRecord, candidates: Candidate[]): (string | undefined)[] {
  return candidates.map((c) => {
    const own = rowClass(c);
    if (pentaOf(own) === record.label) return own;
    // a statement sentence has no event of another class to code
    if (record.label === 0) return NO_EVENT;
    // a cue of another class may be a second event or a misreading: the sentence's class alone cannot
    // say which type it is (a stand-in code taught the model to switch "support" to ACCUSE), so it
    // teaches nothing
    return undefined;
  });
}

export function examplesOf(records: readonly PreparedRecord[]): Example[] {
  const out: Example[] = [];
  for (const r of records)
    r.candidates.forEach((c, i) => {
      const label = r.labels[i];
      if (label === undefined) return;
      const example = { features: candidateFeatures(c), label };
      for (let k = 0; k < r.weight; k++) out.push(example);
    });
  return out;
}

/** A threshold no probability reaches: the rule is off. */
const NEVER = 1.01;

/**
 * Settings of the shipped model. The thresholds are the best F0.5 (precision weighted twice) of
 * THRESHOLD_GRID under 5-fold cross-validation (`npm run train:events -- --cv`, bench/lib/event-precision.ts)
 * under which the acceptance cases hold; the training options are the previous round's. evdecide
 * (2026-12-07): ranked first are three settings with drop 0.9 (best verb 0.4 / drop 0.9 / switch 0.7, CV F0.5
 * 0.597), which drop "Zelensky was not invited" (p(none) 0.93); the next, verb 0.4 / drop 0.95 / switch 0.7
 * (CV F0.5 0.590, every-event precision 0.620), holds them all and is shipped. Merged main after evactors,
 * evdecide and evspeed (2026-12-07 19:10 UTC): the nine settings ranked first all drop at 0.9 or 0.95 and lose
 * the seed's "Trump … vowed to bring peace" (AGREE, p(none) 0.952), so 0.97 joined the grid; its best, verb 0.4
 * / drop 0.97 / switch 0.7 (CV F0.5 0.582, precision 0.609, ranked 10th of 80), holds every case and is shipped.
 * evdecide, after counted targets (2026-12-07 21:00 UTC): the 13 settings ranked first drop at 0.9 ("Zelensky
 * was not invited", p(none) 0.918) or switch at 0.7 ("Macron will visit Beijing" becomes PLOVER's AGREE, p 0.727,
 * where the engine codes CONSULT, hypothetical); the 14th, verb 0.4 / drop 0.95 / switch 0.8 (CV F0.5 0.584,
 * precision 0.611), holds every case and the seed. Merged main after this session's eight branches, model
 * retrained (2026-12-07 21:55 UTC): the 12 settings ranked first drop at 0.9 or switch at 0.7; the 13th, verb 0.5
 * / drop 0.95 / switch 0.8 (CV F0.5 0.589, precision 0.617; evdecide's setting ranks 14th, 0.588), holds every
 * case and the seed and is shipped. Merged main after evactor7's complement targets and the other 2026-12-08
 * branches, model retrained (01:20 UTC): every setting ranked above 38th fails a case — drop 0.9 loses "Zelensky
 * was not invited", drop 0.95 "The treaty called for Russia to be attacked by Ukraine", drop 0.97 the seed's
 * "Trump … vowed to bring peace" (AGREE) — so the 38th, verb 0.4 / drop never / switch 0.7 (CV F0.5 0.579,
 * precision 0.599, PLOVER 0.491, actorF1 0.598, Multi-CoPED 0.566), the first that holds them all, is shipped.
 */
export const EVENT_TRAINING: Settings = {
  epochs: 10,
  learningRate: 0.2,
  l2: 1e-4,
  seed: 20161212,
  prior: 3,
  dictPrior: 2,
  verbThreshold: 0.4,
  dropThreshold: NEVER,
  switchThreshold: 0.7,
  keepThreshold: 0,
  ploverWeight: 3,
  folds: 5,
};

/**
 * The threshold settings cross-validation chooses among (NEVER: the rule is off), no floor on a cue's own
 * class. Drop thresholds under 0.9 are left out: with them the acceptance cases fail in numbers (verb 0.75 /
 * drop 0.5 / switch 0.7, the CV best of a grid with drop 0.5–0.8 at F0.5 0.622, fails 18 of them: "Biden vowed
 * to defend Ukraine", "Xi called for talks with Putin", verbal attacks …): the training sentences, all from
 * event-rich news, do not show how rare events are in an ordinary article's sentences. A type switch (the
 * model's class over the cue row's when it is that sure) is in the grid since evdecide: the acceptance cases
 * hold with it, and PLOVER codes "must cooperate" as a demand, which only the model can see.
 */
export const THRESHOLD_GRID: Thresholds[] = [0.4, 0.5, 0.6, 0.75, NEVER].flatMap((verbThreshold) =>
  [0.9, 0.95, 0.97, NEVER].flatMap((dropThreshold) =>
    [0.7, 0.8, 0.9, NEVER].map((switchThreshold) => ({
      verbThreshold,
      dropThreshold,
      switchThreshold,
      keepThreshold: 0,
    })),
  ),
);

export function sameThresholds(a: Thresholds, b: Thresholds): boolean {
  return (
    a.verbThreshold === b.verbThreshold &&
    a.dropThreshold === b.dropThreshold &&
    a.switchThreshold === b.switchThreshold &&
    a.keepThreshold === b.keepThreshold
  );
}

/** Analyses one gold sentence as a plain-text article and keeps the candidates the decision layer sees. */
export function prepare(text: string, ctx: Context): { doc: Doc; candidates: Candidate[] } {
  const doc = analyze({ kind: 'text', content: text }, ctx);
  const base = { ...doc, events: [] };
  return { doc: base, candidates: eventCandidates(base, ctx).filter(candidateKept) };
}

export function preparePlover(records: readonly PloverRecord[], ctx: Context, weight = 1): PreparedRecord[] {
  return records.map((r) => {
    const { doc, candidates } = prepare(r.text, ctx);
    return { doc, candidates, labels: ploverLabels(r, candidates), weight };
  });
}

export function preparePenta(records: readonly PentaRecord[], ctx: Context): PreparedRecord[] {
  return records.map((r) => {
    const { doc, candidates } = prepare(r.text, ctx);
    return { doc, candidates, labels: pentaLabels(r, candidates), weight: 1 };
  });
}

/** The training files, relative to the project root. */
export const TRAINING_FILES = {
  plover: '../shared/data/events/plover-gsr/PLOVER_GSR_CAMEO.dev.json',
  multicoped: '../shared/data/events/multicoped-cameo/cameo_class/train.tsv',
} as const;

/** A fingerprint of a dataset's sentences: the model records it, the benchmark recognises its training data. */
export function textsHash(texts: readonly string[]): string {
  return createHash('sha256').update(texts.join('\n')).digest('hex').slice(0, 16);
}

export interface TrainingSets {
  ploverRecords: PloverRecord[];
  pentaRecords: PentaRecord[];
  plover: PreparedRecord[];
  penta: PreparedRecord[];
}

/** Reads and prepares both training sets (analysis runs without a model: candidates do not depend on it). */
export function loadTrainingSets(ctx: Context, ploverWeight: number): TrainingSets {
  const read = (p: string): string => readFileSync(join(packageRoot(), p), 'utf8');
  const ploverRecords = readPlover(read(TRAINING_FILES.plover));
  const pentaRecords = readMulticoped(
    read(TRAINING_FILES.multicoped)
      .split(/\r?\n/)
      .filter((l) => l.trim() !== ''),
  );
  ctx.cache.get('events:model', () => undefined);
  return {
    ploverRecords,
    pentaRecords,
    plover: preparePlover(ploverRecords, ctx, ploverWeight),
    penta: preparePenta(pentaRecords, ctx),
  };
}
