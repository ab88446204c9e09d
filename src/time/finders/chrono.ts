/**
 * chrono-node as one finder among ours. Its reference is the publication day at noon UTC (noon, so no host
 * zone can move the day); without a publication date a fixed dummy reference is used and every value that
 * came from it is replaced by X placeholders in convert.ts and the refiners — never the wall clock.
 */
import type { Chrono } from 'chrono-node';
import { fromChrono } from '../chrono/convert.js';
import { CHRONO_TRIGGER } from '../chrono/trigger.js';
import type { Tables } from '../tables.js';
import type { CalendarDay, Finder } from '../types.js';

const DUMMY_REFERENCE: CalendarDay = { year: 2000, month: 1, day: 5 };

export function chronoFinder(engine: Chrono, tables: Tables): Finder {
  return {
    name: 'chrono',
    find(sentence, env) {
      if (!CHRONO_TRIGGER.test(sentence.text)) return [];
      const day = env.anchor ?? DUMMY_REFERENCE;
      const reference = { instant: new Date(Date.UTC(day.year, day.month - 1, day.day, 12)), timezone: 0 };
      const out = [];
      for (const result of engine.parse(sentence.text, reference, { forwardDate: false })) {
        const c = fromChrono(result, sentence.start, sentence.index, env.anchor !== undefined, tables);
        if (c) out.push(c);
      }
      return out;
    },
  };
}
