/**
 * Violence words in their verbal sense (data/events/verbal-senses.tsv): an ASSAULT cue between people
 * with no country on either side is criticism ("Trump attacked Clinton", "senators clashed").
 */
import type { Context } from '../context.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import type { Candidate } from './candidates.js';
import type { Decision } from './decide.js';

export interface VerbalSense {
  type: string;
  mode: string;
  cameo: string;
}

export function loadVerbalSenses(): ReadonlyMap<string, VerbalSense> {
  return new Map(
    readTsv(dataFile('events', 'verbal-senses.tsv')).map((r) => [
      r['lemma'] ?? '',
      { type: r['type'] ?? '', mode: r['mode'] ?? '', cameo: r['cameo'] ?? '' },
    ]),
  );
}

export function verbalSenses(ctx: Context): ReadonlyMap<string, VerbalSense> {
  return ctx.cache.get('events:verbal-senses', loadVerbalSenses);
}

const STATE_LABELS = new Set(['GPE', 'NORP']);

/**
 * People on either side and no state: "Trump attacked Clinton". A place or party naming a person's role
 * ("Arizona Sen. John McCain", "the Democratic nominee") stands for that person, not for a state.
 */
function verbalContext(c: Candidate): boolean {
  const labels: string[] = [];
  for (const a of [c.args.source, c.args.target])
    if (a) labels.push(a.roleModifier ? 'PERSON' : a.mention.label);
  return labels.includes('PERSON') && !labels.some((l) => STATE_LABELS.has(l));
}

/** The decision with the verbal sense when its cue is a violence word used between people. */
export function withVerbalSense(d: Decision, senses: ReadonlyMap<string, VerbalSense>): Decision {
  if (d.type !== 'ASSAULT' || !verbalContext(d.candidate)) return d;
  const { view, match } = d.candidate;
  // any word of the cue: "launched an attack on Senator X" is criticism too
  const lemmas = view.lemmas.slice(match.tokStart, Math.max(match.tokEnd, match.tokStart + 1)).flat();
  const sense = lemmas.map((l) => senses.get(l)).find((s) => s !== undefined);
  if (!sense) return d;
  return { ...d, type: sense.type, cameo: sense.cameo, mode: sense.mode };
}
