import type { Diagnostic, Doc, Entity, Mention } from '../doc/types.js';
import { PREFERRED } from './affixes.js';
import { demonymCountry, demonymPlace, type PlaceDemonym } from './demonyms.js';
import { lookupName, type Lookup } from './lookup.js';
import { foldName } from './normalise.js';
import { orgIsPlace } from './org-places.js';
import { nameEvidence, notAPlace } from './not-places.js';
import { compoundPlaces } from './compound-names.js';
import { orgPrefixPlaces } from './org-prefixes.js';
import { orgSuffixPlaces } from './org-suffixes.js';
import { personPrefixPlaces } from './person-prefixes.js';
import { directionalPlaces } from './directional.js';
import { misreadAsPlace, nameVotes } from './same-name.js';
import { bareCountyLookup, isCountyHit, namesACounty } from './county-names.js';
import { stateAbbreviationPlaces } from './state-abbreviations.js';
import { MATCH_PENALTY, priorOf } from './prior.js';
import type { Gazetteer, GazetteerEntry, MatchVia } from './types.js';

export const TOPONYM_LABELS: ReadonlySet<string> = new Set(['GPE', 'LOC', 'FAC']);

export interface Candidate {
  entry: GazetteerEntry;
  via: MatchVia;
  /** Importance before context (feature kind, population, match quality). */
  prior: number;
  /** Prior plus context; set by `score.ts`. */
  score: number;
  /** The part of the context bonus that places it (same admin1 as, or near, another place of the article). */
  support: number;
  /** The part of `support` that the publication's home region gave (score.ts). */
  home?: number;
}

/**
 * Mentions read the same way: one sense per article, so they resolve together. "Donetsk" and "Donetsk
 * region" are two groups (the second wants a region).
 */
export interface ToponymGroup {
  id: string;
  key: string;
  mentions: Mention[];
  candidates: Candidate[];
  /** True when the wording asked for a kind of place (a region) the gazetteer lacks under that name. */
  fallback: boolean;
  /** Mentions read through their entity's canonical name because their own text found nothing ("the country"). */
  viaEntity: Set<Mention>;
  /** The pass-1 (prior-only) winner, kept to tell when context changed the answer. */
  priorWinner?: Candidate;
  /** "New York" the city or the state, chosen from the mentions' sentences (city-or-division.ts). */
  choice?: 'city' | 'division';
}

const HAS_CAPITAL = /\p{Lu}/u;
/** How much following text the affix check reads ("Donetsk" + " region", "Jackson, Clay and Barrow counties"). */
const LOOKAHEAD = 120;
/** How much preceding text the list check reads ("Jackson and " before "Barrow counties"). */
const LOOKBEHIND = 8;

/** Finds the GPE/LOC/FAC mentions the gazetteer knows, grouped by reading; the others become diagnostics. */
export function findToponyms(
  doc: Doc,
  gazetteer: Gazetteer,
): { groups: ToponymGroup[]; diagnostics: Diagnostic[] } {
  const groups = new Map<string, ToponymGroup>();
  const diagnostics: Diagnostic[] = [];
  const entities = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const placeNames = new Set(
    doc.mentions.filter((m) => TOPONYM_LABELS.has(m.label)).map((m) => foldName(m.text)),
  );
  /** ORG mentions not read as places, and place mentions not found as a whole: a place may start them. */
  const prefixed: Mention[] = [];
  const votes = nameVotes(doc.mentions);
  /** Place mentions the gazetteer does not know as a whole: "Fargo-Moorhead" may be two places. */
  const unfound: Mention[] = [];
  /** PERSON mentions not read as places: "Toledo Mayor Carty Finkbeiner" may start with one. */
  const titled: Mention[] = [];
  const names = nameEvidence(doc);
  for (const mention of doc.mentions) {
    const why = notAPlace(mention, doc, names);
    if (why) {
      // Said only where the tagger called it a place: a person's "her" was never a candidate.
      const span = { start: mention.start, end: mention.end };
      if (TOPONYM_LABELS.has(mention.label))
        diagnostics.push({ stage: 'geo', message: `"${mention.text}" is ${why}, not a place`, span });
      continue;
    }
    // An organisation or a MISC name may be a place: "Texas sued", "Tarrant County" as ORG, "Rochester" as MISC.
    if (mention.label === 'ORG' || mention.label === 'MISC') {
      const found = orgAsPlace(doc, mention, gazetteer, placeNames);
      if (found) addToGroup(groups, found, mention, false);
      else if (mention.label === 'ORG') prefixed.push(mention);
      continue;
    }
    if (!TOPONYM_LABELS.has(mention.label)) {
      const after = doc.text.slice(mention.end, mention.end + LOOKAHEAD);
      const misread = misreadAsPlace(mention, entities.get(mention.entity), after, votes);
      const found =
        misread || namesACounty(mention, after) ? lookupName(mention.text, after, gazetteer) : undefined;
      if (found && !found.prefers && (misread || found.hits.some(isCountyHit)))
        addToGroup(groups, found, mention, false);
      else if (mention.label === 'PERSON') titled.push(mention);
      continue;
    }
    const span = { start: mention.start, end: mention.end };
    const demonym = demonymCountry(mention.text);
    const ofPlace = demonymPlace(mention.text);
    if ((demonym !== undefined || ofPlace) && !(mention.label === 'GPE' && !fromNlpStage(mention))) {
      diagnostics.push({ stage: 'geo', message: `"${mention.text}" is a demonym, not a place`, span });
      continue;
    }
    const after = doc.text.slice(mention.end, mention.end + LOOKAHEAD);
    const before = doc.text.slice(Math.max(0, mention.start - LOOKBEHIND), mention.start);
    let found =
      (ofPlace && demonymPlaceLookup(ofPlace, gazetteer)) ??
      (demonym !== undefined
        ? demonymLookup(demonym, gazetteer)
        : HAS_CAPITAL.test(mention.text)
          ? lookupName(mention.text, after, gazetteer, before)
          : undefined);
    // "Sarpy", "Miami-Dade": a county named without its county word (only a name the gazetteer lacks).
    if (!found && demonym === undefined && HAS_CAPITAL.test(mention.text))
      found = bareCountyLookup(mention.text, gazetteer);
    let viaEntity = false;
    const entityName = entities.get(mention.entity)?.name;
    if (!found && entityName && entityName !== mention.text) {
      found = lookupName(entityName, '', gazetteer); // "the country" → its entity "Ukraine"
      viaEntity = true;
    }
    if (!found) {
      prefixed.push(mention);
      unfound.push(mention);
      diagnostics.push({
        stage: 'geo',
        message: `no gazetteer entry for "${mention.text}" (${mention.label})`,
        span,
      });
      continue;
    }
    addToGroup(groups, found, mention, viaEntity);
  }
  for (const { mention, found } of orgPrefixPlaces(prefixed, gazetteer, placeNames))
    addToGroup(groups, found, mention, false);
  const textAfter = (m: Mention): string => doc.text.slice(m.end, m.end + LOOKAHEAD);
  for (const { mention, found } of personPrefixPlaces(titled, gazetteer, placeNames))
    addToGroup(groups, found, mention, false);
  for (const { mention, found } of orgSuffixPlaces(prefixed, textAfter, gazetteer, placeNames))
    addToGroup(groups, found, mention, false);
  for (const { mention, found } of directionalPlaces(unfound, gazetteer, placeNames))
    addToGroup(groups, found, mention, false);
  for (const { mention, found } of compoundPlaces(unfound, gazetteer, placeNames))
    addToGroup(groups, found, mention, false);
  for (const { mention, found } of stateAbbreviationPlaces(doc, gazetteer))
    addToGroup(groups, found, mention, false);
  return { groups: [...groups.values()], diagnostics };
}

function addToGroup(
  groups: Map<string, ToponymGroup>,
  found: Lookup,
  mention: Mention,
  viaEntity: boolean,
): void {
  const id = `${found.key}|${found.prefers ?? ''}`;
  const group = groups.get(id) ?? newGroup(id, found);
  group.mentions.push(mention);
  if (viaEntity) group.viaEntity.add(mention);
  groups.set(id, group);
}

/** An ORG mention read as a place, when `orgIsPlace` says its name is one (its own text only, no entity). */
function orgAsPlace(
  doc: Doc,
  mention: Mention,
  gazetteer: Gazetteer,
  placeNames: ReadonlySet<string>,
): Lookup | undefined {
  if (!HAS_CAPITAL.test(mention.text)) return undefined;
  const after = doc.text.slice(mention.end, mention.end + LOOKAHEAD);
  const found = lookupName(mention.text, after, gazetteer);
  return found && !found.prefers && orgIsPlace(mention, found.hits, after, placeNames) ? found : undefined;
}

/** Rule prefixes of the mentions the nlp stage makes (names, titles and roles, coreference). */
const NLP_RULES = /^(ner|alias|coref):/;
const fromNlpStage = (m: Mention): boolean => NLP_RULES.test(m.rule);

/**
 * A demonym stands for its country only when a caller outside the nlp stage marks it GPE (a gold span, a hand
 * annotation: LGL annotates "the Georgian side" as a toponym). Demonyms are no places of their own: one the
 * nlp stage labels GPE is a labelling slip, so a normal run's `doc.places` holds no demonyms.
 */
function demonymLookup(country: string, gazetteer: Gazetteer): Lookup | undefined {
  const entry = gazetteer.country(country);
  return entry && { key: `demonym:${country}`, hits: [{ entry, via: 'demonym' }] };
}

/** A regional or continental demonym read as its place, among the gazetteer's entries in its country. */
function demonymPlaceLookup(ofPlace: PlaceDemonym, gazetteer: Gazetteer): Lookup | undefined {
  const found = lookupName(ofPlace.place, '', gazetteer);
  const hits = found?.hits.filter((h) => !ofPlace.country || h.entry.country === ofPlace.country) ?? [];
  return hits.length ? { key: `demonym:${foldName(ofPlace.place)}`, hits } : undefined;
}

function newGroup(id: string, found: Lookup): ToponymGroup {
  const all = found.hits.map((h) => {
    const prior = priorOf(h.entry) + MATCH_PENALTY[h.via];
    return { entry: h.entry, via: h.via, prior, score: prior, support: 0 };
  });
  const prefers = found.prefers;
  const wanted = prefers ? all.filter((c) => PREFERRED[prefers](c.entry)) : all;
  const fallback = wanted.length === 0;
  return {
    id,
    key: found.key,
    mentions: [],
    candidates: fallback ? all : wanted,
    fallback,
    viaEntity: new Set(),
  };
}
