import { createContext, type Context } from '../../src/context.js';
import { newDoc } from '../../src/doc/create.js';
import type { Doc, Entity, Token } from '../../src/doc/types.js';
import type { GazetteerEntry } from '../../src/geo/types.js';
import type { PlaceLookup } from '../../src/nlp/ner/types.js';
import { annotateLanguage } from '../../src/nlp/index.js';
import type { GroupFacts, WorkMention } from '../../src/nlp/aliases/types.js';
import { UnionFind } from '../../src/nlp/aliases/union-find.js';
import type { EntityLabel } from '../../src/doc/types.js';

/** A gazetteer that knows only the given places (name → GeoNames feature class). */
export function fakeGazetteer(places: Record<string, string>): PlaceLookup {
  const entries = new Map<string, GazetteerEntry>(
    Object.entries(places).map(([name, featureClass]) => [
      name.toLowerCase(),
      { name, featureClass, lat: 0, lon: 0, population: 0, source: 'test' },
    ]),
  );
  return {
    has: (name) => entries.has(name.toLowerCase()),
    lookup: (name) => {
      const e = entries.get(name.toLowerCase());
      return e ? [e] : [];
    },
  };
}

/** A context whose gazetteer is the fake one (the real one takes seconds to build). */
export function testContext(places: Record<string, string> = {}): Context {
  const ctx = createContext();
  ctx.cache.get('geo.gazetteer', () => fakeGazetteer(places));
  return ctx;
}

const shared = testContext({ Paris: 'P.PPLC', Lyon: 'P.PPL', Kharkiv: 'P.PPL', Kyiv: 'P.PPLC' });

export function analyse(text: string, ctx: Context = shared): Doc {
  return annotateLanguage(newDoc({ id: 't', source: { kind: 'text' }, meta: {}, raw: text }), ctx);
}

/** `text/LABEL` for every name mention (not roles or pronouns), in order. */
export function names(doc: Doc): string[] {
  return doc.mentions.filter((m) => m.rule.startsWith('ner:')).map((m) => `${m.text}/${m.label}`);
}

export function entityOf(doc: Doc, mentionText: string): Entity | undefined {
  const m = doc.mentions.find((x) => x.text === mentionText);
  return m && doc.entities.find((e) => e.id === m.entity);
}

/** Name mentions in text order, each its own group, as `linkNames` leaves names it could not join by text. */
export function workMentions(rows: [string, EntityLabel, GroupFacts?][]): {
  list: WorkMention[];
  sets: UnionFind;
} {
  const sets = new UnionFind();
  let at = 0;
  const list = rows.map(([text, label, facts]) => {
    const m: WorkMention = {
      start: at,
      end: at + text.length,
      text,
      label,
      sentence: 0,
      rule: 'ner:model',
      group: sets.add(),
      kind: 'name',
      ...(facts ? { facts } : {}),
    };
    at += text.length + 10;
    return m;
  });
  return { list, sets };
}

export const sameGroup = (sets: UnionFind, a: WorkMention, b: WorkMention): boolean =>
  sets.find(a.group) === sets.find(b.group);

/** Tokens of a one-sentence text split on spaces: enough for refiners and finders that read offsets and text. */
export function spaceTokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], pos: 'X', sentence: 0 });
  return out;
}
