import { tokenEndingAfter } from '../doc/query.js';
import type { Doc, Entity, Mention, Token } from '../doc/types.js';
import { cachedWordForm, normaliseWord, type WordForm } from './lemma.js';
import { actorEntityId, isActorEntity } from './actors.js';
import { findUnnamed, type UnnamedScope } from './unnamed.js';
import { findDictionaryActors, type DictionaryActorScope } from './dictionary-actors.js';
import type { KbEntry } from '../kb/rows.js';
import { NO_CLAUSE_TABLES, type ClauseTables } from './clause-links.js';

/** An actor mention located on the sentence's tokens. */
export interface Actor {
  mention: Mention;
  /** The entity the event records: NORP mentions resolve to their country's entity where the doc has one. */
  entity: string;
  /** Token range within the sentence, end exclusive. */
  tokStart: number;
  tokEnd: number;
  /** Lower-cased text, for pronoun checks; acronyms keep their case so "US" is not "us". */
  lower: string;
  /**
   * A place, party or organisation name modifying a person-role noun ("the South Carolina senator", "the
   * GOP nominee"): the phrase names an unnamed person, so this actor fills no slot and stops the search.
   */
  roleModifier?: boolean;
  /** A city, state or county (gazetteer feature P.* or A.ADM*): as a bare noun modifier it is the venue. */
  subnational?: boolean;
  /**
   * "Poland's parliament": the actor's genitive names one of its institutions (data/events/institutions.tsv);
   * the token after the institution noun, where its verb may follow.
   */
  institutionEnd?: number;
  /** An unnamed actor ("police in Lagos"): its agent-dictionary phrase and the country the text gives. */
  unnamed?: { agent: string; country?: string };
  /** The agent code of the group it names ("rebels" REB) or heads ("Russian troops" MIL): unnamed-actors.tsv. */
  agentCode?: string;
  /** A name the actor dictionaries list where NER found no actor: its entry and codes at the date. */
  dictionary?: { entry: KbEntry; roles: readonly string[] };
}

/** One sentence as the event finders see it: tokens with lemmas, actors indexed by token. */
export interface SentenceView {
  index: number;
  start: number;
  end: number;
  tokens: readonly Token[];
  lower: readonly string[];
  lemmas: readonly (readonly string[])[];
  /** Each token's word form: its lemmas and what the tables hold for them (lemma.ts). */
  forms: readonly WordForm[];
  /** Actors in text order, nested and modifier mentions removed. */
  actors: readonly Actor[];
  /** actorStartingAt[i] / actorEndingAt[i]: the actor whose first / last token is i. */
  actorStartingAt: readonly (Actor | undefined)[];
  actorEndingAt: readonly (Actor | undefined)[];
  /** Word tables the subject search follows across clauses (control verbs, message nouns). */
  clauses: ClauseTables;
}

/** Splits the doc's tokens and actor mentions by sentence (one pass over each list). */
export function sentenceViews(
  doc: Doc,
  irregular: ReadonlyMap<string, string>,
  formCache: Map<string, WordForm>,
  personRoles: ReadonlySet<string> = new Set(),
  institutions: ReadonlySet<string> = new Set(),
  unnamed?: UnnamedScope,
  clauses: ClauseTables = NO_CLAUSE_TABLES,
  dictionary?: DictionaryActorScope,
): SentenceView[] {
  const entities = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const subnational = new Set(
    doc.places.filter((p) => p.entity && /^(P\.|A\.ADM)/.test(p.featureClass ?? '')).map((p) => p.entity),
  );
  const tokensBySentence = groupBy(doc.tokens, doc.sentences.length);
  const mentionsBySentence = groupBy(doc.mentions, doc.sentences.length);
  return doc.sentences.map((s, i) => {
    const tokens = tokensBySentence[i] ?? [];
    // the first lemma candidate is the normalised word itself
    const forms: WordForm[] = [];
    const lemmas: (readonly string[])[] = [];
    const lower: string[] = [];
    for (const t of tokens) {
      const form = cachedWordForm(t.text, irregular, formCache);
      forms.push(form);
      lemmas.push(form.lemmas);
      lower.push(form.lower);
    }
    const mentions = mentionsBySentence[i] ?? [];
    const located = locateActors(doc, tokens, mentions, entities);
    // names only the actor dictionaries know ("Arnor", "Gondor"), then the modifiers among all of them
    const listed = dictionary ? findDictionaryActors(dictionary, tokens, located, mentions, i) : [];
    const all = listed.length > 0 ? [...located, ...listed].sort((a, b) => a.tokStart - b.tokStart) : located;
    const named = dropModifiers(all, tokens);
    const found = unnamed
      ? findUnnamed(
          unnamed,
          tokens,
          lower,
          named,
          listed.length > 0 ? [...mentions, ...listed.map((a) => a.mention)] : mentions,
          i,
          forms,
        )
      : undefined;
    // `named` is already in token order (and the sort is stable): only a sentence with unnamed actors
    // needs the merge, most have none
    const actors =
      found && (found.actors.length > 0 || found.absorbed.size > 0)
        ? [...named.filter((a) => !found.absorbed.has(a)), ...found.actors].sort(
            (a, b) => a.tokStart - b.tokStart,
          )
        : named;
    for (const a of actors) {
      if (modifiesPersonRole(a, tokens, lemmas, personRoles)) a.roleModifier = true;
      if (subnational.has(a.mention.entity)) a.subnational = true;
      const institutionEnd = institutionAfterGenitive(a, tokens, lemmas, institutions);
      if (institutionEnd !== undefined) a.institutionEnd = institutionEnd;
    }
    const actorStartingAt: (Actor | undefined)[] = new Array(tokens.length).fill(undefined);
    const actorEndingAt: (Actor | undefined)[] = new Array(tokens.length).fill(undefined);
    for (const a of actors) {
      actorStartingAt[a.tokStart] ??= a;
      actorEndingAt[a.tokEnd - 1] = a;
    }
    return {
      index: i,
      start: s.start,
      end: s.end,
      tokens,
      lower,
      lemmas,
      forms,
      actors,
      actorStartingAt,
      actorEndingAt,
      clauses,
    };
  });
}

/** Adjectives a role phrase may have between the name and its role noun ("the GOP presidential nominee"). */
const MAX_ROLE_ADJECTIVES = 2;

function modifiesPersonRole(
  actor: Actor,
  tokens: readonly Token[],
  lemmas: readonly (readonly string[])[],
  personRoles: ReadonlySet<string>,
): boolean {
  if (actor.mention.label === 'PERSON' || personRoles.size === 0) return false;
  let i = actor.tokEnd;
  for (let skipped = 0; skipped < MAX_ROLE_ADJECTIVES && tokens[i]?.pos === 'ADJ'; skipped++) i++;
  const t = tokens[i];
  return t !== undefined && t.pos !== 'PROPN' && (lemmas[i] ?? []).some((l) => personRoles.has(l));
}

const GENITIVE_MARKS = new Set(["'s", "'", '’s', '’']);

/** "Sudan's new government": the index after the institution noun that heads the genitive phrase. */
function institutionAfterGenitive(
  actor: Actor,
  tokens: readonly Token[],
  lemmas: readonly (readonly string[])[],
  institutions: ReadonlySet<string>,
): number | undefined {
  if (actor.mention.label === 'PERSON' || institutions.size === 0) return undefined;
  if (!GENITIVE_MARKS.has(tokens[actor.tokEnd]?.text ?? '')) return undefined;
  let i = actor.tokEnd + 1;
  for (let skipped = 0; skipped < MAX_ROLE_ADJECTIVES && tokens[i]?.pos === 'ADJ'; skipped++) i++;
  // the institution noun, possibly the second of a compound ("prime minister", "security forces")
  for (let n = 0; n < 2 && tokens[i] !== undefined; n++, i++) {
    const isNoun = tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN';
    if (!isNoun) return undefined;
    if ((lemmas[i] ?? []).some((l) => institutions.has(l)) && tokens[i + 1]?.pos !== 'NOUN') return i + 1;
  }
  return undefined;
}

function groupBy<T extends { sentence: number }>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < n; i++) out.push([]);
  for (const item of items) out[item.sentence]?.push(item);
  return out;
}

function locateActors(
  doc: Doc,
  tokens: readonly Token[],
  mentions: Mention[],
  entities: Map<string, Entity>,
): Actor[] {
  const located: Actor[] = [];
  for (const m of mentions) {
    const entity = entities.get(m.entity);
    if (!isActorEntity(entity, m)) continue;
    const tokStart = tokenEndingAfter(tokens, m.start);
    const tokEnd = tokenEndingAfter(tokens, m.end - 1) + 1;
    if (tokStart >= tokens.length || tokEnd <= tokStart) continue;
    const id = actorEntityId(doc, entity, m, entities);
    const lower = isAcronym(m.text) ? m.text : normaliseWord(m.text);
    located.push({ mention: m, entity: id, tokStart, tokEnd, lower });
  }
  located.sort((a, b) => a.tokStart - b.tokStart || b.tokEnd - a.tokEnd);
  return dropNested(located);
}

/** Two or more capitals A–Z and nothing else (/^[A-Z]{2,}$/, by char code: one test per mention). */
function isAcronym(text: string): boolean {
  if (text.length < 2) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** "the US president" wins over the "US" inside it. */
function dropNested(actors: Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const a of actors) {
    const last = out[out.length - 1];
    if (last && a.tokStart < last.tokEnd) continue;
    out.push(a);
  }
  return out;
}

/**
 * "Russian President Vladimir Putin": the national adjective before a titled name is a modifier of the
 * person, not a second actor. Only title-like words (nouns, proper nouns) may stand between.
 */
function dropModifiers(actors: Actor[], tokens: readonly Token[]): Actor[] {
  return actors.filter((a, i) => {
    const next = actors[i + 1];
    const type = a.mention.label;
    if (!next || (type !== 'NORP' && type !== 'GPE')) return true;
    if (next.mention.label !== 'PERSON' && next.mention.label !== 'ORG') return true;
    const gap = tokens.slice(a.tokEnd, next.tokStart);
    return !(gap.length <= 3 && gap.every((t) => t.pos === 'NOUN' || t.pos === 'PROPN'));
  });
}
