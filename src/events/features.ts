/**
 * Features of one event candidate for the decision layer: what the cue table says (row, PLOVER type,
 * CAMEO root), the words (lemma candidates of the cue, its neighbours, the head noun of its object), the
 * syntax (which slots filled source and target, passive, entity types of the actors)
 * and modality. Strings, so the model file stays readable and training needs no feature registry.
 */
import type { Candidate } from './candidates.js';
import { isPassive } from './subject.js';
import type { Actor, SentenceView } from './view.js';

const CONTEXT = 3;

function objectHead(view: SentenceView, from: number): string | undefined {
  for (let i = from; i < Math.min(view.tokens.length, from + 5); i++) {
    const pos = view.tokens[i]!.pos;
    if (pos === 'NOUN') return view.lemmas[i]?.[1] ?? view.lower[i];
    if (pos === 'VERB' || pos === 'PUNCT' || view.actorStartingAt[i]) return undefined;
  }
  return undefined;
}

const MODALS = new Set(['will', 'would', 'must', 'should', 'could', 'can', 'may', 'might', 'shall']);

/** The modal auxiliary of the cue's verb group: "must fully cooperate", "would not meet". */
function modalBefore(view: SentenceView, at: number): string | undefined {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const w = view.lower[i] ?? '';
    if (MODALS.has(w)) return w === "'ll" ? 'will' : w;
    const pos = view.tokens[i]!.pos;
    if (pos !== 'ADV' && pos !== 'AUX' && pos !== 'PART') return undefined;
  }
  return undefined;
}

/** An unnamed actor ("police", "Russian troops") is its own type: a group acting, not a name. */
function typeOf(a: Actor): string {
  return a.unnamed ? 'AGENT' : a.mention.label;
}

export function candidateFeatures(c: Candidate): string[] {
  const { view, match, args, modality } = c;
  const { row, tokStart, tokEnd } = match;
  // no rank feature: which event a sentence leads with is the benchmarks' convention, not the event's
  const f: string[] = ['bias', `kind:${c.kind}`];
  if (c.kind === 'cue') {
    f.push(`cue:${row.pattern}/${row.pos}`, `class:${row.type}/${row.cameo}`, `type:${row.type}`);
    if (row.mode) f.push(`mode:${row.mode}`);
  }
  // the head word only: a multi-word cue is already named by its pattern
  for (const l of view.lemmas[tokStart] ?? []) f.push(`lem:${l}`);
  f.push(`pos:${view.tokens[tokStart]?.pos ?? ''}`);
  for (let d = 1; d <= CONTEXT; d++) {
    const before = view.lower[tokStart - d];
    const after = view.lower[tokEnd - 1 + d];
    if (before) f.push(`ctx:${before}`);
    if (after) f.push(`ctx:${after}`);
  }
  f.push(`prev:${view.lower[tokStart - 1] ?? '^'}`, `next:${view.lower[tokEnd] ?? '$'}`);
  const obj = objectHead(view, tokEnd);
  if (obj) f.push(`obj:${obj}`);
  f.push(`src:${args.sourceSlot ?? 'none'}`, `tgt:${args.targetSlot ?? 'none'}`);
  if (args.source) f.push(`srcType:${typeOf(args.source)}`);
  if (args.target) f.push(`tgtType:${typeOf(args.target)}`);
  if (!args.source && !args.target) f.push('noActor');
  if (c.countedTarget) f.push('tgt:counted');
  if (row.pos !== 'N' && isPassive(view, tokStart)) f.push('passive');
  // "must cooperate" is a demand on the subject, "will visit" a promise: the modal itself, not only
  // whether one is in scope (PLOVER codes them REQUEST and AGREE)
  const modal = modalBefore(view, tokStart);
  if (modal) f.push(`modal:${modal}`);
  if (modality.negated) f.push('negated');
  if (modality.hypothetical) f.push('hypothetical');
  // what PETRARCH's verb dictionary says: the code's root, and its class (with a prior, see classifier.ts)
  if (c.dictCode) f.push(`dict:${c.dictCode.slice(0, 2)}`);
  // whether one of the verb's patterns matched: its code (often 3–4 digits) is then the pattern's, or
  // none where the pattern says so ("- SYMBOLICALLY * [---]")
  if (c.pattern?.specific) f.push(c.dictCode ? 'pat:specific' : 'pat:none');
  if (c.pattern?.specific && c.dictCode) f.push(`patcode:${c.dictCode.slice(0, 3)}`);
  // its class (with a prior) only where no cue row speaks: the hand-written table is the better reading
  if (c.dictClass && c.kind === 'verb') f.push(`dclass:${c.dictClass}`);
  // a promise of an action is CAMEO 03 (intent): "will provide aid" is AGREE, not AID
  const cls = c.kind === 'cue' ? `${row.type}/${row.cameo}` : c.dictClass;
  if (cls && modality.hypothetical) f.push(`hyp×${cls}`);
  return f;
}
