/**
 * Training examples for the event decision layer (src/events/classifier.ts), from the shared gold data:
 *
 * - PLOVER GSR records: a candidate whose cue words are among the coder's `(EVT: …)` words gets the
 *   record's type as a class (0.5b1 name → engine `TYPE/CAMEO`, GSR_CLASS below, the crosswalk
 *   CAMEO2PLOVER-2021 read backwards); every other candidate is `none`.
 * - Multi-CoPED cameo_class sentences (PentaClass only): a candidate whose cue class is in the gold
 *   PentaClass keeps it; in a statement sentence (class 0) every other candidate is `none`; otherwise the
 *   first candidate, when it is a cue (the would-be main event), gets the class's most typical code
 *   (PENTA_CLASS below); uncovered verbs and later candidates teach nothing (the data says nothing certain about them). The model may overrule a cue's
 *   own class only when very sure (switchThreshold), so these stand-in codes mostly teach keep-or-drop.
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
import { NO_EVENT, type Example } from '../../src/events/classifier.js';
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

/** The most typical code of each PentaClass, for a first candidate whose cue class disagrees with gold. */
const PENTA_CLASS: Readonly<Record<number, string>> = {
  1: 'AGREE/03',
  2: 'AID/07',
  3: 'ACCUSE/11',
  4: 'ASSAULT/19',
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
  return candidates.map((c, i) => {
    const own = rowClass(c);
    if (pentaOf(own) === record.label) return own;
    // a statement sentence has no event of another class to code
    if (record.label === 0) return NO_EVENT;
    // the first cue is the would-be main event: the class's most typical code. An uncovered verb gets
    // no stand-in: the label would teach that any first verb ("grow", "trust") is AGREE or ACCUSE
    return i === 0 && c.kind === 'cue' ? PENTA_CLASS[record.label] : undefined;
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

/** Settings of the shipped model, chosen by 5-fold cross-validation (`npm run train:events -- --cv`). */
export const EVENT_TRAINING: Settings = {
  epochs: 10,
  learningRate: 0.2,
  l2: 1e-4,
  seed: 20161212,
  prior: 3,
  verbThreshold: 0.75,
  dropThreshold: 0.95,
  switchThreshold: 1,
  ploverWeight: 3,
  folds: 5,
};

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
