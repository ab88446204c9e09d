/**
 * Hand-built Docs for the store-time corpus tests: a text with its people, one event between them and the
 * event's date, every span found in the text (so a wrong needle fails loudly). Independent of the NLP
 * stages, which other tests cover: these tests are about what the corpus layer does across articles.
 */
import { docId } from '../../src/doc/id.js';
import { newDoc } from '../../src/doc/create.js';
import type { Doc, TextSpan } from '../../src/doc/types.js';

export interface EventDocSpec {
  text: string;
  uri: string;
  published?: string;
  site?: string;
  /** Canonical names of the people, and the words naming each in the text (first occurrence is used). */
  people: { name: string; says: string }[];
  /** A CONSULT-style event: its cue word, type, source and target (indexes into `people`). */
  event?: {
    cue: string;
    type: string;
    source: number;
    target: number;
    time?: { says: string; value: string };
  };
  /** A quote: its words and its speaker (index into `people`). */
  quote?: { says: string; speaker: number };
}

export function eventDoc(spec: EventDocSpec): Doc {
  const { text } = spec;
  const doc = newDoc({
    id: docId(spec.uri, text),
    source: { kind: 'text', uri: spec.uri, ...(spec.site ? { site: spec.site } : {}) },
    meta: { ...(spec.published ? { published: spec.published } : {}) },
    raw: text,
  });
  const span = (needle: string): TextSpan => {
    const start = text.indexOf(needle);
    if (start < 0) throw new Error(`eventDoc: "${needle}" not in text`);
    return { start, end: start + needle.length, text: needle };
  };
  doc.sentences = [{ start: 0, end: text.length, text, index: 0 }];
  spec.people.forEach((person, i) => {
    const id = `e${i + 1}`;
    doc.entities.push({ id, name: person.name, type: 'PERSON', aliases: [] });
    doc.mentions.push({ ...span(person.says), label: 'PERSON', entity: id, sentence: 0, rule: 'test' });
  });
  if (spec.event) {
    const { cue, type, source, target, time } = spec.event;
    if (time) {
      doc.timexes.push({
        ...span(time.says),
        type: 'DATE',
        value: time.value,
        anchored: true,
        sentence: 0,
        rule: 'test',
      });
    }
    doc.events.push({
      ...span(cue),
      type,
      cameo: '04',
      source: `e${source + 1}`,
      target: `e${target + 1}`,
      ...(time ? { time: 0 } : {}),
      cue: span(cue),
      sentence: 0,
      negated: false,
      hypothetical: false,
      rule: 'test',
    });
  }
  if (spec.quote) {
    doc.quotes.push({
      ...span(spec.quote.says),
      kind: 'direct',
      speaker: `e${spec.quote.speaker + 1}`,
      sentence: 0,
      rule: 'test',
    });
  }
  return doc;
}
