/**
 * The time stage's configuration, chrono-style: finders (one pattern or concern each) and the ordered
 * refiners that turn their candidates into timexes. Built once per process (patterns compile once).
 */
import type { Context } from '../context.js';
import { configuredChrono } from './chrono/engine.js';
import { chronoFinder } from './finders/chrono.js';
import { decadeFinder } from './finders/decades.js';
import { durationFinders } from './finders/durations.js';
import { quarterFinder } from './finders/quarters.js';
import { relativeUnitFinder } from './finders/relative-units.js';
import { seasonFinder } from './finders/seasons.js';
import { setFinder } from './finders/sets.js';
import { shiftFinders } from './finders/shifts.js';
import { statedUtcFinder } from './finders/stated-utc.js';
import { vagueFinder } from './finders/vague.js';
import { yearFinder } from './finders/years.js';
import { dayOfStatedUtc, formatTimeValues, zoneClockTimes } from './refiners/clock-values.js';
import { mergeClockWithDay } from './refiners/merge-clock-day.js';
import { dropOverlaps } from './refiners/overlaps.js';
import { resolvePending } from './refiners/resolve-pending.js';
import { resolveShifts } from './refiners/resolve-shifts.js';
import { timeTables } from './tables.js';
import { tenseFinder } from './tense.js';
import type { TimeConfiguration } from './types.js';

export function timeConfiguration(ctx: Context): TimeConfiguration {
  return ctx.cache.get('time:configuration', () => {
    const tables = timeTables(ctx);
    return {
      finders: [
        chronoFinder(configuredChrono(ctx, tables), tables),
        yearFinder(tables),
        decadeFinder(tables),
        ...durationFinders(tables),
        ...shiftFinders(tables),
        relativeUnitFinder(tables),
        seasonFinder(tables),
        quarterFinder(tables),
        vagueFinder(tables),
        setFinder(tables),
        statedUtcFinder(),
      ],
      refiners: [
        dropOverlaps, // first: later refiners see one reading per stretch of text
        mergeClockWithDay, // before resolving, so the merged time settles its weekday once
        resolvePending(tenseFinder(tables)),
        resolveShifts, // after resolvePending: shifts count from days it settled
        zoneClockTimes, // needs days (DST depends on the date)
        dayOfStatedUtc, // needs the local time's offset
        formatTimeValues, // last: writes the TIME values from day, clock and offset
      ],
    };
  });
}
