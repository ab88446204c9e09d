import { sentenceIndexAt } from '../doc/query.js';
import type { Doc, Entity, Mention, Quote } from '../doc/types.js';
import { titleRole } from '../nlp/aliases/descriptions.js';
import type { Lexicon, RoleHead } from '../nlp/lexicon/index.js';
import { namedOfficeHolder, type OfficeTable } from './offices.js';

type SpeakerDoc = Pick<Doc, 'text' | 'entities' | 'mentions' | 'sentences'> & { meta?: Doc['meta'] };

/** Sentences back (besides the quote's own) in which a description may find the one person it stands for. */
const WINDOW = 2;
/**
 * Sentences back the last report by a person may be for a description to go on with its speaker, when no
 * other fitting person is named since (3 on PolNeAR train: BENCHMARKS.md, quotes).
 */
const REPORT_WINDOW = 3;
/** Words in a title run before a name that make it a list or a work, not a title ("a study by X and Y"). */
const NOT_A_TITLE = /\b(?:and|or|by|with|from|about|against)\b|[;:]/iu;
/** A name after one of these is a complement, not the one titled: "A spokeswoman for Hillary Clinton". */
const COMPLEMENT = /\b(?:a|an|the|for|of|to|at|in|on|as)\s+$/iu;
/** A mention found by coreference stands for someone already named; it is no name of its own. */
const isName = (m: Mention): boolean => m.rule.startsWith('ner:');

/** One-person role description, read from the speaker span: "The Indiana governor" → head governor, marks. */
interface Description {
  head: RoleHead;
  /** The title roles that fit: the span's own title ("The foreign secretary") or the head's roles. */
  roles: readonly string[];
  /** Capitalised modifiers ("Indiana"), lowercase. */
  marks: string[];
}

function readDescription(span: string, lexicon: Lexicon): Description | undefined {
  const words = span.trim().split(/\s+/u);
  if (words.length < 2 || words[0]!.toLowerCase() !== 'the') return undefined;
  const lower = words.map((w) => w.toLowerCase());
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const head = lexicon.roleHeads.get(lower.slice(-n).join(' '));
    if (!head) continue;
    const modifiers = words.slice(1, -n);
    if (modifiers.some((w) => lexicon.hypotheticalModifiers.has(w.toLowerCase()))) return undefined;
    // "the foreign secretary": a title of its own narrows the head's roles ("secretary" fits a home secretary)
    const titled = lower.slice(-n - 1).join(' ');
    const ownRole = titleRole(lexicon, titled);
    const roles = ownRole && n < words.length - 1 ? [ownRole] : head.roles;
    const marks = modifiers.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
    return { head, roles, marks };
  }
  return undefined;
}

/**
 * Speaker spans the finders left without an entity id although the article names the speaker:
 * - a title run ending in a name ("Liberal Democrat spokeswoman for women Sandra Gidley", "former Arkansas
 *   Gov. Mike Huckabee") is that name's entity;
 * - a definite role description ("The foreign secretary", "the Indiana governor") is the person the article
 *   gives that title or apposition, the latest named before the quote (else the only one in the article);
 *   failing evidence, the one person of a fitting gender and role the last sentences name, when the
 *   knowledge base knows them as an office holder at the publication date (an office is not guessed for an
 *   unknown private person); failing that, the speaker of the report just before, when no other fitting
 *   person is named since ("Mike Pence says … The Indiana governor said …");
 * - "the commission", "the budget office": the latest organisation named before whose name has those words.
 * Two candidates that fit equally: unresolved.
 */
export function linkDescribedSpeakers(
  quotes: Quote[],
  doc: SpeakerDoc,
  lexicon: Lexicon,
  offices: OfficeTable = new Map(),
): Quote[] {
  const byId = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  const out: Quote[] = [];
  for (const q of quotes) {
    if (q.speaker !== undefined || q.speakers || !q.speakerSpan) {
      out.push(q);
      continue;
    }
    const span = q.speakerSpan;
    const found =
      nameAtEnd(span, mentions, byId, doc.text) ??
      describedPerson(span, doc, mentions, byId, lexicon, out, offices) ??
      describedOrganisation(span.text, span.start, mentions, byId);
    out.push(found ? { ...q, speaker: found } : q);
  }
  return out;
}

const speaks = (e: Entity | undefined): boolean => e?.type === 'PERSON' || e?.type === 'ORG';

function nameAtEnd(
  span: { start: number; end: number },
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, Entity>,
  text: string,
): string | undefined {
  const name = mentions.find(
    (m) => m.end === span.end && m.start > span.start && isName(m) && speaks(byId.get(m.entity)),
  );
  if (!name) return undefined;
  const before = text.slice(span.start, name.start);
  if (NOT_A_TITLE.test(before) || COMPLEMENT.test(before)) return undefined;
  return name.entity;
}

function describedPerson(
  span: { start: number; text: string },
  doc: SpeakerDoc,
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, Entity>,
  lexicon: Lexicon,
  earlier: readonly Quote[],
  offices: OfficeTable,
): string | undefined {
  const d = readDescription(span.text, lexicon);
  if (!d) return undefined;
  const fits = (e: Entity): boolean =>
    e.type === 'PERSON' && (!d.head.gender || !e.attributes?.gender || e.attributes.gender === d.head.gender);
  const titled = doc.entities.filter(
    (e) => fits(e) && e.attributes?.role !== undefined && d.roles.includes(e.attributes.role),
  );
  const marked = d.marks.length > 0 ? titled.filter((e) => sharesMark(e, d, mentions, doc.text)) : titled;
  const evidence = marked.length > 0 ? marked : d.marks.length > 0 ? [] : titled;
  const named = mentions.filter((m) => isName(m) && m.start < span.start);
  const latest = named.findLast((m) => evidence.some((e) => e.id === m.entity));
  if (latest) return latest.entity;
  if (evidence.length === 1) return evidence[0]!.id;
  if (evidence.length > 1 || titled.length > 0) return undefined;
  // no one in the article holds the title: the one person named before who held the office at the date
  const before = [...new Set(named.map((m) => m.entity))]
    .map((id) => byId.get(id))
    .filter((e): e is Entity => e !== undefined && fits(e));
  const holder = namedOfficeHolder(before, d.roles, offices, doc.meta?.published);
  if (holder) return holder;
  // no one in the article holds the title: the one fitting office holder the last sentences name
  const sentence = sentenceIndexAt(doc, span.start);
  const near = new Set(
    named
      .filter((m) => m.sentence >= sentence - WINDOW)
      .map((m) => byId.get(m.entity))
      .filter((e): e is Entity => e !== undefined && fits(e) && e.attributes?.role === undefined)
      .map((e) => e.id),
  );
  const [id] = near;
  if (near.size === 1 && (byId.get(id!)?.kb?.roles.length ?? 0) > 0) return id;
  // an office goes only to someone the knowledge base knows in office; a descriptor to anyone who fits
  const holds = (e: Entity): boolean =>
    fits(e) && (d.head.fit === 'descriptor' || (e.kb?.roles.length ?? 0) > 0);
  return (
    continuingSpeaker(span.start, doc, mentions, byId, earlier, fits, holds) ??
    namedNext(span.start, doc, mentions, byId, fits, holds)
  );
}

/**
 * "…, the Trade and Industry Secretary has said. Patricia Hewitt said …": a news lead gives the title first
 * and the name in the next sentences. When no fitting person is named before the description, it is the
 * first fitting person named in the WINDOW sentences after it, if that one holds the title (see `holds`).
 */
function namedNext(
  at: number,
  doc: SpeakerDoc,
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, Entity>,
  fits: (e: Entity) => boolean,
  holds: (e: Entity) => boolean,
): string | undefined {
  const person = (m: Mention): Entity | undefined => {
    const e = isName(m) ? byId.get(m.entity) : undefined;
    return e && fits(e) ? e : undefined;
  };
  if (mentions.some((m) => m.start < at && person(m))) return undefined;
  const sentence = sentenceIndexAt(doc, at);
  const next = mentions.find((m) => m.start > at && m.sentence <= sentence + WINDOW && person(m));
  const e = next && person(next);
  return e && holds(e) ? e.id : undefined;
}

/**
 * "Mike Pence says too much is made of Donald Trump's tweets. The Indiana governor said …": news names a
 * speaker, then goes on with a description of them. The description is the speaker of the last report by a
 * person (reports by organisations in between are passed over) when
 * that report is at most REPORT_WINDOW sentences back, the speaker fits (a person of the head's gender; for an
 * office, one the knowledge base knows as an office holder), and no other fitting person is named since outside what was reported (a name inside the report is its
 * topic, a name between its cue and the report its hearer).
 */
function continuingSpeaker(
  at: number,
  doc: SpeakerDoc,
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, Entity>,
  earlier: readonly Quote[],
  fits: (e: Entity) => boolean,
  holds: (e: Entity) => boolean,
): string | undefined {
  // a report by an organisation ("…, according to the commission") is no antecedent for a person's title
  const person = (q: Quote): boolean => byId.get(q.speaker ?? '')?.type === 'PERSON';
  const last = earlier.findLast((q) => q.start < at && q.speaker !== undefined && person(q));
  const speaker = last?.speaker === undefined ? undefined : byId.get(last.speaker);
  if (!last || !speaker || !holds(speaker)) return undefined;
  if (last.sentence < sentenceIndexAt(doc, at) - REPORT_WINDOW) return undefined;
  const from = Math.min(last.start, last.speakerSpan?.start ?? last.start);
  const reported = (m: Mention): boolean => earlier.some((q) => m.start >= q.start && m.end <= q.end);
  // "… he told Gordon Brown he would quit": the cue's hearer is spoken to, not a new person spoken about
  const hearer = (m: Mention): boolean =>
    earlier.some((q) => q.cue !== undefined && m.start >= q.cue.end && m.end <= q.start);
  const rival = mentions.some((m) => {
    if (m.start < from || m.start >= at || m.entity === speaker.id || !isName(m)) return false;
    if (reported(m) || hearer(m)) return false;
    const e = byId.get(m.entity);
    return e !== undefined && fits(e);
  });
  return rival ? undefined : speaker.id;
}

/** One of the description's capitalised modifiers stands just before a name of the entity ("Indiana Gov."). */
function sharesMark(e: Entity, d: Description, mentions: readonly Mention[], text: string): boolean {
  return mentions.some((m) => {
    if (m.entity !== e.id) return false;
    const around = text.slice(Math.max(0, m.start - 40), m.end + 60).toLowerCase();
    return d.marks.some((w) =>
      new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'u').test(around),
    );
  });
}

function describedOrganisation(
  span: string,
  start: number,
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, Entity>,
): string | undefined {
  const words = span.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 3 || words[0]!.toLowerCase() !== 'the') return undefined;
  const wanted = words.slice(1);
  if (wanted.some((w) => !/^\p{Ll}+$/u.test(w))) return undefined;
  const latest = mentions.findLast((m) => {
    const e = byId.get(m.entity);
    if (m.start >= start || !isName(m) || e?.type !== 'ORG') return false;
    const name = new Set(e.name.toLowerCase().split(/\s+/u));
    return wanted.every((w) => name.has(w));
  });
  return latest?.entity;
}
