/**
 * A shallow PETRARCH-style coder: finds dictionary actors and agents in a sentence, the first verb of the
 * verb dictionary with a code, the most specific of its block's patterns whose words occur on the right
 * sides of the verb, and codes source (the nearest actor before the verb) → target (the first actor after).
 * PETRARCH itself works on a constituency parse; this works on the word sequence, so it misses what only
 * the parse shows (passives, clause boundaries). Used by the PETRARCH validation bench (bench/petrarch.ts).
 */
import { codesAt } from './actors.js';
import type { DictionarySet } from './index.js';
import { bestKeyedPattern, keyedPatterns } from '../pattern-keys.js';
import type { VerbDictionary, VerbPattern } from './verbs.js';

export interface ShallowCoding {
  code: string;
  verb: string;
  source?: string;
  target?: string;
}

interface ActorHit {
  start: number;
  end: number;
  code: string;
}

export interface ShallowCoder {
  code(sentence: string, date: string | undefined): ShallowCoding | undefined;
}

/** Lower-case words; a possessive `'s` is dropped ("Dagolath's" → "dagolath"). */
export function words(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9.'-]+|\.(?=\s|$)/)
    .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter(Boolean);
}

export function shallowCoder(set: DictionarySet): ShallowCoder {
  const actors = phraseIndex(
    set.actors.flatMap(({ entry }) => entry.names.map((n) => [n, entry.codes] as const)),
  );
  const agents = phraseIndex(set.agents.flatMap((a) => a.forms.map((f) => [f, a] as const)));
  const verbs = verbIndex(set.verbs);
  return {
    code(sentence, date) {
      const w = words(sentence);
      const hits: ActorHit[] = [];
      for (let i = 0; i < w.length;) {
        const actor = longest(actors, w, i);
        const agent = longest(agents, w, i);
        if (actor && (!agent || actor.length >= agent.length)) {
          const code = codesAt(actor.value, date)[0];
          if (code) hits.push({ start: i, end: i + actor.length, code });
          i += actor.length;
        } else if (agent) {
          attachAgent(hits, { start: i, end: i + agent.length }, agent.value.code, agent.value.prefix, w);
          i += agent.length;
        } else i++;
      }
      const inActor = (i: number): boolean => hits.some((h) => i >= h.start && i < h.end);
      for (let i = 0; i < w.length; i++) {
        if (inActor(i)) continue;
        for (const verb of verbs.get(w[i]!) ?? []) {
          if (!verb.form.every((x, k) => w[i + k] === x)) continue;
          const span = { start: i, end: i + verb.form.length, lo: 0, hi: w.length };
          const pattern = bestKeyedPattern(keyedPatterns(verb.patterns, set.verbs!), w, span, set.verbs!);
          const code = pattern?.code ?? verb.code;
          // Only CAMEO codes make events ('---' is none; '+++' and the like are PETRARCH's internal markers).
          if (!code || !/^\d{2,4}$/.test(code)) continue;
          const source = [...hits].reverse().find((h) => h.end <= i);
          const target = hits.find((h) => h.start >= i + verb.form.length);
          return {
            code,
            verb: verb.form.join(' '),
            ...(source ? { source: source.code } : {}),
            ...(target ? { target: target.code } : {}),
          };
        }
      }
      return undefined;
    },
  };
}

/** An agent next to an actor adds to its code ("Gondor police" → GONCOP); alone it is an actor by itself. */
function attachAgent(
  hits: ActorHit[],
  span: { start: number; end: number },
  agent: string,
  prefix: boolean,
  w: string[],
): void {
  const before = hits[hits.length - 1];
  const near =
    before && span.start - before.end <= 1 && !/^(and|or)$/.test(w[before.end] ?? '') ? before : undefined;
  if (near) {
    near.code = prefix ? agent + near.code : near.code + agent;
    near.end = span.end;
  } else hits.push({ ...span, code: agent });
}

interface Indexed<T> {
  length: number;
  value: T;
}

function phraseIndex<T>(
  entries: readonly (readonly [string[], T])[],
): Map<string, { words: string[]; value: T }[]> {
  const index = new Map<string, { words: string[]; value: T }[]>();
  for (const [phrase, value] of entries) {
    if (phrase.length === 0) continue;
    const bucket = index.get(phrase[0]!) ?? [];
    bucket.push({ words: phrase, value });
    index.set(phrase[0]!, bucket);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function longest<T>(
  index: Map<string, { words: string[]; value: T }[]>,
  w: string[],
  i: number,
): Indexed<T> | undefined {
  for (const cand of index.get(w[i]!) ?? []) {
    if (cand.words.every((x, k) => w[i + k] === x)) return { length: cand.words.length, value: cand.value };
  }
  return undefined;
}

export interface VerbForm {
  form: string[];
  code: string | undefined;
  patterns: VerbPattern[];
}

export function verbIndex(dict: VerbDictionary | undefined): Map<string, VerbForm[]> {
  const index = new Map<string, VerbForm[]>();
  for (const block of dict?.blocks ?? []) {
    for (const verb of block.verbs) {
      for (const form of verb.forms) {
        const bucket = index.get(form[0]!) ?? [];
        // Read through the block: the shipped dictionary parses a block's patterns on first use.
        bucket.push({
          form,
          code: verb.code ?? block.code,
          get patterns() {
            return block.patterns;
          },
        });
        index.set(form[0]!, bucket);
      }
    }
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.form.length - a.form.length);
  return index;
}
