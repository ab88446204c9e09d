/**
 * The time stage's configuration, chrono-style: finders (one pattern or concern each) and the ordered
 * refiners that turn their candidates into timexes. Built once per process (patterns compile once).
 */
import type { Context } from '../context.js';
import { configuredChrono } from './chrono/engine.js';
import { attributiveFinder } from './finders/attributive.js';
import { chronoFinder } from './finders/chrono.js';
import { coordinatedDayFinder } from './finders/coordinated-days.js';
import { decadeFinder, wordDecadeFinder } from './finders/decades.js';
import { durationFinders } from './finders/durations.js';
import { fiscalYearFinders } from './finders/fiscal-years.js';
import { frequencyAdverbFinder } from './finders/frequency-adverbs.js';
import { halfYearFinder } from './finders/halves.js';
import { holidayFinder } from './finders/holidays.js';
import { partOfPeriodFinder, yearEndFinder } from './finders/part-of-period.js';
import { partOfDayFinder } from './finders/parts-of-day.js';
import { periodFinders } from './finders/periods.js';
import { quarterFinder } from './finders/quarters.js';
import { relativeMonthFinder } from './finders/relative-months.js';
import { relativeUnitFinder } from './finders/relative-units.js';
import { seasonFinder } from './finders/seasons.js';
import { setFinder } from './finders/sets.js';
import { shiftFinders } from './finders/shifts.js';
import { spelledYearFinder } from './finders/spelled-years.js';
import { statedUtcFinder } from './finders/stated-utc.js';
import { vagueFinder } from './finders/vague.js';
import { weekendFinder } from './finders/weekend.js';
import { bareYearFinder, yearFinder } from './finders/years.js';
import { dayOfStatedUtc, formatTimeValues, zoneClockTimes } from './refiners/clock-values.js';
import { mergeClockWithDay } from './refiners/merge-clock-day.js';
import { includeModifiers } from './refiners/modifiers.js';
import { dropInsideNames } from './refiners/inside-names.js';
import { dropOverlaps } from './refiners/overlaps.js';
import { resolveHolidayYears } from './refiners/holiday-years.js';
import { resolvePending } from './refiners/resolve-pending.js';
import { resolveReportingPeriods } from './refiners/reporting-period.js';
import { resolveShifts } from './refiners/resolve-shifts.js';
import { resolveWeekOf } from './refiners/week-of.js';
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
        bareYearFinder(tables),
        spelledYearFinder(tables),
        decadeFinder(tables),
        wordDecadeFinder(),
        ...durationFinders(tables),
        ...shiftFinders(tables),
        relativeUnitFinder(tables),
        relativeMonthFinder(),
        coordinatedDayFinder(),
        seasonFinder(tables),
        quarterFinder(tables),
        halfYearFinder(),
        ...periodFinders(),
        partOfPeriodFinder(),
        yearEndFinder(),
        partOfDayFinder(tables),
        ...fiscalYearFinders(),
        vagueFinder(tables),
        attributiveFinder(tables),
        setFinder(tables),
        frequencyAdverbFinder(tables),
        holidayFinder(tables),
        weekendFinder(tables),
        statedUtcFinder(),
      ],
      refiners: [
        dropInsideNames, // "USA TODAY" is a newspaper
        dropOverlaps, // first: later refiners see one reading per stretch of text
        mergeClockWithDay, // before resolving, so the merged time settles its weekday once
        includeModifiers, // after the merges, so a modifier joins the whole timex
        resolvePending(tenseFinder(tables)),
        resolveHolidayYears(tenseFinder(tables)), // before resolveShifts: "a week after Election Day" counts from it
        resolveShifts, // after resolvePending: shifts count from days it settled
        resolveWeekOf, // after the days are settled
        resolveReportingPeriods, // after resolveShifts: rewrites "a year earlier" next to a named quarter
        zoneClockTimes, // needs days (DST depends on the date)
        dayOfStatedUtc, // needs the local time's offset
        formatTimeValues, // last: writes the TIME values from day, clock and offset
      ],
    };
  });
}
