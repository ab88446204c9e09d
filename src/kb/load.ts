/**
 * The knowledge base in memory: the shipped Phoenix rows (data/kb/actors.tsv), newsgraph's additions
 * (data/kb/additions.tsv), and what the user gives — a folder of PETRARCH dictionaries
 * (`--event-dictionaries DIR`) and/or a TSV of rows (`--kb FILE`), on top of the shipped set or instead of it.
 */
import { readFileSync } from 'node:fs';
import { createContext, type Context } from '../context.js';
import { NewsgraphError } from '../errors.js';
import { loadDictionaryDir, parseActors, parseAgents } from '../events/dictionaries/index.js';
import type { AgentEntry } from '../events/dictionaries/agents.js';
import { dataFile } from '../util/paths.js';
import { parseTsv, readTsv } from '../util/tsv.js';
import { kbEntriesFrom } from './from-petrarch.js';
import { loadCachedNameIndex } from './kb-cache.js';
import type { NameIndex } from './packed.js';
import { entryFromRow, type KbEntry } from './rows.js';
import { trustedRows } from './shipped.js';

export interface DictionaryOptions {
  /** A folder of PETRARCH-format dictionaries (actors, agents, …). */
  dir?: string;
  /** Only these files of `dir` (as a PETRARCH config's `<Environment>` names them); default every one. */
  files?: readonly string[];
  /** A TSV file of KB rows (format: src/kb/rows.ts, README "Knowledge base"). */
  kbRows?: string;
  /** The same, given as text (an HTTP request cannot name files on the server). */
  inline?: { actors?: string; agents?: string; kbRows?: string };
  /** `replace`: use only the user's dictionaries; `add` (default): on top of the shipped ones. */
  mode?: 'add' | 'replace';
}

export interface KnowledgeBase {
  /** Normalised name → entries that carry it. */
  byName: NameIndex;
  /** Agent forms (lower-case words joined by a blank) → agent. */
  agents: ReadonlyMap<string, AgentEntry>;
  /** Longest agent form in words. */
  maxAgentWords: number;
}

const OPTIONS_KEY = 'kb:options';

/** Sets the dictionaries a context uses; call before the first analysis with that context. */
export function useEventDictionaries(ctx: Context, options: DictionaryOptions): void {
  ctx.cache.set(OPTIONS_KEY, options);
  ctx.cache.delete('kb:base');
  ctx.cache.delete('events:verb-patterns');
}

/** The dictionaries a context uses (none given: the shipped set). */
export function dictionaryOptions(ctx: Context): DictionaryOptions {
  return ctx.cache.get<DictionaryOptions>(OPTIONS_KEY, () => ({}));
}

export function knowledgeBase(ctx: Context): KnowledgeBase {
  const options = dictionaryOptions(ctx);
  return ctx.cache.get('kb:base', () => buildKnowledgeBase(options));
}

export function readKbRows(path: string, trusted = false): KbEntry[] {
  return trusted ? trustedRows(readFileSync(path, 'utf8')) : rowsFrom(readTsv(path), path);
}

function rowsFrom(rows: Record<string, string>[], where: string): KbEntry[] {
  return rows.map((row, i) => {
    try {
      return entryFromRow(row);
    } catch (e) {
      throw new NewsgraphError('INPUT_BAD_FORMAT', where, `row ${i + 1}: ${(e as Error).message}`);
    }
  });
}

function shippedAgents(): AgentEntry[] {
  return readTsv(dataFile('events', 'agents.tsv')).map((r) => ({
    forms: (r['forms'] ?? '').split('|').map((f) => f.split(' ')),
    code: r['code'] ?? '',
    prefix: r['prefix'] === 'y',
  }));
}

/** The shipped identities: Phoenix's table, then newsgraph's additions (which replace rows with their id). */
const shippedLayers = (): KbEntry[][] => [
  readKbRows(dataFile('kb', 'actors.tsv'), true),
  readKbRows(dataFile('kb', 'additions.tsv')),
];

/** The name index of the shipped identities, built in memory (what the cached file holds). */
export const shippedNameIndex = (): Map<string, KbEntry[]> => indexNames(shippedLayers());

export function buildKnowledgeBase(options: DictionaryOptions): KnowledgeBase {
  const inline = options.inline ?? {};
  const given = [options.dir, options.kbRows, inline.actors, inline.agents, inline.kbRows];
  const replace = options.mode === 'replace' && given.some((g) => g !== undefined);
  // The shipped tables alone (every `analyze` without the user's dictionaries): the cached packed index.
  if (given.every((g) => g === undefined))
    return { byName: loadCachedNameIndex(shippedNameIndex), ...indexAgents(shippedAgents()) };
  const layers: KbEntry[][] = replace ? [] : shippedLayers();
  const agents: AgentEntry[] = replace ? [] : shippedAgents();
  if (options.dir) {
    const set = loadDictionaryDir(options.dir, options.files);
    layers.push(kbEntriesFrom(set.actors));
    agents.push(...set.agents);
  }
  if (options.kbRows) layers.push(readKbRows(options.kbRows));
  if (inline.actors)
    layers.push(kbEntriesFrom(parseActors(inline.actors).map((entry) => ({ entry, file: 'request' }))));
  if (inline.agents) agents.push(...parseAgents(inline.agents));
  if (inline.kbRows) layers.push(rowsFrom(parseTsv(inline.kbRows), 'kbRows'));
  return indexKnowledge(layers, agents);
}

/**
 * The contexts of the dictionary sets used last, oldest first. Each loads its own models, so a server sent
 * many different sets keeps only the last few rather than every one.
 */
const contexts = new Map<string, Context>();
export const MAX_DICTIONARY_CONTEXTS = 4;

/**
 * A context that uses these dictionaries, one per distinct set (a set is read and indexed once, however
 * many articles use it, while it stays among the last `MAX_DICTIONARY_CONTEXTS` used).
 */
export function contextWithDictionaries(options: DictionaryOptions): Context {
  const key = JSON.stringify(options);
  let ctx = contexts.get(key);
  if (ctx) contexts.delete(key);
  else {
    ctx = createContext();
    useEventDictionaries(ctx, options);
  }
  contexts.set(key, ctx);
  for (const oldest of contexts.keys()) {
    if (contexts.size <= MAX_DICTIONARY_CONTEXTS) break;
    contexts.delete(oldest);
  }
  return ctx;
}

/** Later layers win: an entry whose id a later layer has again is replaced by it. */
export function indexKnowledge(
  layers: readonly KbEntry[][],
  agentList: readonly AgentEntry[],
): KnowledgeBase {
  return { byName: indexNames(layers), ...indexAgents(agentList) };
}

/** Normalised name → entries, in the order of their ids' first appearance (a replaced entry keeps its place). */
export function indexNames(layers: readonly KbEntry[][]): Map<string, KbEntry[]> {
  const byId = new Map<string, KbEntry>();
  for (const layer of layers) for (const e of layer) byId.set(e.id, e);
  const byName = new Map<string, KbEntry[]>();
  for (const e of byId.values()) {
    for (const name of e.names) {
      const bucket = byName.get(name) ?? [];
      bucket.push(e);
      byName.set(name, bucket);
    }
  }
  return byName;
}

function indexAgents(agentList: readonly AgentEntry[]): Omit<KnowledgeBase, 'byName'> {
  const agents = new Map<string, AgentEntry>();
  let maxAgentWords = 0;
  for (const a of agentList) {
    for (const f of a.forms) {
      agents.set(f.join(' '), a);
      maxAgentWords = Math.max(maxAgentWords, f.length);
    }
  }
  return { agents, maxAgentWords };
}
