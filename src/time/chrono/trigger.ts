/**
 * A cheap test of whether chrono could find anything in a sentence: each of chrono's English parsers needs
 * a digit, a month or weekday name, a unit of time or one of these deictic words. Sentences without any of
 * them (most sentences of a news story) skip chrono, which is the costliest finder by far.
 */
export const CHRONO_TRIGGER =
  /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tonight|tmr|tomorrow|yesterday|now|noon|midday|midnight|morning|afternoon|evening|night|ago|later|week|fortnight|month|year|yr|decade|day|hour|min|sec|quarter|qtr|end\s+of)/i;
