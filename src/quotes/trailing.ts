import { textSpan } from '../doc/query.js';
import { attributionAfter } from './cue-after.js';
import type { FinderInput } from './direct.js';
import { attribution } from './speaker.js';
import type { QuoteDraft, SentenceView } from './types.js';

/** Fewest words a reported clause before its attribution may have ("Talks will resume, he said."). */
const MIN_CONTENT_WORDS = 3;
/** Most words after the cue to the sentence end ("said on Tuesday in a statement."). */
const MAX_TAIL_WORDS = 6;

const END_PUNCT = /^[.!?]$/u;

/** The words after the cue are only a short tail with no verb: the attribution closes the sentence. */
function closesSentence(view: SentenceView, cueLast: number): boolean {
  const tail = view.words.slice(cueLast + 1).filter((w) => !END_PUNCT.test(w.text));
  return tail.length <= MAX_TAIL_WORDS && tail.every((w) => w.pos !== 'VERB' && w.text !== ',' && !w.quoted);
}

/**
 * Indirect speech attributed at the end of its sentence: "The talks will go ahead, officials said.",
 * "Putin is expected to attend, a Kremlin aide told reporters on Friday." The content is the sentence up
 * to the comma; the speaker phrase and cue are read as after a closing quotation mark.
 */
export function findTrailingAttributions(input: FinderInput): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  for (const view of input.views) {
    const { words } = view;
    for (let m = MIN_CONTENT_WORDS; m < words.length - 2; m++) {
      if (words[m]!.text !== ',' || words[m]!.quoted) continue;
      const found = attributionAfter(view, m + 1);
      if (!found || found.cueView !== view || !found.choice || !found.cue.entry.clause) continue;
      if (!closesSentence(view, found.cue.last)) continue;
      if (words.slice(0, m).some((w) => w.quoted)) break;
      drafts.push({
        ...textSpan(input.doc, { start: words[0]!.start, end: words[m - 1]!.end }),
        kind: 'indirect',
        sentence: view.index,
        ...attribution(input.doc, view, found.choice, found.cue),
        rule: 'indirect:attribution-after',
      });
      break;
    }
  }
  return drafts;
}
