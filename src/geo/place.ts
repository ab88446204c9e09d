import type { Context } from '../context.js';
import type { Mention, Place } from '../doc/types.js';
import { COMPOUND_PART_RULE } from './compound-names.js';
import { ORG_PREFIX_RULE } from './org-prefixes.js';
import { ORG_SUFFIX_RULE } from './org-suffixes.js';
import { DIRECTION_PART_RULE } from './directional.js';
import { STATE_ABBREVIATION_RULE } from './state-abbreviations.js';
import { timeZoneOf } from './timezone.js';
import type { Candidate, ToponymGroup } from './toponyms.js';
import type { Gazetteer } from './types.js';

/**
 * How the choice was made, for the Place's `rule`: `only` (one candidate), `prior` (the most important
 * candidate won), `context` (the article's other clues overturned the prior winner), `home` (they did so
 * only with the publication's home region: without it another candidate would have won).
 */
function decidedBy(group: ToponymGroup, winner: Candidate): string {
  if (group.candidates.length === 1) return 'only';
  if (winner === group.priorWinner) return 'prior';
  return homeDecided(group, winner) ? 'home' : 'context';
}

const withoutHome = (c: Candidate): number => c.score - (c.home ?? 0);

function homeDecided(group: ToponymGroup, winner: Candidate): boolean {
  return !!winner.home && group.candidates.some((c) => c !== winner && withoutHome(c) > withoutHome(winner));
}

/**
 * How the mention's text reached the entry: `org-name` and `misc-name` for an ORG or MISC mention read as a
 * place (org-places.ts), `misread-name` for a PERSON one (same-name.ts), `org-prefix` and `compound-part` for a place found
 * inside a longer mention.
 */
function readVia(mention: Mention, group: ToponymGroup, winner: Candidate): string {
  if (group.viaEntity.has(mention)) return 'entity-name';
  if (mention.rule === ORG_PREFIX_RULE) return 'org-prefix';
  if (mention.rule === ORG_SUFFIX_RULE) return 'org-suffix';
  if (mention.rule === DIRECTION_PART_RULE) return 'direction-part';
  if (mention.rule === COMPOUND_PART_RULE) return 'compound-part';
  if (mention.rule === STATE_ABBREVIATION_RULE) return 'state-abbreviation';
  if (mention.label === 'PERSON') return 'misread-name';
  if (mention.label === 'MISC') return 'misc-name';
  return mention.label === 'ORG' ? 'org-name' : winner.via;
}

/** The Place of one mention resolved to `winner`. */
export function placeOf(
  mention: Mention,
  group: ToponymGroup,
  winner: Candidate,
  confidence: number,
  gazetteer: Gazetteer,
  ctx: Context,
): Place {
  const e = winner.entry;
  const place: Place = {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    name: e.name,
    lat: e.lat,
    lon: e.lon,
    confidence,
    source: e.source,
    sentence: mention.sentence,
    rule: `geo:${readVia(mention, group, winner)}:${decidedBy(group, winner)}`,
  };
  if (mention.entity) place.entity = mention.entity; // a place inside an organisation's name has none
  if (e.country) place.country = e.country;
  if (e.admin1) place.admin1 = e.admin1;
  if (e.geonameId !== undefined) place.geonameId = e.geonameId;
  place.featureClass = e.featureClass;
  const zone = timeZoneOf(e, gazetteer, ctx);
  if (zone) place.timeZone = zone;
  return place;
}
