import type { Entity, EntityLabel, TextSpan } from '../../doc/types.js';
import type { Gender } from '../lexicon/index.js';

/** A mention while entities are being worked out: `group` is its identity (a union-find root, later an id). */
export interface WorkMention extends TextSpan {
  label: EntityLabel;
  sentence: number;
  rule: string;
  group: number;
  kind: 'name' | 'role' | 'pronoun';
  /** "Russian President Vladimir Putin": the name with its title, kept as an alias. */
  titled?: string;
  /** Facts the mention itself states (its title, its first name). */
  facts?: GroupFacts;
  /** Strong names (designations) keep their label when merged with others. */
  strong?: boolean;
}

/** What the article says about one identity, gathered from titles, first names and pronouns. */
export interface GroupFacts {
  role?: string;
  country?: string;
  gender?: Gender;
}

export type Attributes = NonNullable<Entity['attributes']>;
