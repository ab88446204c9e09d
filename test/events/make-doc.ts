/**
 * Builds hand-made Docs for the events and checks tests: sentences and tokens from wink-nlp (as the nlp
 * stage will), mentions from the names given per entity (every whole-word occurrence, longest first),
 * and optional pronoun mentions, timexes and places located by their text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { newDoc } from '../../src/doc/create.js';
import type { Doc, EntityLabel, Place, Timex, TimexType } from '../../src/doc/types.js';

const nlp = winkNLP(model);
const its = nlp.its;

export interface EntitySpec {
  type: EntityLabel;
  names: string[];
  country?: string;
}

export interface DocSpec {
  text: string;
  entities?: Record<string, EntitySpec>;
  /** [text, entity id, nth occurrence (0-based; default every occurrence)] for pronouns and aliases. */
  pronouns?: [string, string, number?][];
  timexes?: { text: string; type: TimexType; value: string; nth?: number }[];
  places?: { text: string; name?: string; country?: string; timeZone?: string; lat?: number; lon?: number }[];
  published?: string;
}

export function makeDoc(spec: DocSpec): Doc {
  const doc = newDoc({
    id: 'test',
    source: { kind: 'text' },
    meta: { published: spec.published ?? '2025-08-14' },
    raw: spec.text,
  });
  const wdoc = nlp.readDoc(spec.text);
  let cursor = 0;
  const sentenceOf = (offset: number): number =>
    doc.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  wdoc.sentences().each((sentence, index) => {
    const words = sentence.tokens().out();
    const pos = sentence.tokens().out(its.pos);
    const first = doc.tokens.length;
    words.forEach((w, k) => {
      const start = spec.text.indexOf(w, cursor);
      cursor = start + w.length;
      doc.tokens.push({ start, end: cursor, text: w, pos: pos[k] ?? 'X', sentence: index });
    });
    if (doc.tokens.length === first) return;
    const start = doc.tokens[first]!.start;
    doc.sentences.push({ start, end: cursor, text: spec.text.slice(start, cursor), index });
  });
  for (const [id, e] of Object.entries(spec.entities ?? {})) {
    doc.entities.push({
      id,
      name: e.names[0]!,
      type: e.type,
      aliases: e.names.slice(1),
      ...(e.country ? { attributes: { country: e.country } } : {}),
    });
  }
  const taken: [number, number][] = [];
  const names = Object.entries(spec.entities ?? {}).flatMap(([id, e]) =>
    e.names.map((n) => ({ id, n, type: e.type })),
  );
  names.sort((a, b) => b.n.length - a.n.length);
  for (const { id, n, type } of names) {
    for (const start of occurrences(spec.text, n)) {
      const end = start + n.length;
      if (taken.some(([s, t]) => start < t && s < end)) continue;
      taken.push([start, end]);
      doc.mentions.push({
        start,
        end,
        text: n,
        label: type,
        entity: id,
        sentence: sentenceOf(start),
        rule: 'test',
      });
    }
  }
  for (const [text, id, nth] of spec.pronouns ?? []) {
    const all = occurrences(spec.text, text);
    for (const start of nth === undefined ? all : [all[nth]!]) {
      const type = doc.entities.find((e) => e.id === id)?.type ?? 'PERSON';
      doc.mentions.push({
        start,
        end: start + text.length,
        text,
        label: type,
        entity: id,
        sentence: sentenceOf(start),
        rule: 'test',
      });
    }
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  for (const t of spec.timexes ?? []) {
    const start = occurrences(spec.text, t.text)[t.nth ?? 0]!;
    const timex: Timex = {
      start,
      end: start + t.text.length,
      text: t.text,
      type: t.type,
      value: t.value,
      anchored: true,
      sentence: sentenceOf(start),
      rule: 'test',
    };
    doc.timexes.push(timex);
  }
  for (const p of spec.places ?? []) {
    const start = occurrences(spec.text, p.text)[0]!;
    const place: Place = {
      start,
      end: start + p.text.length,
      text: p.text,
      name: p.name ?? p.text,
      lat: p.lat ?? 0,
      lon: p.lon ?? 0,
      confidence: 0.9,
      source: 'test',
      sentence: sentenceOf(start),
      rule: 'test',
      ...(p.country ? { country: p.country } : {}),
      ...(p.timeZone ? { timeZone: p.timeZone } : {}),
    };
    doc.places.push(place);
  }
  return doc;
}

/** Start offsets of whole-word occurrences of `needle`. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}
