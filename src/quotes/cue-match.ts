import type { CueTable } from './tables.js';
import type { CueMatch, Word } from './types.js';

/** POS tags a cue word cannot have ("repeated calls to Putin", "his claims"): the word is not a verb there. */
const NOT_A_VERB = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Cue verbs and phrases of a sentence, longest form first at each word, outside quotations. "According"
 * is kept whatever its tag; other single words tagged as nouns are not cues.
 */
export function matchCues(words: readonly Word[], table: CueTable): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.quoted) continue;
    const entries = table.byFirstWord.get(w.lower);
    if (!entries) continue;
    for (const entry of entries) {
      const n = entry.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = words[i + k]!.lower === entry.words[k] && !words[i + k]!.quoted;
      if (!ok) continue;
      if (n === 1 && NOT_A_VERB.has(w.pos) && !entry.sourceAfter) continue;
      out.push({ entry, first: i, last: i + n - 1 });
      i += n - 1;
      break;
    }
  }
  return out;
}
