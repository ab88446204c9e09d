/**
 * Builds Docs by hand for the quotes tests, the way the nlp stage will: sentences and POS-tagged tokens
 * from wink-nlp, mentions from a compact list of surface forms pointing at entity keys.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createContext } from '../../src/context.js';
import { newDoc } from '../../src/doc/create.js';
import type { Doc, EntityLabel, Mention, Token } from '../../src/doc/types.js';

const nlp = winkNLP(model);
const its = nlp.its;

/** Entity key → [type, canonical name]. */
export type EntitySpec = Record<string, [EntityLabel, string]>;

/** [surface, entity key, options]: every whole-word occurrence, or only the `nth` ones (0-based). */
export type MentionSpec = [string, string, { nth?: number[]; rule?: string; label?: EntityLabel }?];

export interface DocSpec {
  entities?: EntitySpec;
  mentions?: MentionSpec[];
  /** false: no tokens, as from an nlp stage that gave sentences only. */
  tokens?: boolean;
}

export const ctx = createContext();

function tokenize(text: string): { tokens: Token[]; sentences: { start: number; end: number }[] } {
  const d = nlp.readDoc(text);
  const values = d.tokens().out(its.value) as string[];
  const spaces = d.tokens().out(its.precedingSpaces) as string[];
  const pos = d.tokens().out(its.pos) as string[];
  const offsets: { start: number; end: number }[] = [];
  let at = 0;
  values.forEach((v, i) => {
    at += spaces[i]!.length;
    offsets.push({ start: at, end: at + v.length });
    at += v.length;
  });
  const tokens: Token[] = [];
  const sentences: { start: number; end: number }[] = [];
  (d.sentences().out(its.span) as unknown as [number, number][]).forEach(([first, last], s) => {
    sentences.push({ start: offsets[first]!.start, end: offsets[last]!.end });
    for (let i = first; i <= last; i++) {
      if (text.slice(offsets[i]!.start, offsets[i]!.end) !== values[i])
        throw new Error(`token offsets drifted at ${i}`);
      tokens.push({ ...offsets[i]!, text: values[i]!, pos: pos[i]!, sentence: s });
    }
  });
  return { tokens, sentences };
}

function occurrences(text: string, surface: string): number[] {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return [...text.matchAll(re)].map((m) => m.index);
}

/** A Doc as the nlp stage would leave it, from text and a compact mention list. */
export function makeDoc(text: string, spec: DocSpec = {}): Doc {
  const doc = newDoc({ id: 'test', source: { kind: 'text' }, meta: {}, raw: text });
  const { tokens, sentences } = tokenize(text);
  doc.sentences = sentences.map((s, index) => ({ ...s, index, text: text.slice(s.start, s.end) }));
  doc.tokens = spec.tokens === false ? [] : tokens;
  const keys = Object.keys(spec.entities ?? {});
  const idOf = (key: string): string => `e${keys.indexOf(key) + 1}`;
  doc.entities = keys.map((key) => {
    const [type, name] = spec.entities![key]!;
    return { id: idOf(key), name, type, aliases: [] };
  });
  const mentions: Mention[] = [];
  for (const [surface, key, opts] of spec.mentions ?? []) {
    const type = spec.entities?.[key]?.[0];
    if (!type) throw new Error(`no entity ${key}`);
    occurrences(text, surface).forEach((start, n) => {
      if (opts?.nth && !opts.nth.includes(n)) return;
      const end = start + surface.length;
      if (mentions.some((m) => m.start < end && start < m.end)) return;
      const sentence = doc.sentences.findIndex((s) => start >= s.start && start < s.end);
      mentions.push({
        start,
        end,
        text: surface,
        label: opts?.label ?? type,
        entity: idOf(key),
        sentence,
        rule: opts?.rule ?? 'ner:test',
      });
    });
  }
  doc.mentions = mentions.sort((a, b) => a.start - b.start);
  return doc;
}
