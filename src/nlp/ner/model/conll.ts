/**
 * Reader for CoNLL-2003-style files: one token per line, columns separated by spaces or tabs, the NER tag
 * in the last column, blank lines between sentences, `-DOCSTART-` lines between documents.
 *
 * WikiANN files (`en:token<TAB>tag`, IOB2) read the same way: the language prefix is taken off each token,
 * and, as WikiANN has no documents (each sentence is a fragment of another Wikipedia page), every sentence
 * of a file without `-DOCSTART-` lines in that format is a document of its own, so that no document-level
 * feature reads across unrelated pages.
 */

export interface TaggedSentence {
  words: string[];
  /** As in the file (CoNLL-2003 uses IOB1; IOB2 files read the same way). */
  tags: string[];
}

export interface TaggedDocument {
  sentences: TaggedSentence[];
}

/** WikiANN's token column: a language code, a colon, the token ("en::" is the token ":"). */
const WIKIANN_TOKEN = /^[a-z]{2,3}(?:-[a-z]+)?:(.+)$/;

export type ConllFormat = 'conll' | 'wikiann';

/** WikiANN when every token line's first cell carries a language prefix and a tab separates the tag. */
export function conllFormat(text: string): ConllFormat {
  let tokens = 0;
  for (const line of text.split(/\r?\n/, 2000)) {
    if (line.trim() === '') continue;
    const [word, tag] = line.split('\t');
    if (tag === undefined || !WIKIANN_TOKEN.test(word ?? '')) return 'conll';
    tokens++;
  }
  return tokens > 0 ? 'wikiann' : 'conll';
}

export function parseConll(text: string): TaggedDocument[] {
  const format = conllFormat(text);
  const docs: TaggedDocument[] = [];
  let doc: TaggedDocument = { sentences: [] };
  let sentence: TaggedSentence = { words: [], tags: [] };
  const endSentence = (): void => {
    if (sentence.words.length > 0) doc.sentences.push(sentence);
    sentence = { words: [], tags: [] };
    if (format === 'wikiann') endDocument();
  };
  const endDocument = (): void => {
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const line of text.split(/\r?\n/)) {
    const cells = format === 'wikiann' ? line.split('\t') : line.trim().split(/\s+/);
    const cell = cells[0] ?? '';
    const word = format === 'wikiann' ? (WIKIANN_TOKEN.exec(cell)?.[1] ?? cell) : cell;
    if (word === '') endSentence();
    else if (word === '-DOCSTART-') {
      endSentence();
      endDocument();
    } else {
      sentence.words.push(word);
      sentence.tags.push(cells.length > 1 ? (cells[cells.length - 1]?.trim() ?? 'O') : 'O');
    }
  }
  endSentence();
  endDocument();
  return docs;
}
