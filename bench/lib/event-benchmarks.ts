/**
 * Scores the engine's events against each gold format (definitions in bench/events.ts's header and the
 * helpers it names). Each scorer takes the analyser as a parameter, so it runs on the whole pipeline in the
 * benchmark and on hand-made Docs in tests.
 */
import type { Doc, Event } from '../../src/doc/types.js';
import { actorScores, addCounts, countActors, type ActorCounts } from './actor-match.js';
import { classificationScores, type ClassificationScores, type LabelledItem } from './class-scores.js';
import { cameoRoot, PENTA_CLASSES, PENTA_NO_EVENT, pentaClass, ploverGsrLabel } from './event-labels.js';
import type { PentaRecord, PetrarchRecord, PloverRecord } from './event-records.js';
import { entityForms, mainEvent } from './main-event.js';

export type SentenceAnalyzer = (text: string) => Doc;

/** A record scored wrong, for the error listing. */
export interface Miss {
  text: string;
  gold: string;
  predicted: string;
}

export interface PloverResult {
  scores: ClassificationScores;
  /** Records where some coded event (not only the main one) has the gold type. */
  anyEventAccuracy: number;
  /** Accuracy comparing raw engine types with gold types, without the 0.8→0.5b1 crosswalk. */
  strictAccuracy: number;
  actors: { source: ActorCounts; target: ActorCounts; all: ActorCounts };
  actorF1: number;
  misses: Miss[];
}

const describe = (doc: Doc, e: Event | undefined): string => {
  if (!e) return '(no event)';
  const name = (id: string | undefined): string => doc.entities.find((x) => x.id === id)?.name ?? '-';
  return `${e.type}${e.mode ? '/' + e.mode : ''} [${e.cameo}] "${e.cue.text}" ${name(e.source)} → ${name(e.target)}`;
};

export function scorePlover(records: readonly PloverRecord[], analyze: SentenceAnalyzer): PloverResult {
  const items: LabelledItem[] = [];
  const misses: Miss[] = [];
  let anyMatch = 0;
  let strict = 0;
  const empty: ActorCounts = { truePositives: 0, predicted: 0, gold: 0 };
  let source = empty;
  let target = empty;
  for (const record of records) {
    const doc = analyze(record.text);
    const main = mainEvent(doc.events);
    const predicted = main ? ploverGsrLabel(main.type, main.cameo) : undefined;
    items.push({ gold: record.event, predicted });
    if (doc.events.some((e) => ploverGsrLabel(e.type, e.cameo) === record.event)) anyMatch++;
    if (main?.type === record.event) strict++;
    if (predicted !== record.event)
      misses.push({ text: record.text, gold: record.event, predicted: describe(doc, main) });
    const forms = (id: string | undefined): string[][] => {
      const f = entityForms(doc, id);
      return f.length > 0 ? [f] : [];
    };
    source = addCounts(source, countActors(record.sources, forms(main?.source)));
    target = addCounts(target, countActors(record.targets, forms(main?.target)));
  }
  const n = records.length || 1;
  const all = addCounts(source, target);
  return {
    scores: classificationScores(items),
    anyEventAccuracy: anyMatch / n,
    strictAccuracy: strict / n,
    actors: { source, target, all },
    actorF1: actorScores(all).f1,
    misses,
  };
}

export interface PentaResult {
  scores: ClassificationScores;
  misses: Miss[];
}

export function scoreMulticoped(records: readonly PentaRecord[], analyze: SentenceAnalyzer): PentaResult {
  const items: LabelledItem[] = [];
  const misses: Miss[] = [];
  for (const record of records) {
    const doc = analyze(record.text);
    const main = mainEvent(doc.events);
    const predicted = main ? (pentaClass(main.type, main.cameo) ?? PENTA_NO_EVENT) : PENTA_NO_EVENT;
    items.push({ gold: String(record.label), predicted: String(predicted) });
    if (predicted !== record.label)
      misses.push({
        text: record.text,
        gold: `${record.label} ${PENTA_CLASSES[record.label] ?? ''}`,
        predicted: `${predicted} ${describe(doc, main)}`,
      });
  }
  return {
    scores: classificationScores(
      items,
      PENTA_CLASSES.map((_, i) => String(i)),
    ),
    misses,
  };
}

export interface PetrarchResult {
  accuracy: number;
  scored: number;
  /** Records whose gold codes are all outside CAMEO's roots 01–20 (test-only codes such as 903, 345). */
  excluded: number;
  coverage: number;
  /** On the records with a gold code in 01–20 (PETRARCH's own figure; noevents records left out). */
  coded: PetrarchCoded;
  misses: Miss[];
}

export interface PetrarchCoded {
  records: number;
  /** The main event's CAMEO root is the root of one of the gold codes. */
  rootAccuracy: number;
  /** The main event's full code is one of the gold codes. */
  fullAccuracy: number;
  /** On the records whose full code is right: its source / target actor code equals that coding's. */
  sourceAccuracy: number;
  targetAccuracy: number;
  actorRecords: number;
}

/** The record's analyser input: its text, at its date where it has one (dated actor codes). */
export type DatedAnalyzer = (text: string, date?: string) => Doc;

const inCameoRange = (code: string): boolean => /^\d{3,4}$/.test(code) && cameoRoot(code) !== undefined;

/**
 * A record counts as correct when the main event's CAMEO root is the root of one of its gold codes, or
 * when it says `noevents` and the engine codes nothing. The `coded` figures are PETRARCH's own: records
 * with a gold code in 01–20 only, root and full code, and actor codes where the code is right.
 */
export function scorePetrarch(records: readonly PetrarchRecord[], analyze: DatedAnalyzer): PetrarchResult {
  let correct = 0;
  let scored = 0;
  let covered = 0;
  const coded = { records: 0, root: 0, full: 0, actorRecords: 0, source: 0, target: 0 };
  const misses: Miss[] = [];
  for (const record of records) {
    const roots = new Set(record.codes.flatMap((c) => cameoRoot(c) ?? []));
    if (!record.noEvents && roots.size === 0) continue;
    scored++;
    const doc = analyze(record.text, record.date);
    const main = mainEvent(doc.events);
    if (main) covered++;
    const ok = record.noEvents ? main === undefined : main !== undefined && roots.has(main.cameo.slice(0, 2));
    if (ok) correct++;
    const gold = (record.codings ?? record.codes.map((code) => ({ code, source: '', target: '' }))).filter(
      (g) => inCameoRange(g.code),
    );
    const same = main && gold.find((g) => g.code === main.code);
    if (gold.length > 0) {
      coded.records++;
      if (ok) coded.root++;
      if (same) {
        coded.full++;
        coded.actorRecords++;
        if ((main.sourceActor?.code ?? '') === same.source) coded.source++;
        if ((main.targetActor?.code ?? '') === same.target) coded.target++;
      }
    }
    if (!ok || (gold.length > 0 && !same))
      misses.push({
        text: record.text,
        gold: record.noEvents
          ? 'noevents'
          : (record.codings ?? []).map((g) => `${g.code} ${g.source}→${g.target}`).join(', ') ||
            record.codes.join(','),
        predicted: `${main?.code ?? ''} ${main?.sourceActor?.code ?? '-'}→${main?.targetActor?.code ?? '-'} ${describe(doc, main)}`,
      });
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    accuracy: ratio(correct, scored),
    scored,
    excluded: records.length - scored,
    coverage: ratio(covered, scored),
    coded: {
      records: coded.records,
      rootAccuracy: ratio(coded.root, coded.records),
      fullAccuracy: ratio(coded.full, coded.records),
      sourceAccuracy: ratio(coded.source, coded.actorRecords),
      targetAccuracy: ratio(coded.target, coded.actorRecords),
      actorRecords: coded.actorRecords,
    },
    misses,
  };
}
