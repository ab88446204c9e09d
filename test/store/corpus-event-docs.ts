/**
 * Hand-built reports of the Alaska summit and of other meetings, for the corpus event tests on both engines
 * (corpus-events.test.ts, corpus-events-upgrade.test.ts): real sentences, spans found in the text.
 */
import type { Doc } from '../../src/doc/types.js';
import { A } from '../corpus/claim-docs.js';
import type { EventDocSpec } from '../corpus/event-docs.js';

/** The article's place "Anchorage" (a city in Alaska), attached to its event. */
export function inAnchorage(doc: Doc): Doc {
  const start = doc.text.indexOf('Anchorage');
  doc.places.push({
    start,
    end: start + 'Anchorage'.length,
    text: 'Anchorage',
    name: 'Anchorage',
    lat: 61.218,
    lon: -149.9,
    country: 'US',
    admin1: 'AK',
    geonameId: 5879400,
    featureClass: 'P.PPLA2',
    confidence: 0.9,
    source: 'test',
    sentence: 0,
    rule: 'test',
  });
  doc.events[0]!.place = 0;
  return doc;
}

/** The codes the events stage gives the summit: Putin (RUSGOV) meets Trump (USAGOV), CONSULT 040. */
export function coded(doc: Doc): Doc {
  const actor = (name: string, country: string) =>
    ({ code: `${country}GOV`, name, country, agent: 'GOV', rule: 'test' }) as const;
  Object.assign(doc.events[0]!, {
    code: '040',
    goldstein: 1,
    quadClass: 1,
    sourceActor: actor('Vladimir Putin', 'RUS'),
    targetActor: actor('Donald Trump', 'USA'),
  });
  return doc;
}

/** A's text syndicated by another outlet under its own URL: a near-duplicate, so no second source. */
export const SYNDICATED: EventDocSpec = {
  ...A,
  uri: 'https://syndicator.example/putin-trump',
  site: 'syndicator.example',
};

/** The same two leaders meeting again two days later, in the same story. */
export const AGAIN: EventDocSpec = {
  uri: 'https://daily.example/again',
  site: 'daily.example',
  published: '2025-08-17',
  text:
    'Vladimir Putin met Donald Trump again on Sunday at the military base in Anchorage for more talks on ' +
    'the war in Ukraine after the summit in Alaska.',
  people: A.people,
  event: { ...A.event!, time: { says: 'Sunday', value: '2025-08-17' } },
};

/** Another meeting the same day, between other actors. */
export const OTHERS: EventDocSpec = {
  uri: 'https://wire.example/lavrov',
  site: 'wire.example',
  published: '2025-08-15',
  text:
    'Sergei Lavrov met Marco Rubio at the military base in Anchorage on Friday before the summit on the ' +
    'war in Ukraine.',
  people: [
    { name: 'Sergei Lavrov', says: 'Sergei Lavrov' },
    { name: 'Marco Rubio', says: 'Marco Rubio' },
  ],
  event: { ...A.event!, time: { says: 'Friday', value: '2025-08-15' } },
};
