/**
 * The modality markers of data/events/modality.tsv matched in their scopes: a lemma sequence before the
 * cue (clause, mandative), a supposition opening the sentence (opener), the verb group after a noun cue
 * (predicate).
 */
import type { EventTables, ModalityScope } from './tables.js';
import type { SentenceView } from './view.js';

/**
 * The effect of a `scope` marker covering token i and ending before the cue (markers may span tokens): the
 * first such marker in table order, tried only where one of token i's lemmas is among its words.
 */
export function markerCovering(
  view: SentenceView,
  i: number,
  cueStart: number,
  tables: EventTables,
  scope: ModalityScope,
): 'negated' | 'hypothetical' | undefined {
  let first = tables.modality.length;
  const form = view.forms[i];
  if (!form) return undefined;
  // the phrases the form's lemmas occur in, kept per form (the first one wins, so their order is free)
  form.markers ??= form.lemmas.flatMap((lemma) => tables.modalityByWord.get(lemma) ?? []);
  for (const { order, offset } of form.markers) {
    const m = tables.modality[order]!;
    const start = i - offset;
    if (order >= first || m.scope !== scope) continue;
    // a directive is a verb: "accepted the request to cooperate" tells the cooperation, "requested" does not
    if (scope === 'mandative' && view.tokens[start]?.pos !== 'VERB') continue;
    if (start + m.words.length <= cueStart && matchesAt(view, m.words, start)) first = order;
  }
  return tables.modality[first]?.effect;
}

export function matchesAt(view: SentenceView, words: readonly string[], first: number): boolean {
  if (first < 0 || first + words.length > view.tokens.length) return false;
  // a capitalised word inside the sentence is a name, not a modal: "Theresa May was not invited"
  if (first > 0 && isCapital(view.tokens[first]!.text.charCodeAt(0))) return false;
  for (let k = 0; k < words.length; k++) if (!view.lemmas[first + k]?.includes(words[k]!)) return false;
  return true;
}

/** A–Z (what `/^[A-Z]/` tests, without a regex per token). */
const isCapital = (code: number): boolean => code >= 65 && code <= 90;

/**
 * A verb in its bare form ("make", "stop", "accuse"): its only lemma is itself, so it carries no
 * inflection (-s, -ed, -ing) and is no irregular past ("left", "made").
 */
export function isBaseForm(view: SentenceView, i: number): boolean {
  const lemmas = view.lemmas[i] ?? [];
  return view.tokens[i]?.pos === 'VERB' && lemmas.length === 1 && lemmas[0] === view.lower[i];
}

/** "Say Mexico demanded …", "Suppose Russia attacked …": the sentence opens with a supposition. */
export function supposedSentence(view: SentenceView, tables: EventTables): boolean {
  // the next word must not be clause punctuation or "that"-less speech: "Say, …" is an interjection
  // (loops, not closures: this runs for every candidate, and under tsx a nested named function costs a call)
  for (const m of tables.modality) {
    if (m.scope !== 'opener' || !opensWith(view, m.words)) continue;
    if (/^[\p{L}]/u.test(view.tokens[m.words.length]?.text ?? '')) return true;
  }
  return false;
}

function opensWith(view: SentenceView, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if ((view.lower[k] ?? '') !== words[k]) return false;
  return true;
}

/** Noun-phrase material after a noun cue before its verb group: "the G7 meeting with Putin in Rome is …". */
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADP', 'DET', 'ADJ', 'NUM', 'CCONJ', 'PART']);
/** Words inside a noun phrase before its head: "the first G7 meeting", "Putin's meeting". */
const PREMODIFIER_POS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PART', 'PRON']);
const GROUP_POS = new Set(['AUX', 'VERB', 'ADV', 'ADJ', 'PART']);

/**
 * "The summit is expected to produce …", "the meeting is thought unlikely to …", "the talks will take place
 * in Geneva": a noun cue that is the subject of a verb group with a predicate marker is still to come.
 */
export function predicateModality(view: SentenceView, nounStart: number, tables: EventTables): boolean {
  // only a subject: "hosted a meeting that was expected to …" is the object of "hosted"
  let k = nounStart - 1;
  while (k >= 0 && PREMODIFIER_POS.has(view.tokens[k]!.pos)) k--;
  const before = view.tokens[k]?.pos;
  // … or the subject of a reported clause: "the Kremlin said the summit will take place in June"
  const reported = before === 'VERB' && (view.lemmas[k] ?? []).some((l) => tables.reportingVerbs.has(l));
  if ((before === 'VERB' && !reported) || before === 'ADP' || before === 'AUX') return false;
  let i = nounStart + 1;
  while (i < view.tokens.length && i - nounStart <= 8 && PHRASE_POS.has(view.tokens[i]!.pos)) i++;
  const groupStart = i;
  const pos = view.tokens[groupStart]?.pos;
  if (pos !== 'AUX' && pos !== 'VERB') return false;
  for (; i < view.tokens.length && i - groupStart < 6 && GROUP_POS.has(view.tokens[i]!.pos); i++) {
    const hit = tables.modality.some(
      (m) => m.scope === 'predicate' && m.effect === 'hypothetical' && matchesAt(view, m.words, i),
    );
    if (hit) return true;
    // the group ends after its main verb: "the meeting set the tone" has no marker after "set"
    // ("is thought unlikely to" goes on: a raising participle before an adjective or "to")
    const next = view.tokens[i + 1];
    if (view.tokens[i]!.pos === 'VERB' && view.lower[i + 1] !== 'to' && !GROUP_POS.has(next?.pos ?? ''))
      break;
  }
  return false;
}
