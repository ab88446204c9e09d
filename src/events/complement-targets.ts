import { actorAfter } from './after.js';
import type { Arguments } from './arguments.js';
import type { CueMatch } from './match-cues.js';
import type { SentenceView } from './view.js';

/** Slots an infinitive verb that no cue covers takes its target from (the uncovered verb's own row's). */
const VERB_TARGET_SLOTS = ['obj', 'against', 'with', 'to', 'on', 'at'];

/** Words of a short adjunct between a verb and its infinitive: "threatened on Monday to …". */
const ADJUNCT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const MAX_ADJUNCT = 4;

/** The token after a prepositional adjunct with no actor in it starting at i ("on Monday"), else i. */
function afterAdjunct(view: SentenceView, i: number): number {
  if (view.tokens[i]?.pos !== 'ADP') return i;
  let j = i + 1;
  while (j - i <= MAX_ADJUNCT && ADJUNCT_POS.has(view.tokens[j]?.pos ?? '') && !view.actorStartingAt[j]) j++;
  return j > i + 1 && view.lower[j] === 'to' ? j : i;
}

/** The verb of an infinitive right after the cue ("threatened to break …", "offered to negotiate"), if any. */
function infinitiveAfter(view: SentenceView, match: CueMatch): number | undefined {
  let i = match.tokEnd;
  const skip = (): void => {
    while (view.tokens[i]?.pos === 'ADV' || view.lower[i] === 'not') i++;
  };
  skip();
  // a cue that ends in its own "to" ("offer to") stands right before the verb
  if (view.lower[match.tokEnd - 1] !== 'to') {
    i = afterAdjunct(view, i);
    if (view.lower[i] !== 'to' || view.tokens[i]?.pos !== 'PART') return undefined;
    i++;
    skip();
  }
  return view.tokens[i]?.pos === 'VERB' && !view.actorStartingAt[i] ? i : undefined;
}

/**
 * "Pakistan threatened to break off relations with Congo", "Putin offered to negotiate with Armenia": a verb
 * cue whose own clause names no target takes the target of the infinitive it governs, which shares its
 * subject (a threat, promise or refusal is aimed at whom the act it names is). The infinitive's own
 * candidate gives it where there is one (its row's slots), else the slots of an uncovered verb. Returns new
 * arguments per candidate, in order; works right to left so "agreed to try to meet X" reaches X.
 */
export function withComplementTargets(
  view: SentenceView,
  found: readonly { match: CueMatch; args: Arguments }[],
): Arguments[] {
  const out = found.map((f) => f.args);
  for (let k = found.length - 1; k >= 0; k--) {
    const { match } = found[k]!;
    const args = out[k]!;
    if (args.target || !args.source || match.row.pos !== 'V') continue;
    const verb = infinitiveAfter(view, match);
    if (verb === undefined) continue;
    const inner = found.findIndex((f) => f.match.tokStart === verb);
    const innerArgs = inner >= 0 ? out[inner] : undefined;
    // the infinitive shares the cue's subject; one with a subject of its own is another's act
    if (innerArgs?.source && innerArgs.source.entity !== args.source.entity) continue;
    const target = inner >= 0 ? innerArgs?.target : actorAfter(view, verb + 1, VERB_TARGET_SLOTS)?.actor;
    if (!target || target.entity === args.source.entity) continue;
    out[k] = { ...args, target, targetSlot: 'complement' };
  }
  return out;
}
