/**
 * Internal types of the time stage: finders turn sentences into candidates, refiners turn the candidate list
 * into resolved timexes (chrono-node's `Configuration = { parsers, refiners }`, over our own candidates).
 */
import type { Doc, Sentence, Timex, TimexType } from '../doc/types.js';
import type { Tables } from './tables.js';

export type Granularity = NonNullable<Timex['granularity']>;

/** A calendar day (no zone): the date a timex names, or the publication date. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface Clock {
  hour: number;
  minute: number;
  second?: number;
}

export type Tense = 'past' | 'future';

/** What an expression left open, to be settled by the refiners from the anchor and the sentence's tense. */
export type Pending =
  /** "on Friday": ISO weekday 1 (Monday) … 7 (Sunday). */
  | { kind: 'weekday'; weekday: number }
  /** "February 28": month and day, no year. */
  | { kind: 'monthDay'; month: number; day: number }
  /** "in May": a month, no year. */
  | { kind: 'month'; month: number }
  /** "at 11:30 am" alone: the day is the anchor's. */
  | { kind: 'anchorDay' }
  /** "two days later": a shift from the last full date stated before it in the text. */
  | {
      kind: 'shift';
      amount: number;
      unit: 'day' | 'week' | 'month' | 'year';
      /** "that day": only a date stated before it in the text can resolve it, never the anchor. */
      textOnly?: boolean;
    }
  /**
   * "the quarter", "the year-ago period": the reporting period under discussion (the last quarter named
   * before it), `yearsBack` years earlier or in the `year` stated ("the 1988 period"); `latest` falls back to the last quarter ended before the anchor.
   */
  | { kind: 'period'; yearsBack: number; latest: boolean; year?: number };

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  /** The TimeML value as far as known; refiners complete it (pending, clock, zone). */
  value: string;
  anchored: boolean;
  granularity?: Granularity;
  rule: string;
  sentence: number;
  /** Breaks ties on overlap: our finders (1) win over chrono (0) on the same span. */
  priority: number;
  /** The calendar day the expression names, once known. */
  day?: CalendarDay;
  clock?: Clock;
  /** UTC offset in minutes stated in the text ("GMT", "EDT"). */
  statedOffset?: number;
  /** TimeML part of day code (MO, AF, EV, NI). */
  partOfDay?: string;
  pending?: Pending;
  /** May sit inside another timex: a stated UTC equivalent in parentheses. */
  nested?: boolean;
}

/** What every finder and refiner may read about the document. */
export interface DocEnv {
  doc: Doc;
  /** The publication date, when known; never the wall clock. */
  anchor?: CalendarDay;
  tables: Tables;
}

/** One pattern or concern; returns candidates with offsets into `doc.text`. */
export interface Finder {
  name: string;
  find(sentence: Sentence, env: DocEnv): Candidate[];
}

export interface Refiner {
  name: string;
  refine(candidates: Candidate[], env: DocEnv): Candidate[];
}

export interface TimeConfiguration {
  finders: Finder[];
  refiners: Refiner[];
}
