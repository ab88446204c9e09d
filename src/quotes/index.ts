import type { Context } from '../context.js';
import { sentenceIndexAt } from '../doc/query.js';
import type { Doc } from '../doc/types.js';
import { findAccordingTo } from './according-to.js';
import { findDirectQuotes, type FinderInput } from './direct.js';
import { findIndirectQuotes } from './indirect.js';
import { findDirectSpans } from './pair-marks.js';
import { linkDescribedSpeakers } from './described-speaker.js';
import { resolvePronounSpeakers } from './pronoun-speaker.js';
import { loadLexicon } from '../nlp/lexicon/index.js';
import { refine } from './refiners.js';
import { quoteTables } from './tables.js';
import { findTrailingAttributions } from './trailing.js';
import { labelTranscriptTurns } from './transcript.js';
import { buildViews } from './view.js';
import { workTitleTable } from './work-title.js';
import { sentenceWords, workingSentences } from './words.js';

/**
 * The quotes stage: direct quotations (paired marks) and indirect speech (cue + clause), each with its
 * speaker where the text makes it clear. Finders propose drafts; the refiners in `refiners.ts` settle them.
 */
export function attributeQuotes(doc: Doc, ctx: Context): Doc {
  const tables = quoteTables(ctx);
  const diagnostics = [...doc.diagnostics];
  const sentences = workingSentences(doc);
  if (doc.sentences.length === 0 && doc.text.trim() !== '') {
    diagnostics.push({ stage: 'quotes', message: 'no sentences from the nlp stage: working line by line' });
  }
  const direct = findDirectSpans(doc.text, diagnostics);
  const views = buildViews(doc, sentences, sentenceWords(doc, sentences), direct, tables);
  const input: FinderInput = {
    doc,
    views,
    viewAt: (offset) => sentenceIndexAt({ sentences }, offset),
    timexEnds: new Set(doc.timexes.map((t) => t.end)),
    timexSpans: new Map(doc.timexes.map((t) => [t.start, t.end])),
    workTitles: workTitleTable(ctx),
  };
  const drafts = [
    ...labelTranscriptTurns(findDirectQuotes(input, direct), doc),
    ...findIndirectQuotes(input),
    ...findAccordingTo(input),
    ...findTrailingAttributions(input),
  ];
  // descriptions are linked before pronouns, so "She said …" can follow "The minister said …"
  const described = linkDescribedSpeakers(refine(drafts, doc.text), doc, loadLexicon(ctx), tables.offices);
  return { ...doc, quotes: resolvePronounSpeakers(described, doc), diagnostics };
}
