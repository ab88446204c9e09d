/**
 * Unnamed actors: noun phrases that name a group or office by what it is ("police", "Russian troops",
 * "rebels", "police in Lagos") become event actors, so an event told of them keeps its source or target.
 * The phrase must be an agent-dictionary form whose last word is a head of data/events/unnamed-actors.tsv;
 * its country comes from a national adjective before it or a place after in/of/from. Named actors keep
 * priority: a phrase right after a name ("Russian troops" with Russian tagged) is left to that name.
 */
import { tokenEndingAfter } from '../doc/query.js';
import type { Mention, Token } from '../doc/types.js';
import { codesAt } from './dictionaries/actors.js';
import type { KnowledgeBase } from '../kb/load.js';
import { normaliseName } from '../kb/rows.js';
import { isoCountries } from '../util/iso-countries.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import type { WordForm } from './lemma.js';
import type { Actor } from './view.js';

export interface UnnamedTables {
  /** Lower-case last words an unnamed actor phrase may end in. */
  heads: ReadonlySet<string>;
  /** Sentences in which no unnamed actor may be found (the must-not-match rows, read by the tests). */
  mustNot: readonly string[];
  /** `CODE TYPE`: a subject of this agent code makes a cue of this type literal without a target. */
  literal: ReadonlySet<string>;
  /** Agent codes with some `literal` row: groups that act, whose being the only (target) actor keeps an event. */
  actingCodes: ReadonlySet<string>;
}

export function loadUnnamedTables(): UnnamedTables {
  const rows = readTsv(dataFile('events', 'unnamed-actors.tsv'));
  const value = (kind: string): string[] =>
    rows.filter((r) => r['kind'] === kind).map((r) => (r['value'] ?? '').trim());
  const heads = new Set(value('head').flatMap((v) => v.toLowerCase().split('|')));
  return {
    heads,
    mustNot: value('must-not'),
    literal: new Set(value('literal')),
    actingCodes: new Set(value('literal').map((v) => v.split(' ')[0]!)),
  };
}

/** What the sentence views need to find unnamed actors in a document. */
export interface UnnamedScope {
  tables: UnnamedTables;
  kb: KnowledgeBase;
  published: string | undefined;
  text: string;
  /** ISO alpha-2 country of each entity the text places ("Lagos" → NG). */
  countryOfEntity: ReadonlyMap<string, string>;
  /** Entity ids given so far, by lower-cased phrase: the same phrase is one actor across the document. */
  ids: Map<string, string>;
}

/** The id prefix of an unnamed actor until the events stage makes it an entity (unnamed-entities.ts). */
export const UNNAMED_PREFIX = '~agent';
/** The rule of an unnamed actor's mention. */
export const UNNAMED_RULE = 'events:agent';
const JOINERS: ReadonlySet<string> = new Set(['in', 'of', 'from']);
const GENITIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'", '’s', '’']);
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * Unnamed actors of one sentence, and the named actors they take in as their place ("police in Lagos":
 * Lagos is part of the phrase, not a second actor).
 */
export function findUnnamed(
  scope: UnnamedScope,
  tokens: readonly Token[],
  lower: readonly string[],
  named: readonly Actor[],
  mentions: readonly Mention[],
  sentence: number,
  forms?: readonly WordForm[],
): { actors: Actor[]; absorbed: Set<Actor> } {
  // one set lookup per word form (kept on the form when the sentence's forms are given), not one per
  // phrase length tried
  const heads = scope.tables.heads;
  const isHead = new Array<boolean>(lower.length).fill(false);
  let anyHead = false;
  for (let k = 0; k < lower.length; k++) {
    const form = forms?.[k];
    const head = form ? (form.unnamedHead ??= heads.has(form.lower)) : heads.has(lower[k]!);
    isHead[k] = head;
    if (head) anyHead = true;
  }
  // every phrase ends in a head: a sentence without one has no unnamed actor (most have none)
  if (!anyHead) return { actors: [], absorbed: new Set() };
  const covered = coveredByMentions(tokens, mentions);
  const actors: Actor[] = [];
  const absorbed = new Set<Actor>();
  for (let i = 0; i < tokens.length; i++) {
    const len = agentAt(scope, tokens, lower, isHead, covered, i);
    if (len === 0) continue;
    const last = i + len - 1;
    // "Hezbollah guerrillas", "Russia's army": the name before keeps the phrase
    const code = scope.kb.agents.get(lower.slice(i, i + len).join(' '))!.code;
    const name = actorEndingAt(named, i - 1);
    if (name || GENITIVE_MARKS.has(tokens[i - 1]?.text ?? '')) {
      if (name) name.agentCode = code;
      i = last;
      continue;
    }
    let start = i;
    let end = last + 1;
    let country = adjectiveCountry(scope, tokens[i - 1], covered[i - 1]);
    if (country) start = i - 1;
    const place = JOINERS.has(lower[end] ?? '') ? actorStartingAt(named, end + 1) : undefined;
    const placeCountry = place && scope.countryOfEntity.get(place.mention.entity);
    if (place && placeCountry && place.mention.label === 'GPE') {
      absorbed.add(place);
      end = place.tokEnd;
      country ??= placeCountry;
    }
    const actor = unnamedActor(scope, tokens, start, end, i, len, lower, country, sentence);
    actor.agentCode = code;
    actors.push(actor);
    i = end - 1;
  }
  return { actors, absorbed };
}

/**
 * Whether each token overlaps a mention. Helpers at module level, not closures in findUnnamed: under tsx
 * every nested named function pays a `__name` call each time it is created.
 */
function coveredByMentions(tokens: readonly Token[], mentions: readonly Mention[]): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  // tokens are in text order and do not overlap: a mention's tokens run from the first ending after its start
  for (const m of mentions)
    for (let i = tokenEndingAfter(tokens, m.start); i < tokens.length && tokens[i]!.start < m.end; i++)
      covered[i] = true;
  return covered;
}

// the named actors around a phrase, looked up only when the sentence has one (most have none)
function actorEndingAt(named: readonly Actor[], i: number): Actor | undefined {
  return named.findLast((a) => a.tokEnd - 1 === i);
}

function actorStartingAt(named: readonly Actor[], i: number): Actor | undefined {
  return named.findLast((a) => a.tokStart === i);
}

/** Length of the longest agent phrase starting at i that ends in a listed head and heads its noun phrase. */
function agentAt(
  scope: UnnamedScope,
  tokens: readonly Token[],
  lower: readonly string[],
  isHead: readonly boolean[],
  covered: readonly boolean[],
  i: number,
): number {
  const max = Math.min(scope.kb.maxAgentWords, 3, tokens.length - i);
  for (let n = max; n > 0; n--) {
    // the cheap tests first: most words are no head, and the phrase is joined only for one that is
    if (!isHead[i + n - 1] || anyCovered(covered, i, i + n)) continue;
    if (!scope.kb.agents.has(lower.slice(i, i + n).join(' '))) continue;
    if (!NOUNS.has(tokens[i + n - 1]!.pos)) continue;
    // "the police station", "government spending": a noun after it is the head; this word modifies it
    const next = tokens[i + n];
    if (next && NOUNS.has(next.pos) && !covered[i + n]) continue;
    if (next && /^-/.test(next.text)) continue;
    return n;
  }
  return 0;
}

function anyCovered(covered: readonly boolean[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (covered[k]) return true;
  return false;
}

/** "Syrian soldiers" with "Syrian" untagged: a capitalised adjective the knowledge base names as a country. */
function adjectiveCountry(
  scope: UnnamedScope,
  token: Token | undefined,
  covered: boolean | undefined,
): string | undefined {
  if (!token || covered || !/^\p{Lu}/u.test(token.text)) return undefined;
  const entry = scope.kb.byName.get(normaliseName(token.text))?.find((e) => e.type === 'GPE');
  const code = entry ? codesAt(entry.codes, scope.published).find((c) => c.length === 3) : undefined;
  return code ? isoCountries().alpha3ToAlpha2(code) : undefined;
}

function unnamedActor(
  scope: UnnamedScope,
  tokens: readonly Token[],
  start: number,
  end: number,
  agentStart: number,
  agentLength: number,
  lower: readonly string[],
  country: string | undefined,
  sentence: number,
): Actor {
  const from = tokens[start]!.start;
  const to = tokens[end - 1]!.end;
  const text = scope.text.slice(from, to);
  const key = text.toLowerCase();
  let id = scope.ids.get(key);
  if (!id) {
    id = `${UNNAMED_PREFIX}${scope.ids.size + 1}`;
    scope.ids.set(key, id);
  }
  const mention: Mention = {
    start: from,
    end: to,
    text,
    label: 'ORG',
    entity: id,
    sentence,
    rule: UNNAMED_RULE,
  };
  const agent = lower.slice(agentStart, agentStart + agentLength).join(' ');
  return {
    mention,
    entity: id,
    tokStart: start,
    tokEnd: end,
    lower: key,
    unnamed: { agent, ...(country ? { country } : {}) },
  };
}
