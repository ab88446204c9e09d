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

const PART_OF_DAY_OF = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;
const RANGE = /\s*(?:\bto\b|\bthrough\b|\buntil\b|\btill\b|-|–|—)\s*/i;
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
        // "from Friday to December", "Aug. 26 to Oct. 20": TimeML annotates each end of a range on its own.
        const ends = result.end ? RANGE.exec(result.text) : null;
        if (ends) {
          const parts: [string, number][] = [
            [result.text.slice(0, ends.index), 0],
            [result.text.slice(ends.index + ends[0].length), ends.index + ends[0].length],
          ];
          for (const [text, at] of parts) {
            for (const inner of engine.parse(text, reference, { forwardDate: false })) {
              const start = sentence.start + result.index + at;
              const d = fromChrono(inner, start, sentence.index, env.anchor !== undefined, tables);
              if (d) out.push(d);
            }
          }
          continue;
        }
        const c = fromChrono(result, sentence.start, sentence.index, env.anchor !== undefined, tables);
        if (c) out.push(c);
        // chrono's "night of" parser swallows the date after it and keeps none of it ("the night of
        // Friday, Oct. 23"): the date is parsed again on its own.
        const lead = PART_OF_DAY_OF.exec(result.text)?.[0].length;
        if (!c && lead) {
          for (const inner of engine.parse(result.text.slice(lead), reference, { forwardDate: false })) {
            const start = sentence.start + result.index + lead;
            const d = fromChrono(inner, start, sentence.index, env.anchor !== undefined, tables);
            if (d) out.push(d);
          }
        }
      }
      return out;
    },
  };
}
