import { docId } from '../../src/doc/id.js';
import { newDoc } from '../../src/doc/create.js';
import type { Doc } from '../../src/doc/types.js';

/** A Doc with every layer filled in by hand, spans checked against its text. */
export function sampleDoc(
  text: string,
  fields: { title?: string; published?: string; uri?: string } = {},
): Doc {
  const doc = newDoc({
    id: docId(fields.uri, text),
    source: { kind: 'text', ...(fields.uri ? { uri: fields.uri } : {}) },
    meta: {
      ...(fields.title ? { title: fields.title } : {}),
      ...(fields.published ? { published: fields.published } : {}),
    },
    raw: text,
  });
  const span = (needle: string) => {
    const start = text.indexOf(needle);
    if (start < 0) throw new Error(`sampleDoc: "${needle}" not in text`);
    return { start, end: start + needle.length, text: needle };
  };
  doc.sentences = [{ ...span(text), index: 0 }];
  if (text.includes('Putin')) {
    doc.entities.push({
      id: 'e1',
      name: 'Vladimir Putin',
      type: 'PERSON',
      aliases: ['Putin'],
      attributes: { country: 'RU' },
    });
    doc.mentions.push({ ...span('Putin'), label: 'PERSON', entity: 'e1', sentence: 0, rule: 'test' });
  }
  if (text.includes('Alaska')) {
    doc.entities.push({ id: 'e2', name: 'Alaska', type: 'GPE', aliases: [] });
    doc.mentions.push({ ...span('Alaska'), label: 'GPE', entity: 'e2', sentence: 0, rule: 'test' });
    doc.places.push({
      ...span('Alaska'),
      name: 'Alaska',
      lat: 64,
      lon: -150,
      country: 'US',
      confidence: 0.9,
      source: 'curated',
      entity: 'e2',
      sentence: 0,
      rule: 'test',
    });
  }
  if (text.includes('Friday')) {
    doc.timexes.push({
      ...span('Friday'),
      type: 'DATE',
      value: '2025-08-15',
      anchored: true,
      granularity: 'day',
      sentence: 0,
      rule: 'test',
    });
  }
  if (text.includes('"')) {
    const open = text.indexOf('"');
    const close = text.indexOf('"', open + 1);
    doc.quotes.push({
      // The quoted words without the marks, as the quotes stage gives them.
      start: open + 1,
      end: close,
      text: text.slice(open + 1, close),
      kind: 'direct',
      speaker: 'e1',
      sentence: 0,
      rule: 'test',
    });
  }
  if (text.includes('met')) {
    doc.events.push({
      ...span('met'),
      type: 'CONSULT',
      cameo: '04',
      source: 'e1',
      cue: span('met'),
      sentence: 0,
      negated: false,
      hypothetical: false,
      rule: 'test',
      ...(doc.places.length ? { place: 0 } : {}),
    });
  }
  doc.findings.push({
    kind: 'number',
    message: 'a test finding',
    spans: [span(text.slice(0, 5))],
    rule: 'test',
  });
  return doc;
}
