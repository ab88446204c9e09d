import type { Doc, Sentence } from '../doc/types.js';
import type { Word } from './types.js';

/** Words and punctuation, for Docs that come without tokens. */
const WORD = /\p{L}[\p{L}\p{M}\p{N}'’\-.]*(?<![.'’])|\p{N}[\p{N},.%]*(?<![,.])|[^\s\p{L}\p{N}]/gu;

function regexWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const start = from + m.index;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      lower: m[0].toLowerCase(),
      pos: '',
      quoted: false,
    });
  }
  return out;
}

/**
 * The words of each sentence: the nlp stage's tokens when it produced any (they carry POS tags), else a
 * regex split. One pass over the tokens, so the cost is linear in the article.
 */
export function sentenceWords(doc: Pick<Doc, 'text' | 'tokens'>, sentences: readonly Sentence[]): Word[][] {
  const out: Word[][] = sentences.map(() => []);
  if (doc.tokens.length === 0) return sentences.map((s) => regexWords(doc.text, s.start, s.end));
  let s = 0;
  for (const t of doc.tokens) {
    if (t.pos === 'SPACE' || t.text.trim() === '') continue;
    while (s < sentences.length && t.start >= sentences[s]!.end) s++;
    if (s >= sentences.length) break;
    if (t.start < sentences[s]!.start) continue;
    out[s]!.push({
      start: t.start,
      end: t.end,
      text: t.text,
      lower: t.text.toLowerCase(),
      pos: t.pos,
      quoted: false,
    });
  }
  return out;
}

/**
 * Sentences to work with: the Doc's own, cut at line breaks (a paragraph break always ends a clause, even
 * when the sentence splitter ran two paragraphs together), or one per line when the nlp stage gave none.
 * Pieces of one sentence keep its index.
 */
export function workingSentences(doc: Pick<Doc, 'text' | 'sentences'>): Sentence[] {
  const whole: Sentence[] =
    doc.sentences.length > 0
      ? doc.sentences
      : [{ start: 0, end: doc.text.length, text: doc.text, index: -1 }];
  const out: Sentence[] = [];
  let pseudo = 0;
  for (const s of whole) {
    for (const m of doc.text.slice(s.start, s.end).matchAll(/[^\n]+/gu)) {
      if (m[0].trim() === '') continue;
      const start = s.start + m.index;
      out.push({ start, end: start + m[0].length, text: m[0], index: s.index >= 0 ? s.index : pseudo++ });
    }
  }
  return out;
}
