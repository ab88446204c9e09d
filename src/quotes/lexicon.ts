/**
 * Closed-class word lists the quotes stage reads like tables. Written by hand for newsgraph (English
 * function words); open-class lists (cue verbs, speaker nouns) live in `data/quotes/*.tsv`.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Words before a subject that start a clause: a subject is the first noun phrase after one of them. */
export const CLAUSE_OPENERS = set(`
  and but or yet so that as after before when while because since though although if unless until once
  where whereas who which whom whose meanwhile however then now also still`);

/** Coordinators: a noun phrase after one is a subject only if a verb follows ("… and Zelensky said"). */
export const COORDINATORS = set('and but or yet');

/** Prepositions whose object only qualifies the speaker before them ("Musharraf of Pakistan"). */
export const COMPLEMENT_PREPOSITIONS = set('of for from at in');

/** Punctuation that ends the previous clause. */
export const CLAUSE_PUNCT = set(', ; : . ! ? — – ( “ " ‘');

/** Auxiliaries and adverbs that may stand between a subject and its cue verb when tokens lack POS tags. */
export const VERB_FILLERS = set(`
  has have had also since will would could can may might must should shall did does do not never later then
  again already once just recently often repeatedly openly firmly publicly privately previously reportedly
  long earlier first further separately flatly angrily bluntly quickly`);

/** POS tags of words that may stand between a subject and its cue verb. */
export const FILLER_POS = set('AUX ADV PART');

/** Forms of "be": a cue right after one is passive ("is believed to"), so it names no speaker. */
export const BE_FORMS = set('is are was were be been being am');

/** Subject pronouns that may name a speaker (resolved by coreference when the nlp stage could). */
export const SUBJECT_PRONOUNS = set('he she they we i');

/** Hearers a cue may take before its clause ("told him that", "warned reporters"). */
export const HEARER_WORDS = set('him her them us me you reporters journalists lawmakers supporters');

/** Words that cannot open a reported clause: after one, a bare cue reports no clause ("warned of …"). */
export const NON_CLAUSE_STARTERS = set(`
  of to about on for with in at by from into over against during after before up out off as so nothing
  yes no goodbye hello thanks sorry than like via without`);

/**
 * Subordinators that, right after a cue and its time ("said Friday as he entered the talks", "said on Monday
 * when asked about …"), open a clause of the writer's about the saying, not what was said.
 */
export const WRITERS_SUBORDINATORS = set('as when while after before because since during until');

/**
 * Conditionals: a cue whose subject follows one reports speech that may never happen ("what the consequences
 * would be if their candidate announced he would not back Trump"), not speech that was made.
 */
export const CONDITIONALS = set('if unless');

/**
 * First words of an adverbial lead-in before a parenthetical attribution ("If this fails, she argues, …",
 * "After the vote, he said, …"): the writer's frame, not a clause of the report.
 */
export const LEAD_IN_STARTERS = set(`
  if unless when whenever after before while once until since because although though as to in on at
  for with without despite by under given during amid following`);

/** Words after a comma that end a reported clause ("…, though details remain vague"). */
export const CLAUSE_ENDERS = set('though although while whereas but despite');

/** Determiners and quantifiers a group noun phrase may start with when tokens lack POS tags. */
export const GROUP_MODIFIERS = set(`
  the a an many some several most other two three four five dozens hundreds senior top former local
  western foreign military government administration party independent both all`);

/** POS tags that may modify a group noun ("many Ukrainian officials", "two senior US officials"). */
export const GROUP_MODIFIER_POS = set('ADJ DET NUM PROPN NOUN');

/**
 * Elided words written with a leading apostrophe: the mark is not a quote ("'90s", "rock 'n' roll",
 * "'em", "'tis"). Matched on the characters right after the mark.
 */
export const ELISION_AFTER_MARK = /^(?:\d0s\b|\d\ds?\b|n['’‘]|em\b|tis\b|twas\b|til\b|cause\b|bout\b)/iu;

/** Longest gap, in words, between a cue and a speaker after it ("said former Secretary of State John Kerry"). */
export const MAX_TITLE_GAP = 4;

/** Longest speaker phrase between a closing mark and its cue ("White House press secretary Josh Earnest"). */
export const MAX_SUBJECT_WORDS = 8;

/** Longest speaker phrase with an appositive ("Leonard E. Burman, director of the … Center, said"). */
export const MAX_APPOSITIVE_WORDS = 30;

/** A quotation of at most this many words, with no cue, is a scare quote or a title. */
export const SCARE_MAX_WORDS = 4;

/** A cue-less quotation of at most this many words, each long one capitalised, is a title. */
export const TITLE_MAX_WORDS = 8;

/** Words that open a reported question ("asked whether …", "wondered how …"). */
export const QUESTION_WORDS = set('if whether how what who whom why when where which');
