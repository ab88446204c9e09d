/**
 * A user's own verb dictionary decides, as PETRARCH would: where a candidate's verb is in the user's
 * `--event-dictionaries` verbs, its reading there (the most specific matching pattern's code, else the
 * verb's own code; verb-patterns.ts) is the event's code, over the trained decision layer, and a reading
 * that is no event (`---`, a statement, a code outside CAMEO's 01–20) codes nothing. The shipped CAMEO
 * verbs stay features of the decision layer only: on real news the trained layer is the more precise.
 */
import type { Arguments } from './arguments.js';
import type { Candidate } from './candidates.js';
import { rowClass, type Decision } from './decide.js';
import type { CueMatch } from './match-cues.js';
import type { SentenceView } from './view.js';

/**
 * The decision the user's verbs give a candidate: `undefined` when they do not list its verb, `null` when
 * they say it is no event here.
 */
export function userVerbDecision(c: Candidate): Decision | null | undefined {
  if (!c.pattern?.user) return undefined;
  // the candidate's dictionary code is the pattern's event code, its class the PLOVER reading of it
  if (!c.dictCode || !c.dictClass) return null;
  const [type = ''] = c.dictClass.split('/');
  const mode = c.dictClass === rowClass(c) ? c.match.row.mode : undefined;
  // the code's own root: CAMEO 20 (mass violence) is PLOVER's ASSAULT/18 class but stays 20
  return { candidate: c, type, cameo: c.dictCode.slice(0, 2), ...(mode ? { mode } : {}), confidence: 1 };
}

/**
 * PETRARCH's roles for a verb the user's dictionary reads as an event, where the clause syntax found none:
 * the nearest actor before the verb acts and the first actor after it receives ("Fornost and Gondor
 * welcomed a resumption of ties with Osgiliath": Osgiliath). Only where the user's verbs decide.
 */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ':']);

export function userVerbArguments(view: SentenceView, match: CueMatch, args: Arguments): Arguments {
  const out = { ...args };
  if (!out.source) {
    // within the clause: "…its embassy, a senior official said" has no named sayer
    let from = match.tokStart;
    while (from > 0 && !CLAUSE_ENDS.has(view.tokens[from - 1]!.text)) from--;
    const before = view.actors.findLast(
      (a) => a.tokStart >= from && a.tokEnd <= match.tokStart && !a.roleModifier,
    );
    if (before) Object.assign(out, { source: before, sourceSlot: 'dict-before' });
  }
  if (!out.target) {
    const after = view.actors.find((a) => a.tokStart >= match.tokEnd && a.entity !== out.source?.entity);
    if (after) Object.assign(out, { target: after, targetSlot: 'dict-after' });
  }
  return out;
}
