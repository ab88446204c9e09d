/**
 * Reader for CoNLL-2003-style files: one token per line, columns separated by spaces or tabs, the NER tag
 * in the last column, blank lines between sentences, `-DOCSTART-` lines between documents.
 */

export interface TaggedSentence {
  words: string[];
  /** As in the file (CoNLL-2003 uses IOB1; IOB2 files read the same way). */
  tags: string[];
}

export interface TaggedDocument {
  sentences: TaggedSentence[];
}

export function parseConll(text: string): TaggedDocument[] {
  const docs: TaggedDocument[] = [];
  let doc: TaggedDocument = { sentences: [] };
  let sentence: TaggedSentence = { words: [], tags: [] };
  const endSentence = (): void => {
    if (sentence.words.length > 0) doc.sentences.push(sentence);
    sentence = { words: [], tags: [] };
  };
  const endDocument = (): void => {
    endSentence();
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const line of text.split(/\r?\n/)) {
    const cells = line.trim().split(/\s+/);
    const word = cells[0] ?? '';
    if (word === '') endSentence();
    else if (word === '-DOCSTART-') endDocument();
    else {
      sentence.words.push(word);
      sentence.tags.push(cells.length > 1 ? (cells[cells.length - 1] ?? 'O') : 'O');
    }
  }
  endDocument();
  return docs;
}
