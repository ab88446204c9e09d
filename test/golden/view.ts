import type { Doc } from '../../src/doc/types.js';

/**
 * The part of a Doc that golden files pin down: every annotation a reader checks, without tokens and
 * offset maps (those have their own unit and property tests). Spans stay, so a moved span shows in a diff.
 */
export function goldenView(doc: Doc): unknown {
  const name = (id: string | undefined): string | undefined => doc.entities.find((e) => e.id === id)?.name;
  return {
    meta: doc.meta,
    removed: doc.removed.map(({ reason, text, start, end }) => ({ reason, start, end, text })),
    sentences: doc.sentences.length,
    entities: doc.entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases })),
    mentions: doc.mentions.map(({ start, end, text, label, entity }) => ({
      start,
      end,
      text,
      label,
      entity,
    })),
    timexes: doc.timexes.map(({ start, end, text, type, value, anchored }) => ({
      start,
      end,
      text,
      type,
      value,
      anchored,
    })),
    quotes: doc.quotes.map(({ start, end, text, kind, speaker, scare, partial }) => ({
      start,
      end,
      kind,
      speaker: name(speaker),
      ...(scare ? { scare } : {}),
      ...(partial ? { partial } : {}),
      text,
    })),
    places: doc.places.map(({ start, end, text, name, lat, lon, country, timeZone }) => ({
      start,
      end,
      text,
      name,
      lat: Math.round(lat * 1000) / 1000,
      lon: Math.round(lon * 1000) / 1000,
      country,
      timeZone,
    })),
    events: doc.events.map((e) => ({
      type: e.type,
      cameo: e.cameo,
      source: name(e.source),
      target: name(e.target),
      cue: e.cue.text,
      negated: e.negated,
      hypothetical: e.hypothetical,
      sentence: e.sentence,
    })),
    findings: doc.findings.map(({ kind, message, spans }) => ({
      kind,
      message,
      spans: spans.map((s) => s.text),
    })),
  };
}
