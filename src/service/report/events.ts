import { entityById } from '../../doc/query.js';
import type { Doc, Event } from '../../doc/types.js';
import { quoted } from './text.js';

/**
 * Fields kb-actors' stage adds (see the events interface): the full CAMEO code and the actors' CAMEO
 * codes. Read structurally, so the report prints them when present and works without them.
 */
interface CodedEvent {
  code?: string;
  sourceActor?: { code?: string };
  targetActor?: { code?: string };
}

/**
 * One line per event, as a reader would say it:
 * `Vladimir Putin (RUSGOV) → Donald Trump (USAGOV): CONSULT 040 "meet" · 2025-08-15 · Anchorage [hypothetical]`
 * then the sentence it comes from.
 */
export function eventLines(doc: Doc): string[] {
  return doc.events.map((e) => {
    const coded = e as Event & CodedEvent;
    const who = `${actor(doc, e.source, coded.sourceActor?.code)} → ${actor(doc, e.target, coded.targetActor?.code)}`;
    const what = `${e.type}${e.mode ? `/${e.mode}` : ''} ${coded.code ?? `${e.cameo}0`} ${quoted(e.cue.text, 30)}`;
    const setting = [timeValue(doc, e), placeName(doc, e)].filter(Boolean).map((s) => ` · ${s}`);
    const flags = [e.negated ? ' [negated]' : '', e.hypothetical ? ' [hypothetical]' : ''].join('');
    return `${who}: ${what}${setting.join('')}${flags} — ${quoted(doc.sentences[e.sentence]?.text ?? e.text, 110)}`;
  });
}

export function findingLines(doc: Doc): string[] {
  return doc.findings.map((f) => {
    const spans = f.spans.map((s) => quoted(s.text, 50)).join(', ');
    return `${f.kind}: ${f.message}${spans ? ` — ${spans}` : ''}`;
  });
}

export function diagnosticLines(doc: Doc): string[] {
  return doc.diagnostics.map((d) => `${d.stage}: ${d.message}`);
}

function actor(doc: Doc, id: string | undefined, code: string | undefined): string {
  if (id === undefined) return '?';
  const name = entityById(doc, id)?.name ?? id;
  return code ? `${name} (${code})` : name;
}

function placeName(doc: Doc, e: Event): string | undefined {
  return e.place === undefined ? undefined : doc.places[e.place]?.name;
}

function timeValue(doc: Doc, e: Event): string | undefined {
  return e.time === undefined ? undefined : doc.timexes[e.time]?.value;
}
