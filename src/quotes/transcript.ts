import type { Doc } from '../doc/types.js';
import { textSpan } from '../doc/query.js';
import type { QuoteDraft } from './types.js';

/** "WALLACE: Let’s start …": an upper-case speaker label opening a quoted transcript turn. */
const LABEL = /^((?:[A-Z][A-Z'’.-]+ ){0,2}[A-Z][A-Z'’.-]+):[ \t]+(?=\S)/u;

/** Upper-case lead-ins that are not speakers. */
const NOT_A_SPEAKER = new Set([
  'NOTE',
  'UPDATE',
  'BREAKING',
  'WATCH',
  'READ',
  'EDITOR’S NOTE',
  "EDITOR'S NOTE",
  'WARNING',
]);

/** The PERSON whose name ends with the label's last word ("WALLACE" → Chris Wallace), when only one does. */
function personNamed(entities: Doc['entities'], label: string): string | undefined {
  const last = label.split(' ').pop()!.toLowerCase();
  const found = entities.filter(
    (e) =>
      e.type === 'PERSON' &&
      [e.name, ...e.aliases].some((n) => n.split(/\s+/u).pop()!.toLowerCase() === last),
  );
  return found.length === 1 ? found[0]!.id : undefined;
}

/**
 * A quoted transcript turn names its speaker in a label ("WALLACE: If I may, sir, …"): the label is the
 * speaker, not part of the words said, so the quote starts after it. Runs before speakers are inherited,
 * so a labelled turn never takes the previous turn's speaker.
 */
export function labelTranscriptTurns(
  drafts: QuoteDraft[],
  doc: Pick<Doc, 'text' | 'entities'>,
): QuoteDraft[] {
  return drafts.map((d) => {
    if (d.kind !== 'direct' || d.scare) return d;
    const m = LABEL.exec(d.text);
    const label = m?.[1];
    if (!m || !label || label.replace(/[^A-Z]/gu, '').length < 2 || NOT_A_SPEAKER.has(label)) return d;
    const speaker = personNamed(doc.entities, label);
    const { cue: _cue, partial: _partial, speaker: _speaker, ...rest } = d;
    return {
      ...rest,
      ...textSpan(doc, { start: d.start + m[0].length, end: d.end }),
      speakerSpan: textSpan(doc, { start: d.start, end: d.start + label.length }),
      ...(speaker ? { speaker } : {}),
      rule: 'direct:transcript-label',
    };
  });
}
