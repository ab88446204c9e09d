/**
 * Dictionary actors: names the actor dictionaries list (the shipped Phoenix set, a user's
 * `--event-dictionaries`) where the entity stage found no actor ("Arnor signed an accord with Gondor" with
 * Arnor and Gondor in the user's actors file) become event actors carrying the dictionary identity, so the
 * event has its source and target and their codes. Only name-like spans count (the guards are described in
 * data/events/dictionary-actors.tsv): the dictionaries list cities as country synonyms and some ordinary
 * words. A span that overlaps an actor mention is left to it; one that is exactly a mention of another
 * kind ("Gondor" tagged MISC) keeps that mention's entity, which the events stage then types and links.
 */
import type { Mention, Token } from '../doc/types.js';
import type { KnowledgeBase } from '../kb/load.js';
import { normaliseName, type KbEntry } from '../kb/rows.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { codesAt } from './dictionaries/actors.js';
import type { Actor } from './view.js';

export interface DictionaryActorTables {
  particles: ReadonlySet<string>;
  /** Whether a lower-case word is common enough that a capital at a sentence's start says nothing. */
  isCommon: (word: string) => boolean;
  titleShare: number;
  mustNot: readonly string[];
}

export function loadDictionaryActorTables(): DictionaryActorTables {
  const rows = readTsv(dataFile('events', 'dictionary-actors.tsv'));
  const value = (kind: string): string[] =>
    rows.filter((r) => r['kind'] === kind).map((r) => (r['value'] ?? '').trim());
  const minCount = Number(value('common-count')[0] ?? 50);
  // 27,000 rows (≈ 45 ms): read when a lone listed word first opens a sentence, not at every start-up
  let common: ReadonlySet<string> | undefined;
  const readCommon = (): ReadonlySet<string> =>
    new Set(
      readTsv(dataFile('corpus', 'background-frequency.tsv'))
        .filter((r) => Number(r['count']) >= minCount)
        .map((r) => r['word'] ?? ''),
    );
  return {
    particles: new Set(value('particle')),
    isCommon: (word) => (common ??= readCommon()).has(word),
    titleShare: Number(value('title-share')[0] ?? 0.7),
    mustNot: value('must-not'),
  };
}

/** What one document's dictionary-actor search needs. */
export interface DictionaryActorScope {
  tables: DictionaryActorTables;
  kb: KnowledgeBase;
  published: string | undefined;
  text: string;
  /** Actor-dictionary words (agents: "prime minister", "leader") that may follow a name. */
  agentWords: ReadonlySet<string>;
  /** Heads of unnamed actors ("soldiers"): a country's adjective before one is left to that phrase. */
  unnamedHeads: ReadonlySet<string>;
  /** The document's entities by normalised name and alias: a name NER found elsewhere keeps its entity. */
  entityByName: ReadonlyMap<string, string>;
  /** Event ids given so far, by dictionary entry id: one entry is one actor across the document. */
  ids: Map<string, string>;
}

/** The id prefix of a dictionary actor until the events stage makes it an entity (unnamed-entities.ts). */
export const DICTIONARY_PREFIX = '~dict';
/** The rule of a dictionary actor's mention. */
export const DICTIONARY_RULE = 'events:dictionary';
/** Longest name tried, in tokens ("Islamic Republic of Afghanistan" is four). */
const MAX_WORDS = 6;
const OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(', '[', '-', '—', '–', ':']);
const capitalised = (t: Token | undefined): boolean => t !== undefined && startsUpper(t.text);

// Every token of every sentence is tested: ASCII is read by its code, other scripts by Unicode's classes
// (a `\p{…}` regular expression per token was a tenth of the events stage).
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c >= 128 && /^\p{Lu}/u.test(text);
}

function startsLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 128 && /^\p{L}/u.test(text);
}

/** Dictionary actors of one sentence, given the actor mentions already located and every mention. */
export function findDictionaryActors(
  scope: DictionaryActorScope,
  tokens: readonly Token[],
  named: readonly Actor[],
  mentions: readonly Mention[],
  sentence: number,
): Actor[] {
  const byActor = new Array<boolean>(tokens.length).fill(false);
  for (const a of named) for (let k = a.tokStart; k < a.tokEnd; k++) byActor[k] = true;
  // the guards' sentence facts, read only where a listed name is found (most sentences have none); an
  // object, not closures: under tsx every nested named function pays a `__name` call when it is created
  const lazy: SentenceFacts = { tokens, mentions, titleShare: scope.tables.titleShare };
  const found: Actor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (byActor[i] || !capitalised(tokens[i])) continue;
    const hit = longestName(scope, tokens, byActor, i, lazy);
    if (!hit) continue;
    found.push(dictionaryActor(scope, tokens, i, hit.end, hit.entry, mentions, sentence));
    i = hit.end - 1;
  }
  return found;
}

/** Which tokens a mention covers, and whether the sentence is a title-case line: computed on first use. */
interface SentenceFacts {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  titleShare: number;
  covered?: readonly boolean[];
  title?: boolean;
}

const coveredOf = (f: SentenceFacts): readonly boolean[] =>
  (f.covered ??= coveredTokens(f.tokens, f.mentions));
const titleOf = (f: SentenceFacts): boolean => (f.title ??= isTitleCase(f.tokens, f.titleShare));

function longestName(
  scope: DictionaryActorScope,
  tokens: readonly Token[],
  byActor: readonly boolean[],
  i: number,
  facts: SentenceFacts,
): { end: number; entry: KbEntry } | undefined {
  const max = Math.min(MAX_WORDS, tokens.length - i);
  for (let n = max; n > 0; n--) {
    const end = i + n;
    if (byActor[end - 1] || !capitalised(tokens[end - 1])) continue;
    const entries = entriesNamed(scope.kb, scope.text.slice(tokens[i]!.start, tokens[end - 1]!.end));
    if (!entries || !nameLike(scope, tokens, byActor, i, end, facts)) continue;
    const entry = oneEntry(entries, scope.published);
    // "Syrian soldiers": the unnamed finder takes the country's adjective into the group's phrase
    if (entry?.type === 'GPE' && scope.unnamedHeads.has(tokens[end]?.text.toLowerCase() ?? ''))
      return undefined;
    if (entry) return { end, entry };
  }
  return undefined;
}

/** Most spans kept per knowledge base before the memo is cleared (bounds memory in a long-running process). */
const MEMO_LIMIT = 50_000;
const entriesBySpan = new WeakMap<KnowledgeBase, Map<string, readonly KbEntry[] | null>>();

/**
 * The entries a span of text names, memoised by the span's text per knowledge base: the same capitalised
 * words ("The", "But", "Mr Smith") recur in every article, and each lookup otherwise normalises the span
 * and binary-searches 80,000 names.
 */
function entriesNamed(kb: KnowledgeBase, span: string): readonly KbEntry[] | undefined {
  let memo = entriesBySpan.get(kb);
  if (!memo) entriesBySpan.set(kb, (memo = new Map()));
  const known = memo.get(span);
  if (known !== undefined) return known ?? undefined;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const entries = kb.byName.get(normaliseName(span));
  memo.set(span, entries ?? null);
  return entries;
}

/** The guards of data/events/dictionary-actors.tsv. */
function nameLike(
  scope: DictionaryActorScope,
  tokens: readonly Token[],
  byActor: readonly boolean[],
  start: number,
  end: number,
  facts: SentenceFacts,
): boolean {
  const { particles, isCommon } = scope.tables;
  for (let k = start; k < end; k++) {
    if (byActor[k]) return false;
    const t = tokens[k]!;
    if (!capitalised(t) && !particles.has(t.text.toLowerCase()) && /\p{L}/u.test(t.text)) return false;
  }
  if (end - start === 1) {
    const first = start === 0 || OPENERS.has(tokens[start - 1]!.text);
    if (titleOf(facts) || (first && isCommon(tokens[start]!.text.toLowerCase()))) return false;
  }
  // "Chad Johnson", "New Jersey Devils": a capitalised word on either side that nothing covers goes on the name
  const before = tokens[start - 1];
  const runsOnBefore =
    start > 1 && capitalised(before) && !coveredOf(facts)[start - 1] && !OPENERS.has(tokens[start - 2]!.text);
  const after = tokens[end];
  // "Spanish-language", "Iranian-American": a hyphen joins the name into a modifier
  if (after && /^[-‐‑]/.test(after.text) && after.start === tokens[end - 1]!.end) return false;
  const runsOnAfter =
    capitalised(after) && !coveredOf(facts)[end] && !scope.agentWords.has(after!.text.toLowerCase());
  return !runsOnBefore && !runsOnAfter;
}

/** The entry a name stands for: the first with codes at the date, when every such entry has the same code. */
function oneEntry(entries: readonly KbEntry[], date: string | undefined): KbEntry | undefined {
  let chosen: KbEntry | undefined;
  let code: string | undefined;
  for (const e of entries) {
    const c = codesAt(e.codes, date)[0];
    if (!c) continue;
    if (code !== undefined && c !== code) return undefined;
    chosen ??= e;
    code = c;
  }
  return chosen;
}

function coveredTokens(tokens: readonly Token[], mentions: readonly Mention[]): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentions)
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.start < m.end && m.start < t.end) covered[k] = true;
    }
  return covered;
}

/** A headline in title case: most words capitalised, so a capital says nothing. */
function isTitleCase(tokens: readonly Token[], share: number): boolean {
  const words = tokens.filter((t) => startsLetter(t.text));
  if (words.length < 3) return false;
  return words.filter(capitalised).length / words.length >= share;
}

function dictionaryActor(
  scope: DictionaryActorScope,
  tokens: readonly Token[],
  start: number,
  end: number,
  entry: KbEntry,
  mentions: readonly Mention[],
  sentence: number,
): Actor {
  const from = tokens[start]!.start;
  const to = tokens[end - 1]!.end;
  const text = scope.text.slice(from, to);
  // "Gondor" tagged MISC here or found elsewhere: the name keeps its entity (typed and linked when used)
  const same = mentions.find((m) => m.start === from && m.end === to);
  let id = scope.ids.get(entry.id) ?? same?.entity ?? scope.entityByName.get(normaliseName(text));
  id ??= `${DICTIONARY_PREFIX}${scope.ids.size + 1}`;
  scope.ids.set(entry.id, id);
  const roles = codesAt(entry.codes, scope.published);
  // a user's file of invented states lists "ARNOR [ARN]" among organisations: a bare 3-letter code is a state
  const label = entry.type === 'ORG' && roles.every((r) => /^[A-Z]{3}$/.test(r)) ? 'GPE' : entry.type;
  const mention: Mention = { start: from, end: to, text, label, entity: id, sentence, rule: DICTIONARY_RULE };
  return {
    mention,
    entity: id,
    tokStart: start,
    tokEnd: end,
    lower: text.toLowerCase(),
    dictionary: { entry, roles },
  };
}
