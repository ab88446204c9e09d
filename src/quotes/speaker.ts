import type { Doc, Quote } from '../doc/types.js';
import { textSpan } from '../doc/query.js';
import type { CueMatch, SentenceView, SpeakerChoice } from './types.js';

type Attribution = Pick<Quote, 'speaker' | 'speakerSpan' | 'cue' | 'speakers'>;

/** The cue's span and text. */
export function cueSpan(doc: Pick<Doc, 'text'>, view: SentenceView, cue: CueMatch): Quote['cue'] {
  return textSpan(doc, { start: view.words[cue.first]!.start, end: view.words[cue.last]!.end });
}

/**
 * The Quote fields for a speaker choice: the entity id only for a single PERSON/ORG mention; groups,
 * unresolved pronouns, other entity types and coordinated speakers keep their span but get no id;
 * coordinated people and organisations are listed together in `speakers`.
 */
export function attribution(
  doc: Pick<Doc, 'text'>,
  view: SentenceView,
  choice: SpeakerChoice | undefined,
  cue: CueMatch | undefined,
): Attribution {
  const out: Attribution = {};
  if (cue) out.cue = cueSpan(doc, view, cue);
  if (!choice) return out;
  out.speakerSpan = textSpan(doc, { start: choice.start, end: choice.candidate.end });
  if (!choice.ambiguous && choice.candidate.entity) out.speaker = choice.candidate.entity;
  const together = [...(choice.with ?? []), choice.candidate];
  if (choice.ambiguous && together.every((c) => c.kind === 'entity' && c.entity))
    out.speakers = [...new Set(together.map((c) => c.entity!))];
  return out;
}
