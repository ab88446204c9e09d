import { spanOfTokens } from '../token-index.js';
import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';
import { NAME_CONNECTORS } from '../words.js';

/**
 * A person's name the tagger cut at its lowercase particle: "Osama" and "Laden" of "Osama bin Laden", each
 * typed LOC with nothing placing it. Two one-word candidates separated only by a name particle ("bin", "von",
 * "de": `NAME_CONNECTORS`), each a PERSON or a name the tagger's fallback typed (no gazetteer entry, no table
 * answered), are one PERSON. Across a patronymic particle ("bin", "ibn", "bint": only people's names hold
 * one) the tagger's organisation guess for a half counts as weak too ("Osama" ORG + "bin" + "Laden" PER).
 * Must not: a place split at "de" whose halves the gazetteer types ("Rio de Janeiro" stays as the tables read
 * it), an organisation across any other particle, a typed place on either side.
 */
export const joinParticleNames: Refiner = (candidates, input) => {
  const out: NameCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const left = candidates[i]!;
    const right = candidates[i + 1];
    if (right && joinable(left, right, input)) {
      out.push({
        ...left,
        ...spanOfTokens(input, left.tokenStart, right.tokenEnd),
        tokenEnd: right.tokenEnd,
        label: 'PERSON',
        rule: `${left.rule}/particle`,
      });
      i++;
    } else out.push(left);
  }
  return out;
};

function joinable(left: NameCandidate, right: NameCandidate, input: RecognizerInput): boolean {
  if (left.sentence !== right.sentence || right.tokenStart !== left.tokenEnd + 1) return false;
  const particle = input.tokens[left.tokenEnd]!;
  if (!NAME_CONNECTORS.has(particle.text)) return false;
  if (input.text.slice(left.end, right.start) !== ` ${particle.text} `) return false;
  const patronymic = PATRONYMICS.has(particle.text);
  return [left, right].every(
    (c) => c.tokenEnd - c.tokenStart === 1 && (weaklyTyped(c) || (patronymic && guessedOrg(c))),
  );
}

/** Particles that only join a person's given name to a parent's ("son of"): never inside a company's name. */
const PATRONYMICS: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint']);

/** An ORG only the tagger proposed, with no table or cue behind it. */
function guessedOrg(c: NameCandidate): boolean {
  return c.modelType !== undefined && !c.strong && c.label === 'ORG' && c.rule === 'ner:model';
}

/** A PERSON, or a name only the fallback typed (LOC or MISC with no cue after `ner:model`). */
function weaklyTyped(c: NameCandidate): boolean {
  if (c.modelType === undefined || c.strong) return false;
  return c.label === 'PERSON' || ((c.label === 'LOC' || c.label === 'MISC') && c.rule === 'ner:model');
}
