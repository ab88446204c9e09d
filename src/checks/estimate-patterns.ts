/**
 * What counts as an estimate or a probability, as a table. Written by hand for newsgraph.
 *
 * Decision (documented for reviewers): a percentage or number is an estimate only when it is a chance
 * ("a 25% chance of", "one in three chance") or is hedged ("about 40 per cent", "an estimated 10,000
 * troops"). A bare rate, share or tariff ("a 25% tariff", "25% of voters", "inflation rose 3%") is a
 * reported figure, not an estimate, and is left alone.
 */

/** Chances and probabilities: `num` (and `den` for "one in three"), optional `subject` and `what`. */
export const PROBABILITY_PATTERNS: readonly { id: string; pattern: string }[] = [
  {
    id: 'percent-chance',
    pattern:
      '(?:(?<subject>(?:the|a|an|his|her|their|its)\\s+[\\p{L}-]+)\\s+(?:has|had|have|stands|is\\s+given|was\\s+given)\\s+)?' +
      '(?:an?\\s+)?(?<num>\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|per\\s?cent|percent)\\s+(?:chance|probability|likelihood|risk|odds)' +
      '(?:\\s+(?:of|that)\\s+(?<what>[^,.;:!?()“”"]+))?',
  },
  {
    id: 'n-in-m-chance',
    pattern:
      '(?:(?<subject>(?:the|a|an|his|her|their|its)\\s+[\\p{L}-]+)\\s+(?:has|had|have|stands|is\\s+given)\\s+)?(?:an?\\s+)?' +
      '\\b(?<num>one|two|three|four|five|\\d{1,2})[-\\s]+in[-\\s]+(?<den>two|three|four|five|six|ten|twenty|hundred|a\\s+hundred|\\d{1,4})\\s+(?:chance|probability|odds|risk)' +
      '(?:\\s+(?:of|that)\\s+(?<what>[^,.;:!?()“”"]+))?',
  },
];

/** Hedges that make the number after them an estimate. */
export const HEDGES = [
  'an estimated',
  'estimated at',
  'estimated',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'nearly',
  'almost',
  'up to',
  'as many as',
  'an expected',
  'projected',
];

/** Units after a hedged number that make it a time or an age, not an estimate of a quantity. */
export const NOT_ESTIMATE_UNITS = new Set([
  'am',
  'pm',
  'a',
  'hour',
  'hours',
  'minute',
  'minutes',
  'second',
  'seconds',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'o',
  'oclock',
  'gmt',
  'utc',
  'times',
]);

/**
 * Verbal probabilities and a representative value, after the IPCC AR5 calibrated language
 * (Mastrandrea et al. 2010: virtually certain 99–100%, very likely 90–100%, likely 66–100%, about as likely
 * as not 33–66%, unlikely 0–33%, very unlikely 0–10%); the values here are the usual reading, not bounds.
 */
export const VERBAL_PROBABILITIES: readonly [phrase: string, value: number][] = [
  ['virtually certain', 0.99],
  ['almost certain', 0.95],
  ['very likely', 0.9],
  ['highly likely', 0.9],
  ['more likely than not', 0.6],
  ['about as likely as not', 0.5],
  ['likely', 0.7],
  ['probably', 0.7],
  ['highly unlikely', 0.1],
  ['very unlikely', 0.1],
  ['unlikely', 0.3],
  ['improbable', 0.2],
];

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  ten: 10,
  twenty: 20,
  hundred: 100,
  'a hundred': 100,
};
