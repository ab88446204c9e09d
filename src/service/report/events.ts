import { entityById } from '../../doc/query.js';
import type { Doc, Event } from '../../doc/types.js';
import { quoted } from './text.js';

export function eventLines(doc: Doc): string[] {
  return doc.events.map((e) => {
    const type = `${e.type}${e.mode ? `/${e.mode}` : ''} (CAMEO ${e.cameo})`;
    const flags = [e.negated ? 'NEGATED' : '', e.hypothetical ? 'HYPOTHETICAL' : ''].filter(Boolean);
    const setting = [placeName(doc, e), timeValue(doc, e)].filter(Boolean).join(', ');
    return [
      `${type} ${actor(doc, e.source)} → ${actor(doc, e.target)} (cue ${quoted(e.cue.text, 30)})`,
      setting ? ` @ ${setting}` : '',
      flags.length > 0 ? ` [${flags.join(', ')}]` : '',
      `: ${quoted(doc.sentences[e.sentence]?.text ?? e.text, 110)}`,
    ].join('');
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

function actor(doc: Doc, id: string | undefined): string {
  if (id === undefined) return '?';
  return entityById(doc, id)?.name ?? id;
}

function placeName(doc: Doc, e: Event): string | undefined {
  return e.place === undefined ? undefined : doc.places[e.place]?.name;
}

function timeValue(doc: Doc, e: Event): string | undefined {
  return e.time === undefined ? undefined : doc.timexes[e.time]?.value;
}
