import { tokenStartingFrom } from '../../doc/query.js';
import type { Span, Token } from '../../doc/types.js';
import type { Gender, Lexicon, PronounEntry } from '../lexicon/index.js';
import { insideAny } from './quoted.js';
import type { GroupFacts, WorkMention } from './types.js';

/** A resolved pronoun: the token and the group it refers to. */
export interface PronounLink {
  token: Token;
  group: number;
}

/** Tokens that make "her" possessive when they follow it ("her husband", "her own"). */
const POSSESSED_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
/** Between a clause subject and its verb: "Trump has since shown", "the US president warned". */
const SUBJECT_GAP_POS: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);
/** Cheap filter before the table lookup: every third-person pronoun we resolve starts with h or s. */
const PRONOUN_INITIAL = /^[hHsS]/;
const VERB_POS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

interface Context {
  text: string;
  tokens: readonly Token[];
  /** PERSON mentions (names, roles, resolved pronouns) in text order, outside quotes. */
  people: WorkMention[];
  facts: Map<number, GroupFacts>;
  quoted: readonly Span[];
  threatCues: ReadonlySet<string>;
}

/** Conjunctions that open a condition ("if he does not accept", "unless she resigns"). */
const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless']);

/**
 * he/him/his/she/her outside quoted speech → a PERSON named in the same or the previous sentence.
 * Subject and possessive pronouns prefer the subject (first person named) of their own sentence, else of
 * the previous one; object pronouns ("warned him") exclude the subject of their own clause and need
 * exactly one candidate left. The subject of a condition after a warning ("X warned of consequences if he
 * …") is the one warned: X is skipped and exactly one other person must remain. Gender must agree; a
 * person's gender, once a pronoun fixes it, is kept.
 * Nothing is added when no candidate, or more than one equally good, remains.
 */
export function resolvePronouns(
  text: string,
  tokens: readonly Token[],
  people: WorkMention[],
  facts: Map<number, GroupFacts>,
  quoted: readonly Span[],
  lexicon: Lexicon,
): PronounLink[] {
  const ctx: Context = {
    text,
    tokens,
    people: [...people].sort((a, b) => a.start - b.start),
    facts,
    quoted,
    threatCues: lexicon.threatCues,
  };
  const links: PronounLink[] = [];
  let cursor = 0;
  tokens.forEach((token, index) => {
    if (token.text.length > 7 || !PRONOUN_INITIAL.test(token.text)) return;
    const entry = lexicon.pronouns.get(token.text.toLowerCase());
    if (!entry || insideAny(quoted, token.start)) return;
    while (cursor < ctx.people.length && ctx.people[cursor]!.start < token.start) cursor++;
    const group = antecedent(ctx, index, cursor, pronounCase(entry, tokens[index + 1]));
    if (group === undefined || !agrees(facts.get(group), entry.gender)) return;
    const groupFacts = facts.get(group) ?? {};
    groupFacts.gender ??= entry.gender;
    facts.set(group, groupFacts);
    links.push({ token, group });
    const mention = pronounMention(token, group);
    ctx.people.splice(cursor, 0, mention);
    cursor++;
  });
  return links;
}

function pronounCase(entry: PronounEntry, next: Token | undefined): PronounEntry['case'] {
  if (entry.case === 'object' && entry.gender === 'female' && next && POSSESSED_POS.has(next.pos))
    return 'possessive';
  return entry.case;
}

function agrees(facts: GroupFacts | undefined, gender: Gender): boolean {
  return facts?.gender === undefined || facts.gender === gender;
}

/** `before` is the number of PERSON mentions that start before the pronoun. */
function antecedent(
  ctx: Context,
  at: number,
  before: number,
  kase: PronounEntry['case'],
): number | undefined {
  const sentence = ctx.tokens[at]!.sentence;
  const window = ctx.people.slice(0, before).filter((m) => m.sentence >= sentence - 1);
  const current = window.filter((m) => m.sentence === sentence);
  const previous = window.filter((m) => m.sentence === sentence - 1);
  const genderOf = lexiconGender(ctx.tokens[at]!.text);
  const fits = (m: WorkMention): boolean => agrees(ctx.facts.get(m.group), genderOf);
  if (kase === 'object') {
    const subject = clauseSubject(ctx, current, ctx.tokens[at]!.start);
    const here = distinctGroups(current.filter((m) => fits(m) && m.group !== subject));
    if (here.length > 0) return here.length === 1 ? here[0] : undefined;
    const there = distinctGroups(previous.filter((m) => fits(m) && m.group !== subject));
    return there.length === 1 ? there[0] : undefined;
  }
  if (kase === 'reflexive') return [...current].reverse().find(fits)?.group;
  const warned = warnedParty(ctx, at, current, fits);
  if (warned !== 'no-warning') return warned;
  // a person whose gender the article states beats one whose gender it leaves open ("she" → Donna
  // Brazile, not a surname-only "Sanders" mentioned first)
  const modifier = (m: WorkMention): boolean => modifiesNextName(ctx, m);
  const stated = (m: WorkMention): boolean => ctx.facts.get(m.group)?.gender === genderOf && !modifier(m);
  const subject = (m: WorkMention): boolean => fits(m) && !modifier(m);
  if (current.length === 0 && previous.length === 0) {
    // sentences of quoted speech name no one: "She said: “…” “…” She added …" reaches back over them
    const earlier = ctx.people
      .slice(0, before)
      .filter((m) => m.sentence >= sentence - QUOTE_LOOKBACK)
      .filter((m) => m.sentence === ctx.people[before - 1]?.sentence);
    return (earlier.find(stated) ?? earlier.find(subject))?.group;
  }
  return (current.find(stated) ?? current.find(subject) ?? previous.find(stated) ?? previous.find(subject))
    ?.group;
}

/** Part-of-speech of the lower-case title words between a modifying name and the name it modifies. */
const TITLE_WORD_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/**
 * "Clinton communication director Jennifer Palmieri said …": a name followed by one to four lower-case
 * nouns or adjectives and another name modifies that name; it is not the sentence's subject.
 */
function modifiesNextName(ctx: Context, m: WorkMention): boolean {
  const next = ctx.people.find((o) => o.start >= m.end && o.sentence === m.sentence);
  if (!next) return false;
  const between = ctx.tokens.filter((t) => t.start >= m.end && t.end <= next.start);
  return (
    between.length >= 1 &&
    between.length <= 4 &&
    between.every((t) => TITLE_WORD_POS.has(t.pos) && /^\p{Ll}/u.test(t.text))
  );
}

/**
 * How many sentences back a subject pronoun may look when the sentences in between name no one outside
 * quotation marks (a speaker's quoted sentences between "Ms Hewitt said:" and "She said …").
 */
const QUOTE_LOOKBACK = 4;

/**
 * "Trump … warned of ‘very severe consequences’ if he does not accept a ceasefire": a subject pronoun right
 * after if/unless, with a warning verb earlier in its sentence, is not the warner (that verb's subject) but
 * the one other person of the sentence; undefined when none or several remain, 'no-warning' when the rule
 * does not apply.
 */
function warnedParty(
  ctx: Context,
  at: number,
  current: readonly WorkMention[],
  fits: (m: WorkMention) => boolean,
): number | undefined | 'no-warning' {
  const sentence = ctx.tokens[at]!.sentence;
  if (at === 0 || !CONDITIONALS.has(ctx.tokens[at - 1]!.text.toLowerCase())) return 'no-warning';
  let cue = at - 2;
  while (
    cue >= 0 &&
    ctx.tokens[cue]!.sentence === sentence &&
    !ctx.threatCues.has(ctx.tokens[cue]!.text.toLowerCase())
  )
    cue--;
  if (cue < 0 || ctx.tokens[cue]!.sentence !== sentence) return 'no-warning';
  const warnerStart = ctx.tokens[cue]!.start;
  const warner = clauseSubject(
    ctx,
    current.filter((m) => m.end <= warnerStart),
    warnerStart,
  );
  if (warner === undefined) return 'no-warning';
  const others = distinctGroups(current.filter((m) => fits(m) && m.group !== warner));
  return others.length === 1 ? others[0] : undefined;
}

function lexiconGender(word: string): Gender {
  return /^(?:she|her|hers|herself)$/i.test(word) ? 'female' : 'male';
}

/** Punctuation that ends a clause: a subject before it is not the subject of the pronoun's clause. */
const CLAUSE_BREAK = /[,;:()]/;

/**
 * The subject of the pronoun's clause: the nearest person before it, in the same clause, followed (over
 * adverbs and auxiliaries) by a verb ("the US president warned him"), not the subject of a condition ("…
 * if he does not accept a ceasefire – but also agreed to see him"). None across a comma ("Putin faces a
 * warrant, leading him to …": there "him" is Putin).
 */
function clauseSubject(
  ctx: Context,
  current: readonly WorkMention[],
  pronounStart: number,
): number | undefined {
  for (let i = current.length - 1; i >= 0; i--) {
    const m = current[i]!;
    if (CLAUSE_BREAK.test(ctx.text.slice(m.end, pronounStart))) return undefined;
    // the subject of a condition ("if he does not accept …") is not the main clause's subject
    const before = ctx.tokens[tokenStartingFrom(ctx.tokens, m.start) - 1];
    if (before && CONDITIONALS.has(before.text.toLowerCase())) continue;
    let k = tokenStartingFrom(ctx.tokens, m.end);
    while (
      k < ctx.tokens.length &&
      SUBJECT_GAP_POS.has(ctx.tokens[k]!.pos) &&
      !VERB_POS.has(ctx.tokens[k]!.pos)
    )
      k++;
    const next = ctx.tokens[k];
    if (next && VERB_POS.has(next.pos)) return m.group;
  }
  return undefined;
}

function distinctGroups(mentions: readonly WorkMention[]): number[] {
  return [...new Set(mentions.map((m) => m.group))];
}

/** The PERSON mention a resolved pronoun adds to its antecedent's group. */
export function pronounMention(token: Token, group: number): WorkMention {
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    label: 'PERSON',
    sentence: token.sentence,
    rule: 'coref:pronoun',
    group,
    kind: 'pronoun',
  };
}
