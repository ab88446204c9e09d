import type { Span, Token } from '../../doc/types.js';
import type { Lexicon } from '../lexicon/index.js';
import {
  capitalisedWords,
  findDescriptions,
  headAt,
  isModifier,
  saysFormer,
  type Description,
} from './descriptions.js';
import type { WorkMention } from './types.js';

/** What the article says a person is: "Donald Trump, the Republican nominee", "Gov. Mike Pence". */
interface Evidence {
  group: number;
  at: number;
  /** Title roles the evidence gives (a head's roles, or the title's role). */
  roles: readonly string[];
  marks: ReadonlySet<string>;
  former: boolean;
}

/** Sentences back (besides the description's own) in which a descriptor may find its one person. */
const WINDOW = 2;
const APPOSITION_DETERMINERS = /^(?:the|a|an)$/i;
const MAX_MODIFIERS = 4;

/**
 * Descriptions of one person linked to the person the article names with that role: the one whose
 * apposition or title gives the head ("Donald Trump, the Republican nominee"; "Gov. Mike Pence" for "the
 * Indiana governor"), capitalised modifiers agreeing ("the Democratic nominee" is not the one called "the
 * Republican nominee"); failing evidence, for a descriptor opening its sentence ("The New York businessman
 * says"), the one person of a fitting gender, with no evidence against, among those the last sentences name
 * and the article's most named. Two that fit: unlinked.
 */
export function describePeople(
  text: string,
  tokens: readonly Token[],
  names: readonly WorkMention[],
  lexicon: Lexicon,
  quoted: readonly Span[],
): WorkMention[] {
  const people = names.filter((m) => m.label === 'PERSON' && m.kind === 'name');
  const descriptions = findDescriptions(tokens, lexicon, quoted);
  const evidence = gatherEvidence(tokens, people, descriptions, lexicon);
  const gender = new Map<number, string>();
  for (const m of people) if (m.facts?.gender) gender.set(m.group, m.facts.gender);
  const out: WorkMention[] = [];
  for (const d of descriptions) {
    if (names.some((m) => m.start < d.end && d.start < m.end && m.label === 'PERSON')) continue;
    const fits = (group: number): boolean =>
      !d.role.gender || !gender.has(group) || gender.get(group) === d.role.gender;
    const before = [...new Set(people.filter((m) => m.start < d.start).map((m) => m.group))].filter(fits);
    const group = byEvidence(d, before, evidence) ?? byRecency(d, people, before, evidence);
    if (group === undefined) continue;
    out.push({
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      label: 'PERSON',
      sentence: d.sentence,
      rule: 'alias:description',
      group,
      kind: 'role',
    });
  }
  return out;
}

function relevant(d: Description, group: number, evidence: readonly Evidence[]): Evidence[] {
  return evidence.filter(
    (e) =>
      e.group === group &&
      e.at < d.start &&
      e.former === d.former &&
      e.roles.some((r) => d.role.roles.includes(r)),
  );
}

/** Capitalised modifiers on both sides and none shared: "the Democratic nominee" vs "the Republican nominee". */
function conflicts(d: Description, found: readonly Evidence[]): boolean {
  if (d.marks.size === 0 || found.length === 0) return false;
  return found.every((e) => e.marks.size > 0 && ![...d.marks].some((w) => e.marks.has(w)));
}

/**
 * The one person whose evidence fits best. A description with capitalised modifiers needs evidence sharing
 * one ("the Texas senator" is not Bernie Sanders, "the senator from Vermont", even when Ted Cruz has none).
 */
function byEvidence(d: Description, groups: readonly number[], evidence: readonly Evidence[]) {
  const shares = (e: Evidence): boolean =>
    d.marks.size === 0 || e.marks.size === 0 || [...d.marks].some((w) => e.marks.has(w));
  const scored = groups
    .map((group) => ({ group, found: relevant(d, group, evidence).filter(shares) }))
    .filter((s) => s.found.length > 0)
    .map((s) => ({
      group: s.group,
      score: Math.max(...s.found.map((e) => [...d.marks].filter((w) => e.marks.has(w)).length)),
    }))
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return undefined;
  if (scored.length > 1 && scored[0]!.score === scored[1]!.score) return undefined;
  return scored[0]!.group;
}

function byRecency(
  d: Description,
  people: readonly WorkMention[],
  groups: readonly number[],
  evidence: readonly Evidence[],
): number | undefined {
  // an office needs evidence; a descriptor goes by recency only as the sentence's opening subject ("The New
  // York businessman says …"): inside a sentence the one just named is as often someone else
  if (d.role.fit !== 'descriptor' || !d.initial) return undefined;
  // someone is named with the role, only not fitting: no guess ("The New York state attorney general")
  if (evidence.some((e) => e.at < d.start && e.roles.some((r) => d.role.roles.includes(r)))) return undefined;
  const near = new Set(
    people
      .filter((m) => m.start < d.start && m.sentence >= d.sentence - WINDOW && groups.includes(m.group))
      .map((m) => m.group),
  );
  // the article's most named person is always a candidate: "gave the candidate $250" after a donor is named
  for (const g of mostNamed(people)) if (groups.includes(g)) near.add(g);
  const fitting = [...near].filter((g) => !conflicts(d, relevant(d, g, evidence)));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** The groups named most often (several on a tie). */
function mostNamed(people: readonly WorkMention[]): number[] {
  const counts = new Map<number, number>();
  for (const m of people) counts.set(m.group, (counts.get(m.group) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n === top).map(([g]) => g);
}

/** Appositions after a name, descriptors before it, appositions before it, and titles. */
function gatherEvidence(
  tokens: readonly Token[],
  people: readonly WorkMention[],
  descriptions: readonly Description[],
  lexicon: Lexicon,
): Evidence[] {
  const at = new Map(tokens.map((t, i) => [t.start, i]));
  const endAt = new Map(tokens.map((t, i) => [t.end, i + 1]));
  const rolesOf = (head: string) => lexicon.roleHeads.get(head)?.roles ?? [];
  const out: Evidence[] = [];
  for (const m of people) {
    const first = at.get(m.start);
    const end = endAt.get(m.end);
    if (first === undefined || end === undefined) continue;
    if (m.facts?.role && m.titled)
      out.push({
        group: m.group,
        at: m.start,
        roles: [m.facts.role],
        marks: titleMarks(m, lexicon),
        former: /\bformer\b/i.test(m.titled),
      });
    // "Donald Trump, the Republican nominee"
    if (tokens[end]?.text === ',') {
      let k = end + 1;
      if (APPOSITION_DETERMINERS.test(tokens[k]?.text ?? '')) k++;
      for (let j = k; j <= k + MAX_MODIFIERS && tokens[j]?.sentence === m.sentence; j++) {
        const found = headAt(tokens, j, lexicon);
        if (found) {
          // "a former candidate for governor": another role than "the candidate"
          const next = j + found.length;
          const complement = ['for', 'of'].includes(tokens[next]?.text ?? '');
          // "the senator from Vermont": the place after "from" marks the role like "the Vermont senator"
          const from =
            tokens[next]?.text === 'from' ? capitalisedWords(tokens, next + 1, next + 3) : new Set<string>();
          if (!complement)
            out.push({
              group: m.group,
              at: m.start,
              roles: rolesOf(found.head),
              marks: new Set([...capitalisedWords(tokens, k, j), ...from]),
              former: saysFormer(tokens, k, j),
            });
          break;
        }
        if (!isModifier(tokens[j]!)) break;
      }
    }
    // "Republican nominee Donald Trump"
    for (let n = 1; n <= 3 && first - n >= 0; n++) {
      const found = headAt(tokens, first - n, lexicon);
      if (!found || found.length !== n || tokens[first - n]!.sentence !== m.sentence) continue;
      let k = first - n;
      while (k > 0 && first - n - k < MAX_MODIFIERS && isModifier(tokens[k - 1]!)) k--;
      out.push({
        group: m.group,
        at: m.start,
        roles: rolesOf(found.head),
        marks: capitalisedWords(tokens, k, first - n),
        former: saysFormer(tokens, k, first - n),
      });
      break;
    }
  }
  // "the Republican nominee, Donald Trump"
  for (const d of descriptions) {
    if (tokens[d.tokenEnd]?.text !== ',') continue;
    const next = tokens[d.tokenEnd + 1];
    const m = next && people.find((p) => p.start === next.start);
    if (m) out.push({ group: m.group, at: d.start, roles: d.role.roles, marks: d.marks, former: d.former });
  }
  return out;
}

/** Capitalised words of a title before the name ("Indiana Gov." → indiana, gov.). */
function titleMarks(m: WorkMention, lexicon: Lexicon): Set<string> {
  const title = m.titled!.slice(0, Math.max(0, m.titled!.length - m.text.length));
  return new Set(
    title
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w) && !lexicon.titles.has(w))
      .map((w) => w.toLowerCase()),
  );
}
