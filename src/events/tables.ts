import type { Context } from '../context.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { loadDictionaryClasses, type DictionaryClasses } from './dictionary-class.js';
import { loadUnnamedTables, type UnnamedTables } from './unnamed.js';
import { loadCountedTargetTables, type CountedTargetTables } from './counted-targets.js';
import { loadClauseTables, type ClauseTables } from './clause-links.js';
import { loadDictionaryActorTables, type DictionaryActorTables } from './dictionary-actors.js';

/** One row of data/events/cues.tsv, parsed. See the table's header for what each column means. */
export interface CueRow {
  /** The pattern as written, kept for provenance. */
  pattern: string;
  /** Pattern elements: a set of alternative words, or a gap. */
  elements: (readonly string[] | 'gap')[];
  pos: 'V' | 'N' | '*';
  /** PLOVER type; undefined for a blocker row (`-`). */
  type: string | undefined;
  mode: string | undefined;
  cameo: string;
  sourceSlots: readonly string[];
  targetSlots: readonly string[];
  reciprocal: boolean;
  needs: 'target' | 'anchor' | undefined;
}

/** Where a modality marker applies (see data/events/modality.tsv's header). */
export type ModalityScope = 'clause' | 'mandative' | 'opener' | 'predicate';

/** One row of data/events/modality.tsv: a lemma sequence, its effect, and where it applies. */
export interface ModalityMarker {
  words: readonly string[];
  effect: 'negated' | 'hypothetical';
  scope: ModalityScope;
}

/** A modality phrase holding a word: its table order and the word's offset in it. */
export interface MarkerSlot {
  order: number;
  offset: number;
}

const SCOPES: readonly ModalityScope[] = ['clause', 'mandative', 'opener', 'predicate'];

export interface EventTables {
  /** Cue rows indexed by the first word of their pattern (the part before any hyphen). */
  cuesByFirstWord: ReadonlyMap<string, readonly CueRow[]>;
  irregular: ReadonlyMap<string, string>;
  supportVerbs: ReadonlySet<string>;
  /** Verbs that are never an event candidate by themselves (data/events/not-event-verbs.tsv). */
  notEventVerbs: ReadonlySet<string>;
  /** Verbs whose that-less complement may have a noun cue as its subject (data/events/reporting-verbs.tsv). */
  reportingVerbs: ReadonlySet<string>;
  /** Role nouns after a place or party name that make the name a modifier, not the actor (person-roles.tsv). */
  personRoles: ReadonlySet<string>;
  /** Institution nouns that make a country's genitive the subject ("Poland's parliament"; institutions.tsv). */
  institutions: ReadonlySet<string>;
  /** Places named as a bare modifier of an event noun: the venue, not a party ("White House meeting"). */
  venues: ReadonlySet<string>;
  /** Modality phrases as lemma sequences, with their effect. */
  modality: readonly ModalityMarker[];
  /**
   * Each word of a modality phrase → the phrases holding it, in table order, with its offset: a token is
   * tried only against the phrases its lemmas occur in, not every phrase.
   */
  modalityByWord: ReadonlyMap<string, readonly MarkerSlot[]>;
  /** PETRARCH's verb codes and their classes (features of the decision layer). */
  dictionary: DictionaryClasses;
  /** Heads of unnamed actors and the armed-group rule (data/events/unnamed-actors.tsv). */
  unnamed: UnnamedTables;
  /** Counted people as a cue's target ("killed 48 people"; data/events/counted-targets.tsv). */
  counted: CountedTargetTables;
  /** Control verbs and message nouns: where a cue's subject comes from across clauses (clause-links.ts). */
  clauses: ClauseTables;
  /** When a name the actor dictionaries list is an actor though NER found none (dictionary-actors.tsv). */
  dictionaryActors: DictionaryActorTables;
}

const list = (cell: string | undefined): string[] =>
  !cell || cell === '-'
    ? []
    : cell
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
const orUndefined = (cell: string | undefined): string | undefined =>
  !cell || cell === '-' ? undefined : cell;

export function parseCueRow(row: Record<string, string>): CueRow {
  const pattern = row['pattern'] ?? '';
  const elements = pattern
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w === '*' ? ('gap' as const) : w.toLowerCase().split('|')));
  const pos = row['pos'] === 'V' || row['pos'] === 'N' ? row['pos'] : '*';
  const needs = row['needs'] === 'target' || row['needs'] === 'anchor' ? row['needs'] : undefined;
  return {
    pattern,
    elements,
    pos,
    type: orUndefined(row['type']),
    mode: orUndefined(row['mode']),
    cameo: row['cameo'] ?? '',
    sourceSlots: list(row['source']),
    targetSlots: list(row['target']),
    reciprocal: row['recip'] === 'y',
    needs,
  };
}

function indexModality(markers: readonly ModalityMarker[]): Map<string, MarkerSlot[]> {
  const index = new Map<string, MarkerSlot[]>();
  markers.forEach((m, order) =>
    m.words.forEach((word, offset) => {
      const bucket = index.get(word) ?? [];
      bucket.push({ order, offset });
      index.set(word, bucket);
    }),
  );
  return index;
}

function indexCues(rows: CueRow[]): Map<string, CueRow[]> {
  const index = new Map<string, CueRow[]>();
  for (const row of rows) {
    const first = row.elements[0];
    if (!first || first === 'gap') continue;
    for (const word of first) {
      const key = word.split('-')[0] ?? word;
      const bucket = index.get(key) ?? [];
      bucket.push(row);
      index.set(key, bucket);
    }
  }
  return index;
}

export function loadEventTables(): EventTables {
  const cues = readTsv(dataFile('events', 'cues.tsv')).map(parseCueRow);
  const irregular = new Map(
    readTsv(dataFile('events', 'irregular.tsv')).map((r) => [r['form'] ?? '', r['lemma'] ?? '']),
  );
  const supportVerbs = new Set(readTsv(dataFile('events', 'support-verbs.tsv')).map((r) => r['lemma'] ?? ''));
  const lemmas = (file: string): Set<string> =>
    new Set(readTsv(dataFile('events', file)).map((r) => (r['lemma'] ?? '').toLowerCase()));
  const notEventVerbs = lemmas('not-event-verbs.tsv');
  const personRoles = lemmas('person-roles.tsv');
  const institutions = lemmas('institutions.tsv');
  const modality: ModalityMarker[] = readTsv(dataFile('events', 'modality.tsv')).map((r) => ({
    words: (r['phrase'] ?? '').toLowerCase().split(/\s+/),
    effect: r['effect'] === 'negated' ? ('negated' as const) : ('hypothetical' as const),
    scope: SCOPES.find((scope) => scope === r['scope']) ?? 'clause',
  }));
  const venues = new Set(
    readTsv(dataFile('events', 'venues.tsv')).map((r) => (r['name'] ?? '').toLowerCase()),
  );
  return {
    cuesByFirstWord: indexCues(cues),
    irregular,
    supportVerbs,
    notEventVerbs,
    reportingVerbs: lemmas('reporting-verbs.tsv'),
    personRoles,
    institutions,
    venues,
    modality,
    modalityByWord: indexModality(modality),
    dictionary: loadDictionaryClasses(),
    unnamed: loadUnnamedTables(),
    counted: loadCountedTargetTables(),
    clauses: loadClauseTables(),
    dictionaryActors: loadDictionaryActorTables(),
  };
}

/** The tables, loaded once per process. */
export function eventTables(ctx: Context): EventTables {
  return ctx.cache.get('events:tables', loadEventTables);
}
