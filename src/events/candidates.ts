/**
 * Event candidates: every place in a sentence where an event may be told, with what the decision layer
 * needs to judge it. A candidate is either a cue-table match (data/events/cues.tsv) or a content verb no
 * cue covers (so the trained layer can code verbs the table lacks). Candidates carry their resolved
 * arguments and modality; the features are computed from them in features.ts.
 */
import { resolveArguments, type Arguments } from './arguments.js';
import { findCueMatches, type CueMatch } from './match-cues.js';
import { modalityBefore, type Modality } from './modality.js';
import type { CueRow, EventTables } from './tables.js';
import { dictionaryReading, eventCode, verbPattern, type DictionaryReading } from './dictionary-reading.js';
import type { SentenceView } from './view.js';
import type { PatternMatch, VerbPatterns } from './verb-patterns.js';
import { userVerbArguments } from './user-verbs.js';
import { hasCountedTarget } from './counted-targets.js';
import { withComplementTargets } from './complement-targets.js';

export interface Candidate {
  view: SentenceView;
  match: CueMatch;
  /** `cue` for a cue-table match, `verb` for an uncovered content verb. */
  kind: 'cue' | 'verb';
  args: Arguments;
  modality: Modality;
  /** Rank among the sentence's candidates (0 = first in the text). */
  rank: number;
  /** The CAMEO code PETRARCH's verb dictionary gives its words, and that code's class (dictionary-class.ts). */
  dictCode?: string;
  dictClass?: string;
  /** What PETRARCH's verb patterns say about its verb (verb-patterns.ts), when the dictionary lists it. */
  pattern?: PatternMatch;
  /** Its subject's group makes this cue literal without a target ("rebels attacked"; unnamed-actors.tsv). */
  literalSubject?: boolean;
  /** Its object counts people ("killed 48 people"): the target a cue needs, unnamed (counted-targets.ts). */
  countedTarget?: boolean;
  /** Its only actor is an unnamed bystander target ("a fire killed three villagers"): not an event. */
  bystanderOnly?: boolean;
}

/** A verb candidate's stand-in row: subject acts, object or a prepositional phrase receives. */
function verbRow(lemma: string): CueRow {
  return {
    pattern: lemma,
    elements: [[lemma]],
    pos: 'V',
    type: 'VERB',
    mode: undefined,
    cameo: '',
    sourceSlots: ['subj'],
    targetSlots: ['obj', 'against', 'with', 'to', 'on', 'at'],
    reciprocal: false,
    needs: undefined,
  };
}

/** Overlapping cue matches: the longest wins, ties to the earlier (blockers included, so they hide cues). */
function longestFirst(matches: CueMatch[]): CueMatch[] {
  const sorted = [...matches].sort(
    (a, b) => b.tokEnd - b.tokStart - (a.tokEnd - a.tokStart) || a.tokStart - b.tokStart,
  );
  const kept: CueMatch[] = [];
  for (const m of sorted) if (!kept.some((k) => m.tokStart < k.tokEnd && k.tokStart < m.tokEnd)) kept.push(m);
  return kept;
}

/** A verb candidate's name: its irregular or first stripped lemma, else the word (features use them all). */
export function headLemma(view: SentenceView, i: number): string {
  const all = view.lemmas[i] ?? [];
  return all[1] ?? all[0] ?? '';
}

/** Whether the user's own verbs give the verb at i an event reading (kept in `readings` when they do). */
function userReading(
  view: SentenceView,
  i: number,
  vp: VerbPatterns | undefined,
  readings: Map<number, PatternMatch>,
): boolean {
  const m = verbPattern(view, i, vp);
  if (!m?.user || !eventCode(m)) return false;
  readings.set(i, m);
  return true;
}

/** Whether a cue starts in the object of the verb at `verb` (before the next verb, clause mark or name). */
function cueInObject(view: SentenceView, verb: number, cueStarts: ReadonlySet<number>): boolean {
  for (let j = verb + 1; j < Math.min(view.tokens.length, verb + 6); j++) {
    if (cueStarts.has(j)) return true;
    // "gave Ukraine aid": a name first is the recipient, and the verb keeps its own reading
    if (view.actorStartingAt[j]) return false;
    const pos = view.tokens[j]!.pos;
    if (pos === 'VERB' || pos === 'PUNCT' || pos === 'SCONJ' || pos === 'ADP') return false;
  }
  return false;
}

export function sentenceCandidates(view: SentenceView, tables: EventTables, vp?: VerbPatterns): Candidate[] {
  const kept = longestFirst(findCueMatches(view, tables)).filter((m) => !insideUnnamedActor(view, m));
  const covered = new Array<boolean>(view.tokens.length).fill(false);
  // a light verb's pattern reading, computed once when it decides whether the verb is a candidate
  const readings = new Map<number, PatternMatch>();
  // a blocker hides a verb only from the shipped readings: the user's own verb dictionary still reads it
  for (const m of kept)
    for (let i = m.tokStart; i < m.tokEnd; i++)
      covered[i] ||= m.row.type !== undefined || !userReading(view, i, vp, readings);
  const cueStarts = new Set(kept.filter((m) => m.row.type !== undefined).map((m) => m.tokStart));
  const matches: { match: CueMatch; kind: 'cue' | 'verb' }[] = kept
    .filter((m) => m.row.type !== undefined)
    .map((match) => ({ match, kind: 'cue' as const }));
  for (let i = 0; i < view.tokens.length; i++) {
    if (covered[i] || view.tokens[i]!.pos !== 'VERB' || view.actorStartingAt[i]) continue;
    const lemma = headLemma(view, i);
    // light, speech and aspect verbs never tell an event by themselves (data/events/not-event-verbs.tsv),
    // unless a pattern of the verb dictionary reads an event in their words ("gave … aid" 070)
    if ((view.lemmas[i] ?? []).some((l) => tables.notEventVerbs.has(l))) {
      const m = readings.get(i) ?? verbPattern(view, i, vp);
      // "repeated his attacks on Biden": when the object is itself a cue, the noun tells the event (with
      // the light verb as its support), not the verb; the user's own verbs still read it
      if (!(m?.specific || m?.user) || !eventCode(m) || (!m.user && cueInObject(view, i, cueStarts)))
        continue;
      readings.set(i, m);
    }
    // "prepares to sit down", "tried to block", "is gearing up to test": a catenative verb (with its
    // particle) is the modality of the verb it governs
    const particle = view.lower[i + 1] === 'up' || view.lower[i + 1] === 'out' ? 1 : 0;
    if (view.lower[i + 1 + particle] === 'to' && view.tokens[i + 2 + particle]?.pos === 'VERB') continue;
    matches.push({ match: { row: verbRow(lemma), tokStart: i, tokEnd: i + 1 }, kind: 'verb' });
  }
  matches.sort((a, b) => a.match.tokStart - b.match.tokStart);
  // an uncovered verb a directive governs is what is asked, told by the directive's own cue: "demanded that
  // the US prove …" is one REQUEST (a cue row under a directive stays, unreal: "demanded that X meet Y")
  const modalities = matches.map(({ match }) => modalityBefore(view, match.tokStart, tables));
  // a loop, not flatMap: Node 20's flatMap cost ~10 % of the whole stage here (same candidates)
  const told: { match: CueMatch; kind: 'cue' | 'verb'; modality: Modality }[] = [];
  matches.forEach(({ match, kind }, k) => {
    const modality = modalities[k]!;
    if (kind !== 'verb' || !modality.directed) told.push({ match, kind, modality });
  });
  const resolved = told.map(({ match }) => {
    const own = resolveArguments(view, match, tables);
    const lookup: ReadingLookup = { tables, vp, known: readings.get(match.tokStart) };
    // the user's own verbs decide their arguments as PETRARCH would, so their reading is needed now
    const early = vp?.user ? readingOf(view, match, lookup) : undefined;
    const args = early?.pattern?.user && early.dictCode ? userVerbArguments(view, match, own) : own;
    return { match, args, lookup, early };
  });
  const withTargets = withComplementTargets(view, resolved);
  return told.map(({ match, kind, modality }, rank) => {
    const { lookup, early } = resolved[rank]!;
    const args = withTargets[rank]!;
    const type = match.row.type;
    const { literal, actingCodes } = tables.unnamed;
    const sourceCode = args.source?.agentCode;
    const t = args.target;
    return new ReadOnDemand({ view, match, kind, args, modality, rank }, early ?? lookup, {
      literalSubject: !!sourceCode && !!type && literal.has(`${sourceCode} ${type}`),
      bystanderOnly: !args.source && !!t?.unnamed && !actingCodes.has(t.agentCode ?? ''),
      countedTarget: hasCountedTarget(view, match, args, tables.counted),
    });
  });
}

/** "arrested twelve protesters": a noun inside an unnamed actor names the actor, not an event. */
function insideUnnamedActor(view: SentenceView, m: CueMatch): boolean {
  return view.actors.some((a) => a.unnamed && a.tokStart <= m.tokStart && m.tokEnd <= a.tokEnd);
}

/** What a candidate's dictionary reading is looked up with (`known`: its verb's pattern reading, if read). */
interface ReadingLookup {
  tables: EventTables;
  vp: VerbPatterns | undefined;
  known: PatternMatch | undefined;
}

const readingOf = (view: SentenceView, match: CueMatch, l: ReadingLookup): DictionaryReading =>
  dictionaryReading(view, match.tokStart, match.tokEnd, l.tables, l.vp, l.known);

type Found = Pick<Candidate, 'view' | 'match' | 'kind' | 'args' | 'modality' | 'rank'>;

/**
 * A candidate whose dictionary reading (dictionary-reading.ts) is looked up when first read, once: most
 * candidates find no actor and are dropped unread. A class, so every candidate has one shape.
 */
class ReadOnDemand implements Candidate {
  readonly view: SentenceView;
  readonly match: CueMatch;
  readonly kind: 'cue' | 'verb';
  readonly args: Arguments;
  readonly modality: Modality;
  readonly rank: number;
  readonly literalSubject?: boolean;
  readonly bystanderOnly?: boolean;
  readonly countedTarget?: boolean;
  // the lookup until the reading is made, then the reading (no closure per candidate: under tsx each
  // costs a `__name` call)
  #lookup: ReadingLookup | undefined;
  #reading: DictionaryReading | undefined;

  constructor(
    found: Found,
    reading: DictionaryReading | ReadingLookup,
    flags: { literalSubject: boolean; bystanderOnly: boolean; countedTarget: boolean },
  ) {
    this.view = found.view;
    this.match = found.match;
    this.kind = found.kind;
    this.args = found.args;
    this.modality = found.modality;
    this.rank = found.rank;
    if (flags.literalSubject) this.literalSubject = true;
    if (flags.bystanderOnly) this.bystanderOnly = true;
    if (flags.countedTarget) this.countedTarget = true;
    if ('tables' in reading) this.#lookup = reading;
    else this.#reading = reading;
  }

  #read(): DictionaryReading {
    return (this.#reading ??= readingOf(this.view, this.match, this.#lookup!));
  }

  get dictCode(): string | undefined {
    return this.#read().dictCode;
  }
  get dictClass(): string | undefined {
    return this.#read().dictClass;
  }
  get pattern(): PatternMatch | undefined {
    return this.#read().pattern;
  }
}
