/**
 * Completes TIME values. A local clock time takes the UTC offset of its zone on that day (DST included):
 * the zone of the most specific place named in the same sentence, else the publication's zone, else none
 * (the value then has no offset and the rule says `:no-zone`). A stated UTC clock ("1900 GMT") inside such a
 * time takes the day nearest the local time's instant; elsewhere it keeps the day it was given.
 */
import { DateTime } from 'luxon';
import { clockValue, dayValue, fromDateTime, offsetValue } from '../calendar.js';
import { zoneForSentence } from '../zones.js';
import type { Candidate, DocEnv, Refiner } from '../types.js';

function localInstant(c: Candidate, offset: number): DateTime | undefined {
  if (!c.day || !c.clock) return undefined;
  const { year, month, day } = c.day;
  return DateTime.utc(year, month, day, c.clock.hour, c.clock.minute).minus({ minutes: offset });
}

/** Offsets for local clock times (those without a stated zone). */
export const zoneClockTimes: Refiner = {
  name: 'zone-clock-times',
  refine(candidates: Candidate[], env: DocEnv) {
    return candidates.map((c) => {
      if (!c.clock || c.statedOffset !== undefined || !c.day) return c;
      const choice = zoneForSentence(env.doc, c.sentence, c.start);
      if (!choice) return { ...c, rule: `${c.rule}:no-zone` };
      const local = DateTime.fromObject(
        { ...c.day, hour: c.clock.hour, minute: c.clock.minute },
        { zone: choice.zone },
      );
      if (!local.isValid) return { ...c, rule: `${c.rule}:no-zone` };
      return { ...c, statedOffset: local.offset, rule: `${c.rule}:zone-${choice.from}` };
    });
  },
};

/** The day of a stated UTC clock inside a local time: the one nearest the local time's instant. */
export const dayOfStatedUtc: Refiner = {
  name: 'day-of-stated-utc',
  refine(candidates: Candidate[]) {
    return candidates.map((c) => {
      if (!c.nested || !c.clock) return c;
      const host = candidates.find(
        (h) => h !== c && h.start <= c.start && h.end >= c.end && h.clock && h.day,
      );
      const instant =
        host && host.statedOffset !== undefined ? localInstant(host, host.statedOffset) : undefined;
      if (!instant) return host?.day ? { ...c, day: host.day, anchored: host.anchored } : c;
      const near = [-1, 0, 1]
        .map((d) => instant.startOf('day').plus({ days: d, hours: c.clock!.hour, minutes: c.clock!.minute }))
        .sort((a, b) => Math.abs(a.diff(instant).toMillis()) - Math.abs(b.diff(instant).toMillis()))[0]!;
      return { ...c, day: fromDateTime(near), anchored: true };
    });
  },
};

/** Writes the final TIME values: day + clock + offset, or day + part of day. */
export const formatTimeValues: Refiner = {
  name: 'format-time-values',
  refine(candidates: Candidate[]) {
    return candidates.map((c) => {
      if (c.type !== 'TIME') return c;
      const date = c.day ? dayValue(c.day) : c.value.split('T')[0] || 'XXXX-XX-XX';
      if (c.clock) {
        const offset = c.statedOffset !== undefined ? offsetValue(c.statedOffset) : '';
        return { ...c, value: `${date}${clockValue(c.clock)}${offset}` };
      }
      if (c.partOfDay) return { ...c, value: `${date}T${c.partOfDay}`, granularity: 'hour' };
      return c;
    });
  },
};
