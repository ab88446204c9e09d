import type { Sentence, Token } from '../doc/types.js';
import type { Context } from '../context.js';
import { loadLexicon } from './lexicon/index.js';
import { joinMojibakeTokens } from './mojibake.js';
import { loadWink } from './wink.js';
import { winkChunks } from './wink-view.js';

/** wink token types that are whitespace: kept out of `Doc.tokens`, but a newline ends a sentence. */
const WHITESPACE_TYPES = new Set(['tabCRLF']);

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
}

/**
 * Sentences and tokens of `text`, with UTF-16 offsets. wink's tokens are verbatim pieces of the input in
 * order, so each is found by searching forward from the end of the previous one; a token wink altered (none
 * seen so far) is skipped rather than given a wrong span. A line break always ends a sentence: news
 * paragraphs are lines and headlines have no full stop, and wink would otherwise run them together. A title
 * abbreviation before a capitalised word ends no sentence ("the Rev. Al Sharpton", "Sens. Cruz and Lee").
 */
export function segment(text: string, ctx: Context): Segmentation {
  const nlp = loadWink(ctx);
  const titles = abbreviatedTitles(ctx);
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let open: { start: number; end: number } | undefined;
  const close = (): void => {
    if (!open) return;
    const index = sentences.length;
    sentences.push({ index, start: open.start, end: open.end, text: text.slice(open.start, open.end) });
    open = undefined;
  };

  // Chunk by chunk (src/nlp/wink-view.ts): a chunk's first token starts a sentence, as wink says.
  for (const chunk of winkChunks(text)) {
    const wdoc = nlp.readDoc(chunk.text);
    const values = wdoc.tokens().out(its.value) as string[];
    const types = wdoc.tokens().out(its.type) as string[];
    const tags = wdoc.tokens().out(its.pos) as string[];
    const sentenceStarts = new Set(
      (wdoc.sentences().out(its.span) as unknown as [number, number][]).map((s) => s[0]),
    );
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const at = chunk.text.indexOf(value, cursor);
      if (at < 0 || value === '') continue;
      cursor = at + value.length;
      if (WHITESPACE_TYPES.has(types[i]!) || value.trim() === '') {
        if (value.includes('\n')) close();
        continue;
      }
      const start = chunk.toOriginal(at);
      const end = chunk.toOriginal(cursor);
      if (sentenceStarts.has(i) && !afterTitle(text, start, titles)) close();
      if (!open) open = { start, end };
      open.end = end;
      const sentence = sentences.length;
      const clitic = types[i] === 'word' ? possessiveAt(value) : 0;
      if (clitic > 0 && end - start === value.length) {
        tokens.push({
          start,
          end: end - clitic,
          text: text.slice(start, end - clitic),
          pos: tags[i]!,
          sentence,
        });
        tokens.push({ start: end - clitic, end, text: text.slice(end - clitic, end), pos: 'PART', sentence });
      } else tokens.push({ start, end, text: text.slice(start, end), pos: tags[i]!, sentence });
    }
  }
  close();
  return { sentences, tokens: joinMojibakeTokens(text, tokens) };
}

/**
 * The length of the possessive "’s" / "'s" ending a word wink kept whole, or 0. wink splits an unknown word's
 * "’s" before a space ("Clinton" + "’s plan") but not before punctuation ("Clinton’s,"), and once it has kept a
 * word whole it knows it and keeps it whole everywhere after, in that article and in every later one the
 * process reads: 21 of 120 PolNeAR train articles gave other entities read in the opposite order. Splitting
 * here makes the tokens the same wherever the word stands and whatever was read before. Known contractions
 * ("it’s", "let’s") never reach here whole: wink expands them itself.
 */
function possessiveAt(value: string): number {
  return /^\p{L}[\p{L}\p{M}.’'-]*\p{L}['’][sS]$/u.test(value) ? 2 : 0;
}

/** Titles written with a full stop ("Rev.", "Sen.", "Gov."), from `data/nlp/titles.tsv`. */
function abbreviatedTitles(ctx: Context): ReadonlySet<string> {
  return ctx.cache.get('nlp.segment.titles', () => {
    const titles = [...loadLexicon(ctx).titles.keys()];
    return new Set(titles.filter((t) => /^\p{L}+\.$/u.test(t)));
  });
}

/** The word before `at` is a title abbreviation and the word at `at` is capitalised: one sentence. */
function afterTitle(text: string, at: number, titles: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}/u.test(text.slice(at, at + 1))) return false;
  const before = /(?:^|\s)(\p{L}+\.)[ \t]+$/u.exec(text.slice(Math.max(0, at - 12), at));
  return before !== null && titles.has(before[1]!);
}
