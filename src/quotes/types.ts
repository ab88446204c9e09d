import type { Quote, TextSpan } from '../doc/types.js';

/** A word of a sentence: a token of the nlp stage, or a regex word when the Doc has no tokens. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal POS tag; empty when the Doc has no tokens. */
  pos: string;
  /** Inside a direct quotation (its marks included): never a cue or a speaker of another quote. */
  quoted: boolean;
}

/** One row of `data/quotes/cues.tsv`. */
export interface CueEntry {
  lemma: string;
  /** The surface form, split into lowercase words. */
  words: string[];
  clause: boolean;
  bare: boolean;
  object: boolean;
  sourceAfter: boolean;
  /** May report with a to-infinitive ("vowed to fight on"). */
  infinitive: boolean;
  /** May report a question with if/whether/wh- ("asked Sanders how he was feeling"). */
  question: boolean;
}

/** A cue found in a sentence: words `[first, last]` (inclusive indexes into the sentence's words). */
export interface CueMatch {
  entry: CueEntry;
  first: number;
  last: number;
}

export type SpeakerKind = 'entity' | 'group' | 'pronoun' | 'other';

/** Something that may name a speaker: an entity mention, a group noun phrase, or a bare pronoun. */
export interface SpeakerCandidate {
  kind: SpeakerKind;
  /** Words `[first, last]` of the sentence it covers. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Entity id, for mentions of a PERSON or ORG entity. */
  entity?: string;
  /** The mention is of a PERSON entity. */
  person?: boolean;
}

/** What a speaker lookup decided: a speaker, or a source we cannot pin to one entity. */
export interface SpeakerChoice {
  candidate: SpeakerCandidate;
  /** Two coordinated people ("Trump and Putin said"): the span covers both, no entity is chosen. */
  ambiguous: boolean;
  /** Where the span of an ambiguous choice starts. */
  start: number;
  /** The other speakers coordinated with `candidate` ("Cummings and Conyers"), in text order. */
  with?: SpeakerCandidate[];
}

/** A sentence prepared for the finders. */
export interface SentenceView {
  index: number;
  start: number;
  end: number;
  words: Word[];
  cues: CueMatch[];
  candidates: SpeakerCandidate[];
}

/** A quotation mark pair found in the text (content between the marks). */
export interface DirectSpan {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /**
   * Offset of the closing mark's last character (a mark typed as two apostrophes takes two); absent when
   * the quote runs to the end of its paragraph.
   */
  close?: number;
  /** The quote runs on into the next paragraph, which reopens it. */
  continues: boolean;
  /** This span reopens a quote left open by the previous paragraph. */
  continuation: boolean;
}

/** A Quote under construction, with its cue/speaker evidence. */
export type QuoteDraft = Quote & { mark?: DirectSpan };

export type { TextSpan };
