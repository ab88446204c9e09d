/**
 * PETRARCH dictionaries, read: actors, agents, verbs, discards and issues in the formats of
 * petrarch2-dictionaries/dictionaries.rst. `loadDictionaryDir` reads a folder of such files (a user's own
 * set, or PETRARCH's validation set for the bench); the shipped, converted set is read by src/kb.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewsgraphError } from '../../errors.js';
import { parseActors, type ActorEntry } from './actors.js';
import { parseAgents, type AgentEntry } from './agents.js';
import { parseDiscards, type DiscardEntry } from './discards.js';
import { parseIssues, type IssueDictionary } from './issues.js';
import { parseVerbs, type VerbDictionary } from './verbs.js';

export { parseActors, codesAt, parseRestriction, type ActorEntry, type DatedCode } from './actors.js';
export { parseAgents, type AgentEntry } from './agents.js';
export { parseDiscards, discardIn, type DiscardEntry } from './discards.js';
export { parseIssues, type IssueDictionary } from './issues.js';
export { parseVerbs, type VerbDictionary, type VerbBlock, type VerbPattern } from './verbs.js';

export interface DictionarySet {
  /** Actor entries with the file each came from (its base name). */
  actors: { entry: ActorEntry; file: string }[];
  agents: AgentEntry[];
  verbs?: VerbDictionary;
  discards: DiscardEntry[];
  issues?: IssueDictionary;
}

/** Which reader a file needs, from its name (PETRARCH's own naming: `X.actors.txt`, `X.verbs.txt`, …). */
export function dictionaryKind(name: string): keyof DictionarySet | undefined {
  const n = name.toLowerCase();
  if (!n.endsWith('.txt')) return undefined;
  if (n.includes('actor')) return 'actors';
  if (n.includes('agent')) return 'agents';
  if (n.includes('verb') || n.startsWith('cameo')) return 'verbs';
  if (n.includes('discard')) return 'discards';
  if (n.includes('issue')) return 'issues';
  return undefined;
}

/** Reads every dictionary file in a folder (optionally only the names given, as a PETRARCH config lists). */
export function loadDictionaryDir(dir: string, only?: readonly string[]): DictionarySet {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    throw new NewsgraphError('INPUT_MISSING', dir, 'event dictionaries folder', { cause: e });
  }
  const set: DictionarySet = { actors: [], agents: [], discards: [] };
  for (const name of names) {
    if (only && !only.includes(name)) continue;
    const kind = dictionaryKind(name);
    if (!kind) continue;
    const text = readFileSync(join(dir, name), 'latin1');
    if (kind === 'actors') set.actors.push(...parseActors(text).map((entry) => ({ entry, file: name })));
    else if (kind === 'agents') set.agents.push(...parseAgents(text));
    else if (kind === 'discards') set.discards.push(...parseDiscards(text));
    else if (kind === 'issues') set.issues = parseIssues(text);
    else if (kind === 'verbs') set.verbs = parseVerbs(text);
  }
  return set;
}
