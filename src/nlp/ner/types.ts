import type { EntityLabel, Sentence, TextSpan, Token } from '../../doc/types.js';
import type { Gazetteer } from '../../geo/types.js';
import type { Gender, Lexicon } from '../lexicon/index.js';
import type { NerModel, NerType } from './model/index.js';

/** The trained tagger's CoNLL-2003 types. */
export type ModelType = NerType;

/** The part of the geo stage's gazetteer the recognizer uses (so tests can fake just this). */
export type PlaceLookup = Pick<Gazetteer, 'has' | 'lookup'>;

/** A title that stood before a name ("Russian President", "Ukraine's President", "predecessor"). */
export interface TitleInfo extends TextSpan {
  role?: string;
  /** ISO 3166-1 alpha-2 from a demonym or country before the title. */
  country?: string;
  gender?: Gender;
}

/**
 * A name the recognizer proposes. Token indices are into the `tokens` it was given, end exclusive.
 * `label` is unset until a typer gives it one; `rule` says which finder found it and which cue typed it.
 */
export interface NameCandidate extends TextSpan {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  label?: EntityLabel;
  /** `ner:<finder>` from the finder, then `ner:<finder>/<typer>` once typed. */
  rule: string;
  /** Set when the name is sure to be one (lexicon, designation): it then wins overlaps of equal length. */
  strong?: boolean;
  title?: TitleInfo;
  /** Set on names the trained tagger found: its CoNLL type, before mapping to an engine label. */
  modelType?: ModelType;
}

/** What every finder and refiner reads: the article's tokens and the shared tables. */
export interface RecognizerInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  lexicon: Lexicon;
  gazetteer: PlaceLookup | undefined;
  /** Indices of sentences written in title case (headlines): their capitals are no evidence. */
  titleCase: ReadonlySet<number>;
  /** Indices of the headline's sentences (also in `titleCase`): every name there needs evidence. */
  headline?: ReadonlySet<number>;
  /** Token texts seen capitalised somewhere other than at a sentence start (evidence they are names). */
  capitalisedInside: ReadonlySet<string>;
  /** The trained tagger, loaded once per process. */
  model: NerModel;
  /** The knowledge base knows this name (two words or more) as a person and as nothing else. */
  knownPerson: (name: string) => boolean;
  /** wink's English lexicon lists the word as written ("fail", "climate"; not "grozny"). */
  englishWord: (word: string) => boolean;
}

export type Finder = (input: RecognizerInput) => NameCandidate[];
export type Refiner = (candidates: NameCandidate[], input: RecognizerInput) => NameCandidate[];
