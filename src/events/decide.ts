/**
 * The decision layer: for each candidate, the trained model's class (`TYPE/CAMEO` or `none`). Without a
 * model (while training one) a cue keeps its table row's class and uncovered verbs code nothing.
 */
import type { Candidate } from './candidates.js';
import { NO_EVENT, predict, type EventModel } from './classifier.js';
import { candidateFeatures } from './features.js';

export interface Decision {
  candidate: Candidate;
  type: string;
  cameo: string;
  mode?: string;
  /** The model's probability for the class (1 for a table decision). */
  confidence: number;
}

/** Modes a class implies when its cue row does not give one (PLOVER 0.8: CAMEO 09 is ACCUSE/investigate). */
const CLASS_MODES: Readonly<Record<string, string>> = { 'ACCUSE/09': 'investigate' };

export function rowClass(c: Candidate): string | undefined {
  return c.kind === 'cue' && c.match.row.type ? `${c.match.row.type}/${c.match.row.cameo}` : undefined;
}

export function decide(c: Candidate, model: EventModel | undefined): Decision | undefined {
  const own = rowClass(c);
  if (!model) return own ? toDecision(c, own, 1) : undefined;
  const probs = predict(model, candidateFeatures(c));
  let best = 0;
  for (let k = 1; k < probs.length; k++) if (probs[k]! > probs[best]!) best = k;
  const cls = model.classes[best] ?? NO_EVENT;
  const p = probs[best]!;
  // a verb no cue covers is never coded against what PETRARCH's verb dictionary says it is (a statement,
  // or another class): the model alone, trained on a few hundred event-rich sentences, reads "will face
  // criticism" as a promise (AGREE); a verb the dictionary lacks is the model's to decide
  if (c.kind === 'verb')
    return cls === NO_EVENT ||
      p < model.verbThreshold ||
      (c.dictCode !== undefined && !agreesWithDictionary(c, cls))
      ? undefined
      : toDecision(c, cls, p);
  // a cue keeps its table class unless the model is sure it is no event, or sure it is another one; a cue
  // whose own class the model finds too unlikely is dropped (keepThreshold, chosen by cross-validation)
  const ownP = probOf(model, probs, own!);
  if (cls === NO_EVENT)
    return p >= model.dropThreshold || ownP < (model.keepThreshold ?? 0)
      ? undefined
      : toDecision(c, own!, ownP);
  if (cls !== own && p < model.switchThreshold)
    return ownP < (model.keepThreshold ?? 0) ? undefined : toDecision(c, own!, ownP);
  return toDecision(c, cls, p);
}

/**
 * Whether a class fits the verb dictionary's reading of a candidate: the same class, or, for a promise or
 * a conditional, CAMEO's intent class on the same side ("will give a grant" is AGREE/03, intent to
 * cooperate; "will strike" THREATEN/13), which the dictionary, coding the verb alone, cannot give.
 */
function agreesWithDictionary(c: Candidate, cls: string): boolean {
  if (cls === c.dictClass) return true;
  if (!c.modality.hypothetical || c.dictClass === undefined) return false;
  const root = Number(c.dictClass.split('/')[1]);
  return cls === (root >= 3 && root <= 9 ? 'AGREE/03' : root >= 10 ? 'THREATEN/13' : undefined);
}

function probOf(model: EventModel, probs: readonly number[], cls: string): number {
  const k = model.classes.indexOf(cls);
  return k >= 0 ? (probs[k] ?? 0) : 0;
}

function toDecision(c: Candidate, cls: string, confidence: number): Decision {
  const [type = '', cameo = ''] = cls.split('/');
  const row = c.match.row;
  const mode = cls === rowClass(c) ? row.mode : CLASS_MODES[cls];
  return { candidate: c, type, cameo, ...(mode ? { mode } : {}), confidence };
}
