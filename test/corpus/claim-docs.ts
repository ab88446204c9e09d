/**
 * Articles about one summit, one event and one quote each, for the corroboration and contradiction checks of
 * both store engines (`store-claims.test.ts`, `test/store/postgres/corpus.test.ts`): A and B agree, D gives
 * another date, E names Putin by surname only (linked to "Vladimir Putin" of the same story).
 */
import type { EventDocSpec } from './event-docs.js';

const PEOPLE = [
  { name: 'Vladimir Putin', says: 'Vladimir Putin' },
  { name: 'Donald Trump', says: 'Donald Trump' },
];
const QUOTE = 'We had a constructive meeting and agreed to keep talking about Ukraine';
const MET_FRIDAY = {
  cue: 'met',
  type: 'CONSULT',
  source: 0,
  target: 1,
  time: { says: 'Friday', value: '2025-08-15' },
};

export const A: EventDocSpec = {
  uri: 'https://wire.example/a',
  site: 'wire.example',
  published: '2025-08-15',
  text:
    `Vladimir Putin met Donald Trump at a military base in Anchorage on Friday for talks on the war in ` +
    `Ukraine. "${QUOTE}," Vladimir Putin told reporters after the summit in Alaska.`,
  people: PEOPLE,
  event: MET_FRIDAY,
  quote: { says: QUOTE, speaker: 0 },
};

export const B: EventDocSpec = {
  uri: 'https://daily.example/b',
  site: 'daily.example',
  published: '2025-08-15',
  text:
    `In Alaska, Vladimir Putin met Donald Trump on Friday. The summit in Anchorage was about ending the war ` +
    `in Ukraine, and Vladimir Putin said: "${QUOTE} next month."`,
  people: PEOPLE,
  event: MET_FRIDAY,
  quote: { says: `${QUOTE} next month`, speaker: 0 },
};

export const D: EventDocSpec = {
  uri: 'https://weekly.example/d',
  site: 'weekly.example',
  published: '2025-08-16',
  text:
    `Vladimir Putin met Donald Trump on Saturday in Anchorage, Alaska, where the summit on the war in ` +
    `Ukraine ended without a ceasefire deal, the Kremlin said.`,
  people: PEOPLE,
  event: { ...MET_FRIDAY, time: { says: 'Saturday', value: '2025-08-16' } },
};

export const E: EventDocSpec = {
  uri: 'https://blog.example/e',
  published: '2025-08-15',
  text:
    `Putin arrived in Anchorage, Alaska, on Friday for the summit with Donald Trump on the war in Ukraine, ` +
    `a meeting at a military base that ended after three hours.`,
  people: [
    { name: 'Putin', says: 'Putin' },
    { name: 'Donald Trump', says: 'Donald Trump' },
  ],
};
