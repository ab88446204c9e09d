/**
 * Hand-made Docs for the geo tests, standing in for the nlp stage. Either marked-up text,
 * `[[Paris|GPE]] is in [[Texas|GPE]].`, where a third field gives a PERSON/ORG entity its nationality
 * (`[[Vladimir Putin|PERSON|RU]]`); or plain text plus the names to mark wherever they occur as words.
 * Sentences end after . ! ? or a line break; one entity per distinct (text, label).
 */
import { newDoc } from '../../src/doc/create.js';
import type { Doc, Entity, EntityLabel, Sentence } from '../../src/doc/types.js';

export interface MentionSpec {
  text: string;
  label: EntityLabel;
  /** Nationality attribute of the entity (ISO alpha-2), as the nlp stage may set it. */
  country?: string;
}

interface RawMention extends MentionSpec {
  start: number;
}

const MARK = /\[\[([^|\]]+)\|([A-Z]+)(?:\|([A-Z]{2}))?\]\]/g;

export function markedDoc(marked: string): Doc {
  const mentions: RawMention[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const surface = m[1]!;
    mentions.push({
      start: text.length,
      text: surface,
      label: m[2] as EntityLabel,
      ...(m[3] ? { country: m[3] } : {}),
    });
    text += surface;
    last = m.index + m[0].length;
  }
  return makeDoc(text + marked.slice(last), mentions);
}

/** Marks every whole-word, case-sensitive occurrence of each spec's text (longer specs first win). */
export function docWithNames(text: string, specs: readonly MentionSpec[]): Doc {
  const taken: boolean[] = [];
  const mentions: RawMention[] = [];
  for (const spec of [...specs].sort((a, b) => b.text.length - a.text.length)) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${spec.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const m of text.matchAll(re)) {
      const range = [...Array(spec.text.length).keys()].map((i) => m.index + i);
      if (range.some((i) => taken[i])) continue;
      for (const i of range) taken[i] = true;
      mentions.push({ ...spec, start: m.index });
    }
  }
  return makeDoc(
    text,
    mentions.sort((a, b) => a.start - b.start),
  );
}

function makeDoc(text: string, raw: readonly RawMention[]): Doc {
  const sentences: Sentence[] = [];
  for (const s of text.matchAll(/[^.!?\n]+(?:[.!?]+|$)/gm)) {
    const start = s.index + (s[0].length - s[0].trimStart().length);
    const end = s.index + s[0].trimEnd().length;
    if (end > start) sentences.push({ start, end, text: text.slice(start, end), index: sentences.length });
  }
  const sentenceOf = (offset: number): number =>
    sentences.findIndex((s) => offset >= s.start && offset < s.end);

  const entities: Entity[] = [];
  const entityIds = new Map<string, string>();
  const doc = newDoc({ id: 'test', source: { kind: 'text' }, meta: {}, raw: text });
  doc.sentences = sentences;
  doc.mentions = raw.map((m) => {
    const key = `${m.text}|${m.label}`;
    let id = entityIds.get(key);
    if (!id) {
      id = `e${entities.length + 1}`;
      entityIds.set(key, id);
      const entity: Entity = { id, name: m.text, type: m.label, aliases: [] };
      if (m.country) entity.attributes = { country: m.country };
      entities.push(entity);
    }
    const end = m.start + m.text.length;
    return {
      start: m.start,
      end,
      text: m.text,
      label: m.label,
      entity: id,
      sentence: sentenceOf(m.start),
      rule: 'ner:test', // as if the nlp stage found it
    };
  });
  doc.entities = entities;
  return doc;
}
