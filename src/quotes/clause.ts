import { CLAUSE_ENDERS } from './lexicon.js';
import type { SentenceView } from './types.js';

const FINAL_PUNCT = /^[.!?;:…]+$/u;
const VERB_POS = new Set(['VERB', 'AUX']);
/** Most words of the source of a closing attribution ("…, the Chicago Sun-Times reported."). */
const MAX_CLOSING_SOURCE_WORDS = 5;
/** Most words after its cue ("…, CNN reported on Friday."). */
const MAX_CLOSING_TAIL_WORDS = 4;

/**
 * The words after the comma at `comma` are a second attribution closing the sentence ("Trump said the
 * candidate would attend, CNN reported."): a short source with no verb, a cue, and a short tail with none.
 * Judged only with POS tags.
 */
function closingAttribution(view: SentenceView, comma: number): boolean {
  const { words } = view;
  const cue = view.cues.find((c) => c.first > comma + 1 && c.entry.clause);
  if (!cue || cue.first - comma - 1 > MAX_CLOSING_SOURCE_WORDS) return false;
  const source = words.slice(comma + 1, cue.first);
  const tail = words.slice(cue.last + 1).filter((w) => !FINAL_PUNCT.test(w.text));
  const plain = (w: (typeof words)[number]): boolean => w.pos !== '' && !w.quoted && !VERB_POS.has(w.pos);
  return (
    source.every((w) => plain(w) && w.text !== ',') &&
    tail.length <= MAX_CLOSING_TAIL_WORDS &&
    tail.every((w) => plain(w) && w.text !== ',')
  );
}

const SUMMARY_OPENERS = new Set(['a', 'an']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * The words after the comma at `comma` are the writer's summary of the report, a noun phrase closing the
 * sentence ("…, a 16-point margin over Sanders.", "…, a move that survived court challenge", "…, a request not
 * always granted"): "a"/"an" and no verb of its own, except inside a relative clause or after "not". A noun
 * phrase set beside a name ("in Dallas, a city he loves") describes the name and stays. Judged with POS tags.
 */
function closingSummary(view: SentenceView, comma: number): boolean {
  const { words } = view;
  if (!SUMMARY_OPENERS.has(words[comma + 1]?.lower ?? '') || words[comma - 1]?.pos === 'PROPN') return false;
  for (let k = comma + 2; k < words.length; k++) {
    const w = words[k]!;
    if (w.pos === '' || w.quoted || w.text === ',') return false;
    if (RELATIVES.has(w.lower)) return k > comma + 2;
    if (!VERB_POS.has(w.pos)) continue;
    let p = k - 1;
    while (p > comma + 2 && words[p]!.pos === 'ADV' && words[p]!.lower !== 'not') p--;
    if (words[p]!.lower !== 'not' || w.pos === 'AUX') return false;
  }
  return true;
}

/**
 * ", but that …", ", but not for …": "but" going on with the same report. Before a bare verb the left-out
 * subject may be the speaker's ("X claimed …, but offered no proof"), so that ends the report.
 */
function butContinues(view: SentenceView, comma: number): boolean {
  const [but, next] = [view.words[comma + 1], view.words[comma + 2]];
  return but?.lower === 'but' && (next?.lower === 'that' || next?.lower === 'not');
}

/**
 * Words `[from, to]` of a reported clause that starts at word `from`: up to the sentence end, or up to a
 * comma that opens a concessive clause ("…, though details remain vague"; "but" only before "that" or "not") or
 * a summary noun phrase of the writer's ("…, a 16-point margin over Sanders"), or a participle that is a cue
 * of its own ("…, suggesting ‘some swapping’"), or a comma before a second attribution that closes the
 * sentence ("…, CNN reported."). Trailing punctuation is left out.
 */
export function clauseEnd(view: SentenceView, from: number): number {
  const { words } = view;
  let to = words.length - 1;
  for (let i = from + 1; i < words.length - 1; i++) {
    if (words[i]!.text === ';') {
      to = i - 1;
      break;
    }
    if (words[i]!.text !== ',' || words[i]!.quoted) continue;
    const next = words[i + 1]!;
    const participleCue = next.lower.endsWith('ing') && view.cues.some((c) => c.first === i + 1);
    if (butContinues(view, i)) continue;
    const ends = CLAUSE_ENDERS.has(next.lower) || participleCue;
    if (ends || closingAttribution(view, i) || closingSummary(view, i)) {
      to = i - 1;
      break;
    }
  }
  while (to > from && (FINAL_PUNCT.test(words[to]!.text) || words[to]!.text === ',')) to--;
  return to;
}
