import type { Doc, Finding, TextSpan } from '../doc/types.js';
import { entityName, indexMentions, pairFor, type MentionIndex } from './actors.js';
import { LAST_MET_PATTERNS } from './last-met-patterns.js';

/** Every pattern needs a year: most sentences are skipped with this one cheap test. */
const HAS_YEAR = /\b(?:19|20)\d{2}\b/;
/**
 * Each pattern compiled on the first sentence that holds its cue: V8 compiles a regex at its first use, and
 * the `[\p{L}-]` runs under `iu` cost ~5 ms each to compile, while most articles lack "last met" phrasing.
 * The cue is the pattern's own opening with the same flags, so a sentence without it cannot match the pattern.
 */
const COMPILED = LAST_MET_PATTERNS.map((p) => {
  let re: RegExp | undefined;
  return { ...p, cue: new RegExp(p.cue, 'iu'), re: () => (re ??= new RegExp(p.pattern, 'giu')) };
});

/** One dated statement: these two parties last did `relation` in `year`. */
interface Statement {
  relation: string;
  year: number;
  pair: [string, string];
  span: TextSpan;
  rule: string;
}

/**
 * Contradiction of years: two statements in the article that date the last meeting (or call) of the
 * same two parties to different years ("first face-to-face meeting since 2018" vs "whom he last saw in 2019").
 */
export function findLastMetContradictions(doc: Doc): Finding[] {
  const index = indexMentions(doc);
  const statements = doc.sentences.flatMap((s) => statementsIn(doc, index, s.index, s.start, s.end));
  const findings: Finding[] = [];
  const firstByKey = new Map<string, Statement[]>();
  for (const st of statements) {
    const key = `${st.relation}|${[...st.pair].sort().join('|')}`;
    const earlier = firstByKey.get(key) ?? [];
    const conflicting = earlier.find((e) => e.year !== st.year);
    if (conflicting && !earlier.some((e) => e.year === st.year))
      findings.push(contradiction(index, conflicting, st));
    if (!earlier.some((e) => e.year === st.year)) earlier.push(st);
    firstByKey.set(key, earlier);
  }
  return findings;
}

function statementsIn(
  doc: Doc,
  index: MentionIndex,
  sentence: number,
  start: number,
  end: number,
): Statement[] {
  const text = doc.text.slice(start, end);
  const out: Statement[] = [];
  if (!HAS_YEAR.test(text)) return out;
  for (const p of COMPILED) {
    if (!p.cue.test(text)) continue;
    const re = p.re();
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const from = start + m.index;
      const pair = pairFor(doc, index, sentence, from);
      const year = Number(m.groups?.['year']);
      if (!pair || !year) continue;
      const span = { start: from, end: from + m[0].length, text: m[0] };
      out.push({ relation: p.relation, year, pair, span, rule: `checks:last-met:${p.id}` });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function contradiction(index: MentionIndex, a: Statement, b: Statement): Finding {
  const names = `${entityName(index, a.pair[0])} and ${entityName(index, a.pair[1])}`;
  const verb = a.relation === 'met' ? 'met' : 'spoke';
  return {
    kind: 'contradiction',
    message:
      `The article dates the last time ${names} ${verb} to both ${a.year} (“${a.span.text}”) ` +
      `and ${b.year} (“${b.span.text}”).`,
    spans: [a.span, b.span],
    rule: `checks:last-met-contradiction(${a.rule.split(':').pop()},${b.rule.split(':').pop()})`,
    data: { relation: `last ${verb}`, first: a.pair[0], second: a.pair[1], yearA: a.year, yearB: b.year },
  };
}
