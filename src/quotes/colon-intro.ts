import { nounSubjectBefore } from './noun-subject.js';
import { isSubjectLike, subjectOf } from './subject.js';
import type { CueMatch, SentenceView, SpeakerChoice } from './types.js';

/** What a colon introducing a quote names: the sentence it ends, its cue and its speaker. */
export interface ColonIntro {
  view: SentenceView;
  cue?: CueMatch;
  choice?: SpeakerChoice;
}

/**
 * The speaker of a sentence that ends in a colon introducing a quotation ("Cruz continued:", "President
 * Clinton released the following statement:", "She then addressed the supporters again:", "Kasich: ‘We
 * are going …’"): the subject of its last cue (a plain noun phrase too: "The report said:"), or with no cue its first subject, or the name standing
 * alone before the colon. `colon` is the index of the colon among the view's words.
 */
export function colonIntro(view: SentenceView, colon: number, timexEnds: ReadonlySet<number>): ColonIntro {
  const cue = view.cues.findLast((c) => c.last < colon);
  if (cue) {
    if (cue.entry.sourceAfter) return { view, cue };
    const choice = subjectOf(view, cue, timexEnds) ?? nounSubjectBefore(view, cue, timexEnds);
    return { view, cue, ...(choice ? { choice } : {}) };
  }
  const before = view.candidates.filter((c) => c.last < colon);
  const alone = before.find((c) => c.first === 0 && c.last === colon - 1);
  const subject = alone ?? before.find((c) => c.kind !== 'other' && isSubjectLike(view, c, timexEnds));
  return subject
    ? { view, choice: { candidate: subject, ambiguous: false, start: subject.start } }
    : { view };
}
