import type { Doc } from '../doc/types.js';

/**
 * How a Doc becomes the rows of the article and layer tables, for both engines (PostgreSQL adds its instant
 * columns in `sql/writer.ts`). Booleans are 1 and 0: SQLite has no others and PostgreSQL reads them; JSON
 * columns hold their values (`sql/insert.ts` binds them as JSON text, or sends them inside its JSON rows).
 */
const bit = (b: boolean | undefined): number => (b ? 1 : 0);

/** Column values for each table, by column name. */
export function articleRow(doc: Doc, origin: string | undefined, createdAt: string) {
  return {
    id: doc.id,
    uri: doc.source.uri ?? null,
    site: doc.source.site ?? doc.meta.site ?? null,
    title: doc.meta.title ?? null,
    published: doc.meta.published ?? null,
    text: doc.text,
    doc_json: JSON.stringify(doc),
    origin: origin ?? null,
    created_at: createdAt,
  };
}

export function entityRows(doc: Doc) {
  const mentionCounts = new Map<string, number>();
  for (const m of doc.mentions) mentionCounts.set(m.entity, (mentionCounts.get(m.entity) ?? 0) + 1);
  return doc.entities.map((e) => ({
    article_id: doc.id,
    entity_id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    country: e.attributes?.country ?? null,
    role: e.attributes?.role ?? null,
    mention_count: mentionCounts.get(e.id) ?? 0,
  }));
}

export function mentionRows(doc: Doc) {
  return doc.mentions.map((m, idx) => ({
    article_id: doc.id,
    idx,
    entity_id: m.entity,
    label: m.label,
    start: m.start,
    end: m.end,
    text: m.text,
    sentence: m.sentence,
    rule: m.rule,
  }));
}

export function timexRows(doc: Doc) {
  return doc.timexes.map((t, idx) => ({
    article_id: doc.id,
    idx,
    type: t.type,
    value: t.value,
    anchored: bit(t.anchored),
    start: t.start,
    end: t.end,
    text: t.text,
  }));
}

export function quoteRows(doc: Doc) {
  return doc.quotes.map((q, idx) => ({
    article_id: doc.id,
    idx,
    kind: q.kind,
    speaker: q.speaker ?? null,
    scare: bit(q.scare),
    start: q.start,
    end: q.end,
    text: q.text,
  }));
}

export function placeRows(doc: Doc) {
  return doc.places.map((p, idx) => ({
    article_id: doc.id,
    idx,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    country: p.country ?? null,
    admin1: p.admin1 ?? null,
    geoname_id: p.geonameId ?? null,
    feature_class: p.featureClass ?? null,
    confidence: p.confidence,
    entity_id: p.entity ?? null,
    start: p.start,
    end: p.end,
    text: p.text,
  }));
}

export function eventRows(doc: Doc) {
  return doc.events.map((e, idx) => ({
    article_id: doc.id,
    idx,
    type: e.type,
    mode: e.mode ?? null,
    cameo: e.cameo,
    source: e.source ?? null,
    target: e.target ?? null,
    place_idx: e.place ?? null,
    time_idx: e.time ?? null,
    negated: bit(e.negated),
    hypothetical: bit(e.hypothetical),
    start: e.start,
    end: e.end,
    text: e.text,
    cue_start: e.cue.start,
    cue_end: e.cue.end,
    cue_text: e.cue.text,
  }));
}

export function findingRows(doc: Doc) {
  return doc.findings.map((f, idx) => ({
    article_id: doc.id,
    idx,
    kind: f.kind,
    message: f.message,
    spans: f.spans,
    rule: f.rule,
  }));
}

/** Layer tables: each fed by one row builder, written after the article row (they reference it). */
export const LAYERS: readonly { table: string; rows: (doc: Doc) => Record<string, unknown>[] }[] = [
  { table: 'entities', rows: entityRows },
  { table: 'mentions', rows: mentionRows },
  { table: 'timexes', rows: timexRows },
  { table: 'quotes', rows: quoteRows },
  { table: 'places', rows: placeRows },
  { table: 'events', rows: eventRows },
  { table: 'findings', rows: findingRows },
];
