import { entityById } from '../../doc/query.js';
import type { Doc, Place } from '../../doc/types.js';
import { quoted } from './text.js';

/** What cleaning took out of the raw text, and why. */
export function removedLines(doc: Doc): string[] {
  return doc.removed.map((r) => `${r.reason} (${r.rule}): ${quoted(r.text, 90)}`);
}

export function entityLines(doc: Doc): string[] {
  return doc.entities.map((e) => {
    const facts = [e.attributes?.role, e.attributes?.country].filter(Boolean).join(', ');
    const aliases = e.aliases.length > 0 ? ` — also: ${e.aliases.join('; ')}` : '';
    return `${e.id.padEnd(4)} ${e.type.padEnd(7)} ${e.name}${facts ? ` [${facts}]` : ''}${aliases}`;
  });
}

export function quoteLines(doc: Doc): string[] {
  return doc.quotes.map((q) => {
    const speaker = entityById(doc, q.speaker)?.name ?? q.speakerSpan?.text ?? '(speaker unclear)';
    const cue = q.cue ? ` (${q.cue.text})` : '';
    const kind = q.scare ? 'scare' : q.kind;
    return `${kind.padEnd(8)} ${speaker}${cue}: ${quoted(q.text, 110)}`;
  });
}

export function timexLines(doc: Doc): string[] {
  return doc.timexes.map((t) => {
    const value = t.anchored ? t.value : `${t.value} (unanchored)`;
    return `${quoted(t.text, 40)} → ${value} [${t.type}${t.granularity ? `, ${t.granularity}` : ''}]`;
  });
}

/** One line per distinct place, with how often and under which names the text mentions it. */
export function placeLines(doc: Doc): string[] {
  const byPlace = new Map<string, Place[]>();
  for (const p of doc.places) {
    const key = `${p.name}|${p.lat}|${p.lon}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), p]);
  }
  return [...byPlace.values()].map((mentions) => {
    const p = mentions[0]!;
    const where = [p.name, p.admin1, p.country]
      .filter((part, i, all) => part && all.indexOf(part) === i)
      .join(', ');
    const coords = `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}`;
    const kind = p.featureClass ? ` ${p.featureClass}` : '';
    const surfaces = [...new Set(mentions.map((m) => m.text))].map((t) => quoted(t, 40)).join(', ');
    const times = mentions.length > 1 ? ` ×${mentions.length}` : '';
    return `${where} (${coords})${kind}, confidence ${p.confidence.toFixed(2)} ← ${surfaces}${times}`;
  });
}
