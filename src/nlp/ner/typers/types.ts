import type { EntityLabel } from '../../../doc/types.js';
import type { NameCandidate, RecognizerInput } from '../types.js';

/** Gives a candidate a label from one kind of evidence, naming the cue it used, or returns nothing. */
export type Typer = (
  c: NameCandidate,
  input: RecognizerInput,
) => { label: EntityLabel; cue: string } | undefined;
