/** English month names, shared by the finders that read them outside chrono. */

/** The twelve names in calendar order. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A regex source for a capitalised month name or its dotted abbreviation ("Aug.", "Sept."). */
export const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)';

const PREFIXES = MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase());

/** ISO month number of a month name or abbreviation (any case), 0 when it is not one. */
export const monthNumber = (name: string): number => PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
