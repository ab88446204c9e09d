import type { Context } from '../../context.js';
import type { EntityLabel } from '../../doc/types.js';
import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';
import { loadFirstNames, type Gender } from './first-names.js';

export type { Gender } from './first-names.js';

export interface TitleEntry {
  role?: string;
  gender?: Gender;
  kind: 'honorific' | 'office' | 'descriptor';
}

export interface KnownName {
  label: EntityLabel;
  country?: string;
}

export interface PronounEntry {
  gender: Gender;
  case: 'subject' | 'object' | 'possessive' | 'reflexive';
}

/** A head noun of a one-person description ("the New York businessman"); see data/nlp/role-heads.tsv. */
export interface RoleHead {
  gender?: Gender;
  /** `office`: only with evidence the person holds it; `descriptor`: also the one fitting person just named. */
  fit: 'office' | 'descriptor';
  /** Title roles that count as evidence for it. */
  roles: readonly string[];
}

/** Cue phrases keyed by their words joined with one space; `words` is the longest cue's length. */
export interface CueTable {
  labels: Map<string, EntityLabel>;
  words: number;
  /** Cues marked `sure`: they beat the trained tagger's type (see name-cues.tsv). */
  sure: Set<string>;
}

/** Every table the nlp stage reads, loaded once per process (see `data/nlp/*.tsv` for what each holds). */
export interface Lexicon {
  /** Country names as written ("United States", "US") → ISO code. Case-sensitive: "US" is not "us". */
  countries: Map<string, string>;
  /** Short and informal names of countries ("Britain", "UK", "America") beyond the ISO list: the country. */
  countryForms: Map<string, string>;
  /** Demonyms ("Russian") → ISO code, or '' for groups ("European"). */
  demonyms: Map<string, string>;
  knownNames: Map<string, KnownName>;
  cues: { last: CueTable; before: CueTable; after: CueTable; apposition: CueTable };
  titles: Map<string, TitleEntry>;
  titleWords: number;
  /** Role noun → roles it fits. */
  roles: Map<string, string[]>;
  /** Head nouns of one-person descriptions, keyed by their words joined with one space. */
  roleHeads: Map<string, RoleHead>;
  /** Modifiers that make a description no one named yet ("the next president"). */
  hypotheticalModifiers: Set<string>;
  pronouns: Map<string, PronounEntry>;
  /** Warning and threat verbs: the subject of an "if he …" after them is the one warned. */
  threatCues: Set<string>;
  stopwords: Set<string>;
  /** Day names of stopwords.tsv ("Tuesday"): never the last word of a name ("Fox News Tuesday night"). */
  weekdays: Set<string>;
  /** Month names of stopwords.tsv ("May", "June"): also surnames after a first name ("Theresa May"). */
  months: Set<string>;
  /** Last words that end an organisation's name and never a person's → the model types they retype (org-heads.tsv). */
  orgHeads: Map<string, Set<string>>;
  firstNames: Map<string, Gender | undefined>;
  weaponNouns: Set<string>;
  weaponPrefixes: Set<string>;
  /** Words after a one-capital, three-digit code that make it an aircraft type (vehicle-cues.tsv). */
  vehicleCues: Set<string>;
  aliasPatterns: { between: RegExp; rule: string }[];
  /** Stretches of text that are never a name (never-names.tsv: party-state designations). */
  neverNames: RegExp[];
  /** Words that never begin or end a name (edge-words.tsv: headline verbs, caption labels). */
  edgeWords: Set<string>;
  /** A name's last word → the type it gives a name the tagger typed as one of `from` (last-word-types.tsv). */
  lastWordTypes: Map<string, { label: EntityLabel; from: Set<EntityLabel> }>;
  /** Words that stand before an office title as part of it ("Shadow", "Acting"; title-modifiers.tsv). */
  titleModifiers: Set<string>;
  /** Titles after a portfolio's name ("Trade and Industry Secretary"; portfolio-titles.tsv). */
  portfolioTitles: Set<string>;
  /** Last words of names that go on with a number ("BBC Radio 4"; numbered-heads.tsv). */
  numberedHeads: Set<string>;
}

const LABELS = new Set<string>([
  'PERSON',
  'ORG',
  'GPE',
  'LOC',
  'FAC',
  'NORP',
  'PRODUCT',
  'WEAPON',
  'EVENT',
  'MISC',
]);

function label(value: string, table: string): EntityLabel {
  if (!LABELS.has(value)) throw new Error(`data/nlp/${table}: unknown label ${value}`);
  return value as EntityLabel;
}

function table(name: string): Record<string, string>[] {
  return readTsv(dataFile('nlp', name));
}

function gender(value: string | undefined): Gender | undefined {
  return value === 'male' || value === 'female' ? value : undefined;
}

function cueTable(rows: Record<string, string>[]): CueTable {
  const labels = new Map<string, EntityLabel>();
  const sure = new Set<string>();
  let words = 0;
  for (const row of rows) {
    labels.set(row.cue!, label(row.label!, 'name-cues.tsv'));
    if (row.sure === 'yes') sure.add(row.cue!);
    words = Math.max(words, row.cue!.split(' ').length);
  }
  return { labels, words, sure };
}

function buildLexicon(): Lexicon {
  const cues = table('name-cues.tsv');
  const cuesWhere = (where: string): CueTable => cueTable(cues.filter((r) => r.where === where));
  const titles = new Map<string, TitleEntry>();
  for (const r of table('titles.tsv')) {
    titles.set(r.title!, {
      ...(r.role ? { role: r.role } : {}),
      ...(gender(r.gender) ? { gender: gender(r.gender)! } : {}),
      kind: r.kind as TitleEntry['kind'],
    });
  }
  const weapon = table('weapon-cues.tsv');
  return {
    countries: new Map(table('countries.tsv').map((r) => [r.name!, r.country!])),
    countryForms: new Map(table('country-forms.tsv').map((r) => [r.name!, r.country!])),
    demonyms: new Map(table('demonyms.tsv').map((r) => [r.demonym!, r.country ?? ''])),
    knownNames: new Map(
      table('known-names.tsv').map((r) => [
        r.name!,
        { label: label(r.label!, 'known-names.tsv'), ...(r.country ? { country: r.country } : {}) },
      ]),
    ),
    cues: {
      last: cuesWhere('last'),
      before: cuesWhere('before'),
      after: cuesWhere('after'),
      apposition: cuesWhere('apposition'),
    },
    titles,
    titleWords: Math.max(...[...titles.keys()].map((t) => t.split(' ').length)),
    roles: new Map(table('roles.tsv').map((r) => [r.noun!, r.matches!.split('|')])),
    roleHeads: new Map(
      table('role-heads.tsv').map((r) => [
        r.head!,
        {
          ...(gender(r.gender) ? { gender: gender(r.gender)! } : {}),
          fit: r.fit === 'office' ? 'office' : 'descriptor',
          roles: r.roles!.split('|'),
        },
      ]),
    ),
    hypotheticalModifiers: new Set(table('role-head-modifiers.tsv').map((r) => r.word!)),
    pronouns: new Map(
      table('pronouns.tsv').map((r) => [
        r.pronoun!,
        { gender: gender(r.gender)!, case: r.case as PronounEntry['case'] },
      ]),
    ),
    threatCues: new Set(table('threat-cues.tsv').map((r) => r.form!)),
    stopwords: new Set(table('stopwords.tsv').map((r) => r.word!)),
    weekdays: new Set(
      table('stopwords.tsv')
        .filter((r) => r.reason === 'day')
        .map((r) => r.word!),
    ),
    months: new Set(
      table('stopwords.tsv')
        .filter((r) => r.reason === 'month')
        .map((r) => r.word!),
    ),
    orgHeads: new Map(table('org-heads.tsv').map((r) => [r.head!, new Set(r.from!.split(' '))])),
    firstNames: loadFirstNames(
      table('first-names-extra.tsv').map((r) => ({ name: r.name!, gender: r.gender ?? '' })),
    ),
    weaponNouns: new Set(weapon.filter((r) => r.kind === 'noun').map((r) => r.cue!)),
    weaponPrefixes: new Set(weapon.filter((r) => r.kind === 'prefix').map((r) => r.cue!)),
    vehicleCues: new Set(table('vehicle-cues.tsv').map((r) => r.cue!)),
    edgeWords: new Set(table('edge-words.tsv').map((r) => r.word!)),
    lastWordTypes: new Map(
      table('last-word-types.tsv').map((r) => [
        r.word!,
        {
          label: label(r.label!, 'last-word-types.tsv'),
          from: new Set(r.from!.split(' ').map((f) => label(f, 'last-word-types.tsv'))),
        },
      ]),
    ),
    titleModifiers: new Set(table('title-modifiers.tsv').map((r) => r.word!)),
    portfolioTitles: new Set(table('portfolio-titles.tsv').map((r) => r.word!)),
    numberedHeads: new Set(table('numbered-heads.tsv').map((r) => r.word!)),
    neverNames: table('never-names.tsv').map((r) => new RegExp(r.pattern!, 'gu')),
    aliasPatterns: table('alias-patterns.tsv').map((r) => ({
      between: new RegExp(r.between!, 'i'),
      rule: r.rule!,
    })),
  };
}

/** The nlp stage's tables, read once per process. */
export function loadLexicon(ctx: Context): Lexicon {
  return ctx.cache.get('nlp.lexicon', buildLexicon);
}
