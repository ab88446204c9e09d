/**
 * "early December", "late yesterday", "mid-November", "early next year": TimeML's extent takes in the
 * modifier before a timex (TimeBank: 27 of 32 uses), where chrono and our unit finders stop at the timex
 * itself; so it does an approximation before "… ago" ("almost four years ago", 3 of 3). The value stays:
 * the part or the approximation would go in a MOD attribute, which we do not write. Only a timex that
 * starts on its head word is extended ("early on Friday" keeps its preposition).
 */
import type { Refiner } from '../types.js';

const MODIFIER_BEFORE = /(?:^|[^\w-])((?:early|late|mid)(?:-|\s+))$/i;
/** "almost four years ago": an approximate count, as the durations' own lead words ("about two weeks"). */
const APPROXIMATION_BEFORE =
  /(?:^|[^\w-])((?:almost|nearly|about|around|roughly|some|more\s+than|less\s+than)\s+)$/i;
const AGO = /\bago$/i;
const STARTS_WITH_PREPOSITION =
  /^(?:on|at|in|into|since|by|until|till|from|during|within|for|over|through|before|after)\s/i;

export const includeModifiers: Refiner = {
  name: 'include-modifiers',
  refine(candidates, env) {
    const text = env.doc.text;
    let previousEnd = 0;
    return candidates.map((c) => {
      const own = text.slice(c.start, c.end);
      const before = text.slice(Math.max(0, c.start - 12), c.start);
      const modifier = STARTS_WITH_PREPOSITION.test(own)
        ? undefined
        : (MODIFIER_BEFORE.exec(before)?.[1] ??
          (AGO.test(own) ? APPROXIMATION_BEFORE.exec(before)?.[1] : undefined));
      const start = modifier ? c.start - modifier.length : c.start;
      const out = modifier && start >= previousEnd && !c.nested ? { ...c, start } : c;
      previousEnd = Math.max(previousEnd, c.end);
      return out;
    });
  },
};
