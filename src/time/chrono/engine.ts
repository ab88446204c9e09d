/** The one configured chrono-node instance: chrono's casual English parsers, then our filters. */
// The English locale alone (the package's index is the same `casual`, but loads all 14 locales: 266 modules).
import * as chrono from 'chrono-node/en';
import type { Context } from '../../context.js';
import type { Tables } from '../tables.js';
import {
  abbreviatedWeekdayFilter,
  bareMonthFilter,
  looseClockFilter,
  namedDayFilter,
  namedTodayFilter,
  relativeDurationFilter,
  vacuousResultFilter,
  yearlessSlashDateFilter,
} from './filters.js';

export function configuredChrono(ctx: Context, tables: Tables): chrono.Chrono {
  return ctx.cache.get('time:chrono', () => {
    const engine = chrono.casual.clone();
    // After chrono's own refiners, so they see merged results ("Friday at 3 pm") and drop whole ones.
    engine.refiners.push(
      abbreviatedWeekdayFilter,
      namedDayFilter(tables),
      namedTodayFilter,
      bareMonthFilter(tables),
      yearlessSlashDateFilter,
      looseClockFilter,
      vacuousResultFilter,
      relativeDurationFilter,
    );
    return engine;
  });
}
