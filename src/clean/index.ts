import type { Context } from '../context.js';
import { deleteRanges } from '../doc/offsets.js';
import type { Doc } from '../doc/types.js';
import { findBoilerplate } from './find-boilerplate.js';
import { findCaptions } from './find-captions.js';
import { findRepeats } from './find-repeats.js';
import { readLayout } from './layout.js';
import { resolve } from './resolve.js';
import { cleanRules } from './rules.js';
import { textView } from './text-view.js';

/**
 * The clean stage: takes boilerplate lines, photo captions and repeated paragraphs out of `doc.raw`, and
 * builds `text`, the `toRaw` map and `removed` (offsets into raw, with reason and rule).
 *
 * Finders run in this order because each needs the previous one's answer:
 * 1. boilerplate — page furniture, matched line by line; such lines are invisible to the later finders
 *    (they must not make a caption look "set apart" or count as body text);
 * 2. captions — judged against body paragraphs, so that step 3 can leave them out of "earlier text";
 * 3. repeats — one pass in text order; a caption that repeats an earlier paragraph becomes a repeat.
 * The resolver then picks one reason per line and caps the total.
 */
export function clean(doc: Doc, ctx: Context): Doc {
  const rules = cleanRules(ctx);
  const view = textView(doc.raw, rules.abbreviations);

  const boilerplate = findBoilerplate(view.lines, rules.boilerplate);
  const skip = new Set(boilerplate.map((c) => c.line!));
  const captions = findCaptions(view, readLayout(view.lines, skip), skip, rules);
  const captionLines = new Set(captions.map((c) => c.line!));
  const repeats = findRepeats(view, skip, captionLines, rules.stopwords);

  const { removed, diagnostics } = resolve(view, [...boilerplate, ...captions, ...repeats]);
  const { text, toRaw } = deleteRanges(doc.raw, removed);
  return { ...doc, text, toRaw, removed, diagnostics: [...doc.diagnostics, ...diagnostics] };
}
